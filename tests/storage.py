"""Real unlucky disks for tests: a small tmpfs that fills up, or that is made read-only.

Mounting needs root (CI runs as root); elsewhere the tests that need it are skipped, saying why.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest


class SmallDisk:
    """A tmpfs of a few MB mounted on a folder of the test's; fill(), free() and read_only()."""

    def __init__(self, folder: Path, size_kb: int):
        self.folder = folder
        self.size_kb = size_kb
        self._filler = folder / "remplissage.bin"

    def fill(self) -> None:
        """Take every free byte of the disk (as a big download or a video would)."""
        try:
            with open(self._filler, "ab") as f:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
        except OSError:
            pass                  # full (possibly already: the file could not even be made)
        with contextlib.suppress(OSError), open(self._filler, "ab") as f:
            while True:
                f.write(b"\0" * 512)
                f.flush()

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def read_only(self, flag: bool = True) -> None:
        _mount("-o", f"remount,{'ro' if flag else 'rw'}", str(self.folder))


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int = 4096):
    """Mount a tmpfs of ``size_kb`` on ``folder``; skip the test if this machine cannot."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a real full or read-only disk needs a tmpfs mount, which needs root (CI runs as root)")
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"this machine cannot mount a tmpfs ({exc}); CI can")
    try:
        yield SmallDisk(folder, size_kb)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
