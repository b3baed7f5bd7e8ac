"""The sweep's workbench: a fresh data folder per case, the real entry points, and the verdicts.

A case is a small function ``case(lab)`` registered with ``@case(family, title)``. It sets up
what it needs in ``lab`` (a fresh folder), does the hostile or unlucky thing through a real
entry point (the command line, the core API, the GUI offscreen), and says what a user would
have seen: it returns normally when the input is **handled** (a French message a user can act
on, or it simply works), or calls ``lab.fail(kind, reason)`` with kind ``traceback`` (a Python
traceback or « erreur inattendue » reached the user), ``lost`` (something saved or typed is
gone or changed) or ``wrong`` (silently wrong). Anything else escaping the case counts as a
traceback: that is what the user would have got. ``lab.skip(reason)`` says why a case could
not be tried on this machine (a tmpfs needs root).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bench import REPO_DIR

HANDLED, TRACEBACK, LOST, WRONG, SKIPPED = "handled", "traceback", "lost", "wrong", "skipped"
VERDICTS = (HANDLED, TRACEBACK, LOST, WRONG)
SEVERITY = {HANDLED: 0, SKIPPED: 0, WRONG: 1, TRACEBACK: 2, LOST: 3}

# Families, in the order of the table: (key, title).
FAMILIES = (
    ("imports", "inputs to the import"),
    ("fields", "text in fields"),
    ("files", "files and photos"),
    ("disk", "disk and process bad luck"),
    ("cli", "command line"),
    ("gui", "GUI widgets"),
    ("documents", "documents"),
)


@dataclass
class Case:
    family: str
    name: str          # short, unique: the id of the case in the table and on the command line
    title: str         # what is tried, in a few words
    run: Callable[["Lab"], None]
    gui: bool = False


REGISTRY: list[Case] = []


def case(family: str, name: str, title: str, *, gui: bool = False):
    """Register ``func(lab)`` as a case of ``family``."""
    assert family in dict(FAMILIES), family

    def register(func):
        if any(c.name == name for c in REGISTRY):
            raise ValueError(f"two cases named {name}")
        REGISTRY.append(Case(family, name, title, func, gui))
        return func
    return register


class Finding(Exception):
    """Raised by ``lab.fail``: the case found what a user would suffer."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind, self.reason = kind, reason


class Skip(Exception):
    """The case cannot be tried on this machine (the reason says why)."""


@dataclass
class CliResult:
    status: int
    out: str
    err: str

    @property
    def crashed(self) -> bool:
        """True when a traceback or the « unexpected error » sentence reached the user."""
        text = self.out + self.err
        return "Traceback (most recent call last)" in text or "erreur inattendue" in text


# What gives away a message that is not written for a user: Python's own words.
_PYTHON_WORDS = re.compile(r"Traceback|Error\b|Exception\b|\[Errno|object has no attribute|invalid literal|"
                           r"codec can't|NoneType|sqlite3\.|not supported|No such file|Permission denied|"
                           r"Is a directory|Read-only file system|No space left")


