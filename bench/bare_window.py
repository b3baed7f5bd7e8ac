"""The start-up baseline: a bare PySide6 window with a table, nothing of the app.

Prints ``usable <seconds>`` once the window is shown and the event loop has run once, then
quits, like the app's TL_DESKTOP_STARTUP_PROBE. Run by bench.startup as a separate process.
"""

import sys
import time

started = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1400, 860)
    window.show()

    def probe() -> None:
        print(f"usable {time.perf_counter() - started:.4f}", flush=True)
        app.quit()

    QTimer.singleShot(0, probe)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
