"""One figure of a study on screen: its title, its chart (the PDF's reportlab drawing, as SVG) and its table.

The table is always there, not a hidden alternative: screen readers read it, and « Copier » puts
it on the clipboard as tab-separated text that a spreadsheet pastes into cells.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tl_desktop.reports.charts import bar_chart, chart_font_files, chart_svg
from tl_desktop.study import Distribution

_fonts_registered = False


def register_chart_fonts() -> None:
    """Give Qt the TTF the charts are drawn with (the PDF embeds the same files)."""
    global _fonts_registered
    if not _fonts_registered:
        for path in chart_font_files():
            QFontDatabase.addApplicationFont(str(path))
        _fonts_registered = True


class FigureWidget(QWidget):
    """A distribution as chart + table, with a copy button."""

    def __init__(self, dist: Distribution, parent: QWidget | None = None):
        super().__init__(parent)
        register_chart_fonts()
        self.dist = dist
        title = QLabel(self)
        title.setTextFormat(Qt.PlainText)
        title.setText(dist.title)
        title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.copy_button = QPushButton(self.tr("Copier le tableau"), self)
        self.copy_button.setToolTip(self.tr("Copie les chiffres (texte séparé par des tabulations, pour un tableur)"))
        self.copy_button.clicked.connect(self.copy)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(head)
        self.chart = None
        drawing = bar_chart(dist, width=390)
        if drawing is not None:
            self.chart = QSvgWidget(self)
            self.chart.load(QByteArray(chart_svg(drawing).encode("utf-8")))
            self.chart.setFixedSize(QSize(int(drawing.width), int(drawing.height)))
            self.chart.setAccessibleName(self.tr("Graphique : {title}").format(title=dist.title))
            self.chart.setAccessibleDescription(self.tr("Les mêmes chiffres sont dans le tableau qui suit."))
            layout.addWidget(self.chart)
        rows = dist.table()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Tableau : {title}").format(title=dist.title))
        self.table.setHorizontalHeaderLabels([self.tr("Libellé"), self.tr("Valeur ({unit})").format(unit=dist.unit)])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        for row, (label, value) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(rows))) + 4
        self.table.setFixedHeight(min(height, 260))
        layout.addWidget(self.table)
        if dist.note:
            note = QLabel(dist.note, self)
            note.setTextFormat(Qt.PlainText)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)

    def table_text(self) -> str:
        """The figure as tab-separated text, header first."""
        lines = ["\t".join(self.table.horizontalHeaderItem(c).text() for c in range(2))]
        lines += ["\t".join(self.table.item(r, c).text() for c in range(2)) for r in range(self.table.rowCount())]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.table_text())
