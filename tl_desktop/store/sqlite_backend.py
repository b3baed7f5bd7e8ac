"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy whenever it is installed (folium brings it in), only to map numpy
column types, which the store never writes. That costs ~100 ms at every start of the app
(measured: 168 ms for ``import sqlite_utils``, 60 ms without numpy). The store and the
migrations import sqlite-utils from here; numpy stays importable for folium afterwards.
"""

from __future__ import annotations

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes "import numpy" fail
    try:
        import sqlite_utils
    finally:
        del sys.modules["numpy"]
else:
    import sqlite_utils

Database = sqlite_utils.Database

__all__ = ["Database", "sqlite_utils"]
