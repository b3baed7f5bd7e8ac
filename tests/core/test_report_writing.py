"""Exporting a PDF over an existing one never loses it (issue 9 item 4): built in a temporary
file beside it, renamed over it at the end; a kill, a full disk or a read-only folder leave
the previous document byte for byte, and say so in French."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from tests.factories.reports import small_tour
from tl_desktop.reports.common import ReportError, styles, write_pdf
from tl_desktop.reports.tour import build_programme, build_tour_booklet
from tl_desktop.reports.visit import build_visit_summary

REPO = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


class Exploding(Flowable):
    """A flowable that fails while the document is being laid out."""

    def wrap(self, available_width, available_height):
        raise RuntimeError("boom")


class Huge(Flowable):
    """Taller than any page and impossible to split: reportlab's LayoutError."""

    def wrap(self, available_width, available_height):
        return 100, 5000


def test_a_document_replaces_the_previous_one_in_one_step(store, tmp_path):
    tour = small_tour(store)
    out = tmp_path / "livret.pdf"
    build_tour_booklet(store, tour.id, out)
    first = out.read_bytes()
    store.tours.save(replace(store.tours.get(tour.id), title="Autre titre"))
    build_tour_booklet(store, tour.id, out)
    assert out.read_bytes() != first and out.read_bytes().startswith(b"%PDF")
    assert leftovers(tmp_path) == []
    # The file gets the permissions of any new file (umask), not a private temporary file's 0600.
    assert out.stat().st_mode & 0o044 == 0o044 or os.name == "nt"


def test_a_failure_while_building_leaves_the_old_file_and_no_temporary_file(tmp_path):
    out = tmp_path / "synthese.pdf"
    out.write_bytes(b"%PDF-1.4 the previous summary")
    with pytest.raises(RuntimeError):
        write_pdf([Exploding()], out, title="t")
    assert out.read_bytes() == b"%PDF-1.4 the previous summary"
    assert leftovers(tmp_path) == []


def test_a_layout_failure_is_a_french_message_not_an_unexpected_error(tmp_path):
    out = tmp_path / "synthese.pdf"
    out.write_bytes(b"old")
    with pytest.raises(ReportError) as info:
        write_pdf([Huge()], out, title="t")
    assert "n'a pas pu être mis en page" in str(info.value) and "intact" in str(info.value)
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_document_open_elsewhere_or_a_refused_rename_says_so(store, tmp_path, monkeypatch):
    # What Windows answers when the PDF is open in a reader: the rename is refused.
    tour = small_tour(store)
    visit = store.visits.of_tour(tour.id)[0]
    out = tmp_path / "synthese.pdf"
    out.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportError) as info:
        build_visit_summary(store, visit.id, out)
    assert "ouvert dans un autre programme" in str(info.value) and "intact" in str(info.value)
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_stale_temporary_file_left_by_a_kill_is_removed_by_the_next_export(tmp_path):
    out = tmp_path / "livret.pdf"
    stale = tmp_path / ".livret.pdf.0badc0de.tmp"
    recent = tmp_path / ".livret.pdf.12345678.tmp"     # perhaps another export running right now
    stale.write_bytes(b"half a booklet")
    recent.write_bytes(b"being written")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    write_pdf([], out, title="t")
    assert leftovers(tmp_path) == [recent.name]


def test_killed_during_a_large_booklet_the_previous_pdf_is_byte_identical(store, tmp_path):
    """A real kill -9 of a process writing a 45-visit booklet, at the worst moment: reportlab
    has opened the output and is assembling the PDF's bytes (subsetting fonts, embedding images).
    Writing straight to the destination left the old booklet at 0 bytes there."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this system")
    out = tmp_path / "livret.pdf"
    tour = small_tour(store)
    build_programme(store, tour.id, out)
    previous = out.read_bytes()
    child = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from reportlab.pdfbase import pdfdoc
        from tl_desktop.store import Store
        from tests.factories.reports import full_tour
        from tl_desktop.reports.tour import build_tour_booklet

        assemble = pdfdoc.PDFDocument.GetPDFData
        def slowly(self, canvas):            # the moment to be killed at: the output is open
            print("saving", flush=True)
            time.sleep(30)
            return assemble(self, canvas)
        pdfdoc.PDFDocument.GetPDFData = slowly
        with Store(Path({str(tmp_path / 'big.tldb')!r})) as store:
            tour = full_tour(store, visits=45)
            build_tour_booklet(store, tour.id, Path({str(out)!r}))
            print("done", flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "saving"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    assert out.read_bytes() == previous
    assert len(leftovers(tmp_path)) == 1     # the killed export's file, removed by the next one after an hour


# ------------------------------------------------------------------ real filesystems: full, read-only


@pytest.fixture
def small_disk(tmp_path):
    """A tmpfs of a few hundred KB mounted by the test (root only); yields its folder."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    """Fill the filesystem holding ``folder`` to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as f:
        for block in (65536, 512, 1):
            try:
                while True:
                    f.write(b"\0" * block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC


def test_a_full_disk_gives_a_french_message_and_keeps_the_previous_pdf(store, small_disk):
    tour = small_tour(store)
    out = small_disk / "livret.pdf"
    build_programme(store, tour.id, out)
    previous = out.read_bytes()
    fill(small_disk)
    with pytest.raises(ReportError) as info:
        build_tour_booklet(store, tour.id, out)
    assert "le disque est plein" in str(info.value) and "intact" in str(info.value)
    assert out.read_bytes() == previous
    assert leftovers(small_disk) == []


def test_a_read_only_folder_gives_a_french_message_and_keeps_the_previous_pdf(store, small_disk):
    tour = small_tour(store)
    out = small_disk / "livret.pdf"
    build_programme(store, tour.id, out)
    previous = out.read_bytes()
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
    if remounted.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remounted.stderr.strip()}")
    with pytest.raises(ReportError) as info:
        build_tour_booklet(store, tour.id, out)
    assert "lecture seule" in str(info.value) and "intact" in str(info.value)
    assert out.read_bytes() == previous


def test_the_message_names_the_file_and_is_a_template_the_gui_can_translate(tmp_path):
    missing = tmp_path / "no such folder" / "livret.pdf"
    with pytest.raises(ReportError) as info:
        write_pdf([], missing, title="t", footer="")
    assert str(missing) in str(info.value)
    assert "{path}" in info.value.template
    assert styles()["body"].fontName == "TLSans"
