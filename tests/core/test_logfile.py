"""The data folder's log file: made at the first record, rotated, never a second error."""

from __future__ import annotations

import logging

from tl_desktop.base import logfile
from tl_desktop.base.logfile import LogFile


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("tl_desktop", logging.ERROR, __file__, 1, text, None, None)


def test_the_log_file_is_opened_at_the_first_record_and_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logfile, "LOG_MAX_BYTES", 300)
    handler = LogFile(tmp_path)
    try:
        assert not (tmp_path / "logs").exists() and not handler.used   # nothing made before a record
        handler.handle(_record("première ligne"))
        log = tmp_path / "logs" / "tl-desktop.log"
        assert handler.used and "ERROR" in log.read_text(encoding="utf-8")
        assert "première ligne" in log.read_text(encoding="utf-8")
        for n in range(20):
            handler.handle(_record(f"ligne {n} " + "x" * 40))
        assert (tmp_path / "logs" / "tl-desktop.log.1").exists()                 # rotated
        assert "ligne 19" in log.read_text(encoding="utf-8")
    finally:
        handler.close()


def test_a_missing_data_folder_gets_no_log_and_no_error(tmp_path, capsys):
    handler = LogFile(tmp_path / "absent" / "data")
    handler.handle(_record("rien"))
    handler.close()
    assert not (tmp_path / "absent").exists() and not handler.used
    assert capsys.readouterr().err == ""