def python_words(text: str) -> list[str]:
    """The bits of ``text`` that show a Python or system message rather than a French sentence."""
    return _PYTHON_WORDS.findall(text)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class _ErrorRecords(logging.Handler):
    """Error records with a traceback, logged while a case runs (a model or a slot that failed)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.records.append(record)


class Lab:
    """One case's fresh data folder, the entry points, and clean-up in reverse order."""

    def __init__(self, root: Path):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.data = root / "donnees"
        self._closers: list[Callable[[], None]] = []
        self.errors = _ErrorRecords()

    # ---- verdicts

    def fail(self, kind: str, reason: str) -> None:
        raise Finding(kind, reason)

    def expect(self, condition: object, kind: str, reason: str) -> None:
        if not condition:
            self.fail(kind, reason)

    def skip(self, reason: str) -> None:
        raise Skip(reason)

    def french(self, message: str, *words: str, what: str = "message") -> None:
        """The user must read a French sentence holding ``words``, with no Python in it."""
        if "Traceback (most recent call last)" in message or "erreur inattendue" in message:
            self.fail(TRACEBACK, f"{what}: {_short(message)}")
        leaked = python_words(message)
        self.expect(message.strip(), WRONG, f"no {what} at all")
        self.expect(not leaked, WRONG, f"{what} shows Python's words ({', '.join(leaked[:3])}): {_short(message)}")
        missing = [w for w in words if w.lower() not in message.lower()]
        self.expect(not missing, WRONG, f"{what} does not say {missing}: {_short(message)}")

    # ---- clean-up

    def later(self, closer: Callable[[], None]) -> None:
        """Run ``closer`` when the case ends (last registered, first run)."""
        self._closers.append(closer)

    def close(self) -> None:
        while self._closers:
            closer = self._closers.pop()
            with contextlib.suppress(Exception):
                closer()

    # ---- files and catalogs

    def file(self, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(content)
        return path

    @property
    def db_path(self) -> Path:
        return self.data / "catalogue.tldb"

    def store(self, path: Path | None = None, **options):
        """Open the catalog of the data folder (created if needed); closed at the end of the case."""
        from tl_desktop.store import Store

        store = Store(path or self.db_path, **options)
        self.later(store.close)
        return store

    def places(self, count: int = 5):
        """A catalog holding ``count`` real places of the France Services list (ANCT, Licence Ouverte)."""
        from bench.hostile_cases.samples import france_services_sites

        store = self.store()
        store.sites.add_many(france_services_sites(count))
        return store

    def demo_copy(self) -> Path:
        """The data folder holding a copy of the demo catalog (real open data), built once per run."""
        from bench.hostile_cases.samples import demo_catalog

        self.data.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(demo_catalog(), self.db_path)
        return self.data

    # ---- the command line

    def cli(self, *args: str, data: bool = True, env: dict | None = None) -> CliResult:
        """Run ``tl-desktop ARGS`` in this process (``--data-dir`` of the lab unless ``data`` is False)."""
        from tl_desktop.cli import main

        argv = [str(a) for a in args] + (["--data-dir", str(self.data)] if data else [])
        out, err = io.StringIO(), io.StringIO()
        saved = {k: os.environ.get(k) for k in (env or {})}
        os.environ.update(env or {})
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    status = main(argv)
                except SystemExit as exc:           # argparse's own usage errors
                    status = exc.code if isinstance(exc.code, int) else 2
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        return CliResult(status, out.getvalue(), err.getvalue())

    def cli_process(self, *args: str, data: bool = True, env: dict | None = None, **popen) -> subprocess.Popen:
        """Start ``python -m tl_desktop ARGS`` as its own process (for kill -9 and pipes)."""
        argv = [sys.executable, "-m", "tl_desktop", *[str(a) for a in args]]
        if data:
            argv += ["--data-dir", str(self.data)]
        full_env = dict(os.environ, PYTHONPATH=str(REPO_DIR), **(env or {}))
        popen.setdefault("stdout", subprocess.PIPE)
        popen.setdefault("stderr", subprocess.PIPE)
        process = subprocess.Popen(argv, env=full_env, cwd=self.root, **popen)
        self.later(lambda: process.poll() is None and (process.kill(), process.wait()))
        return process

    def refused(self, result: CliResult, *words: str) -> None:
        """The command must stop with exit status 1 and a French message holding ``words``."""
        if result.crashed:
            self.fail(TRACEBACK, f"exit {result.status}: {_short(result.err)}")
        self.expect(result.status != 0, WRONG, f"accepted (exit 0) instead of refused: {_short(result.out)}")
        self.expect(result.status == 1, WRONG, f"exit {result.status}, not 1: {_short(result.err)}")
        self.french(result.err, *words, what="the error")

    def succeeded(self, result: CliResult, *words: str) -> None:
        """The command must work: exit status 0, ``words`` in its output, no traceback."""
        if result.crashed:
            self.fail(TRACEBACK, f"exit {result.status}: {_short(result.err)}")
        self.expect(result.status == 0, WRONG, f"exit {result.status}: {_short(result.err)}")
        missing = [w for w in words if w not in result.out + result.err]
        self.expect(not missing, WRONG, f"output lacks {missing}: {_short(result.out + result.err)}")

    # ---- a real unlucky disk

    def disk(self, size_kb: int = 4096, name: str = "disque"):
        """A tmpfs of ``size_kb`` mounted on a folder of the case (skipped without root)."""
        from tests.storage import SmallDisk, _mount

        folder = self.root / name
        folder.mkdir(parents=True, exist_ok=True)
        if os.name != "posix" or os.geteuid() != 0:
            self.skip("a full or read-only disk needs a tmpfs mount, which needs root")
        try:
            _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder))
        except (OSError, subprocess.CalledProcessError) as exc:
            self.skip(f"this machine cannot mount a tmpfs ({exc})")
        self.later(lambda: subprocess.run(["umount", "-l", str(folder)], capture_output=True))
        self.data = folder / "donnees"
        return SmallDisk(folder, size_kb)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


short = _short
