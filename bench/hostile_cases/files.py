"""Files and photos: what a phone, a scanner or a stray double-click gives the notebook (core)."""

from __future__ import annotations

import struct

from bench.hostile_cases.lab import LOST, WRONG, case

F = "files"


def _visit(lab):
    from bench.hostile_cases.samples import france_services_sites

    store = lab.store()
    site, _ = store.sites.save(france_services_sites(1)[0])
    visit, _ = store.visits.create(site.id, visit_date="2025-02-11")
    return store, visit.id


def _photo(lab, name="photo.jpg", size=(800, 600), **kw):
    from tests.factories.photos import make_photo

    return make_photo(lab.root / "photos" / name, size, **kw)


def _attached(lab, path, *, count=1):
    """Attach ``path``: it must be recorded, readable back, with a thumbnail."""
    store, visit = _visit(lab)
    report = store.attachments.attach_files(visit, [path])
    lab.expect(not report.refused, WRONG, f"refused: {report.refused[0][1] if report.refused else ''}")
    records = store.attachments.of_visit(visit)
    lab.expect(len(records) == count, WRONG, f"{len(records)} attachment(s) recorded")
    for r in records:
        lab.expect(store.attachments.file_path(r).exists(), LOST, "the stored copy is missing")
    return store, visit, records


def _refused(lab, path, *words):
    """Attach ``path``: it must be refused with a French reason naming it, and nothing recorded."""
    store, visit = _visit(lab)
    report = store.attachments.attach_files(visit, [path])
    lab.expect(report.refused, WRONG, "accepted")
    lab.french(report.refused[0][1], *words, what="the refusal")
    lab.expect(not store.attachments.of_visit(visit), WRONG, "a refused file was recorded")
    media = list(store.media.stored_files())
    lab.expect(not media, WRONG, f"a refused file left {len(media)} file(s) in media/")


@case(F, "photo_12mp", "a 12 MP phone photo with EXIF date, GPS, orientation 6")
def _(lab):
    path = _photo(lab, size=(4000, 3000), orientation=6, taken="2025:02:11 10:32:05", gps=(44.75, 5.37))
    _, _, [record] = _attached(lab, path)
    lab.expect(record.taken_at == "2025-02-11T10:32:05", WRONG, f"date {record.taken_at}")
    lab.expect(record.latitude and abs(record.latitude - 44.75) < 1e-3, WRONG, f"GPS {record.latitude}")
    lab.expect(record.shown_size() == (3000, 4000), WRONG, f"shown as {record.shown_size()}")


@case(F, "photo_empty", "a 0-byte .jpg")
def _(lab):
    _refused(lab, lab.file("vide.jpg", b""), "vide")


@case(F, "photo_truncated", "a JPEG cut in the middle (card pulled out)")
def _(lab):
    data = _photo(lab, size=(1600, 1200)).read_bytes()
    _refused(lab, lab.file("coupee.jpg", data[: len(data) // 2]), "coupee.jpg")


@case(F, "photo_text_named_jpg", "a text file named .jpg")
def _(lab):
    _refused(lab, lab.file("notes.jpg", "ceci est un texte, pas une photo\n" * 20), "notes.jpg")


@case(F, "photo_exe_named_jpg", "a Windows program named .jpg")
def _(lab):
    _refused(lab, lab.file("vacances.jpg", b"MZ\x90\x00" + b"\x00" * 4000 + b"This program cannot be run in DOS mode"))


@case(F, "file_exe", "a .exe attached as a document")
def _(lab):
    _refused(lab, lab.file("setup.exe", b"MZ\x90\x00" + b"\x00" * 100), "pas pris en charge")


@case(F, "file_svg_html", "an .svg and an .html (scripts run when opened)")
def _(lab):
    _refused(lab, lab.file("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))
    _refused(lab, lab.file("page.html", "<script>alert(1)</script>"))


@case(F, "photo_decompression_bomb", "a PNG of 14,000 × 14,000 pixels (decompression bomb)")
def _(lab):
    from PIL import Image

    path = lab.root / "bombe.png"
    Image.new("1", (14_000, 14_000)).save(path)
    _refused(lab, path, "trop grande")


@case(F, "photo_orientation_9", "an EXIF orientation of 9 (no such value)")
def _(lab):
    _, _, [record] = _attached(lab, _photo(lab, orientation=9))
    lab.expect(record.orientation is None, WRONG, f"orientation {record.orientation}")


@case(F, "photo_exif_date_zero", "EXIF date « 0000:00:00 00:00:00 » (camera never set)")
def _(lab):
    _, _, [record] = _attached(lab, _photo(lab, taken="0000:00:00 00:00:00"))
    lab.expect(record.taken_at is None, WRONG, f"dated {record.taken_at}")


@case(F, "photo_exif_date_garbage", "EXIF date « 2025:13:45 99:99:99 » and one of 2,000 characters")
def _(lab):
    _, _, [record] = _attached(lab, _photo(lab, taken="2025:13:45 99:99:99"))
    lab.expect(record.taken_at is None, WRONG, f"dated {record.taken_at}")
    _, _, [record] = _attached(lab, _photo(lab, "b.jpg", taken="2" * 2000, seed=3))


@case(F, "photo_gps_zero_denominator", "EXIF GPS with 0/0 rationals")
def _(lab):
    from PIL import Image, TiffImagePlugin

    from tests.factories.photos import photo_image

    exif = Image.Exif()
    zero = TiffImagePlugin.IFDRational(0, 0)
    exif.get_ifd(0x8825).update({1: "N", 2: (zero, zero, zero), 3: "E", 4: (zero, zero, zero)})
    path = lab.root / "gps.jpg"
    photo_image((400, 300)).save(path, "JPEG", exif=exif.tobytes())
    _, _, [record] = _attached(lab, path)
    lab.expect(record.latitude is None, WRONG, f"placed at {record.latitude}")


def _jpeg_with_app1(payload: bytes) -> bytes:
    from tests.factories.photos import jpeg_bytes

    data = jpeg_bytes()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + segment + data[2:]


@case(F, "photo_exif_broken_pointers", "EXIF whose sub-directory pointers point outside the file")
def _(lab):
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 3)
    tiff += struct.pack("<HHII", 0x8769, 4, 1, 0xFFFFFF00)       # Exif IFD far beyond the end
    tiff += struct.pack("<HHII", 0x8825, 4, 1, 0x7FFFFFF0)       # GPS IFD too
    tiff += struct.pack("<HHII", 0x0112, 3, 1, 6) + struct.pack("<I", 0)
    path = lab.file("pointeurs.jpg", _jpeg_with_app1(b"Exif\x00\x00" + tiff))
    _attached(lab, path)


@case(F, "photo_exif_loop", "EXIF whose directory points at itself (an endless loop)")
def _(lab):
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1)
    tiff += struct.pack("<HHII", 0x8769, 4, 1, 8) + struct.pack("<I", 8)
    _attached(lab, lab.file("boucle.jpg", _jpeg_with_app1(b"Exif\x00\x00" + tiff)))


@case(F, "photo_cmyk", "a CMYK JPEG (from a print shop)")
def _(lab):
    from tests.factories.photos import photo_image

    path = lab.root / "cmjn.jpg"
    photo_image((600, 400)).convert("CMYK").save(path, "JPEG")
    _attached(lab, path)


@case(F, "photo_16bit_png", "a 16-bit greyscale PNG (from a scanner)")
def _(lab):
    from PIL import Image

    path = lab.root / "scan16.png"
    Image.linear_gradient("L").resize((600, 400)).convert("I;16").save(path)
    _attached(lab, path)


@case(F, "photo_float_tiff", "a 32-bit float TIFF")
def _(lab):
    from PIL import Image

    path = lab.root / "mesure.tif"
    Image.linear_gradient("L").convert("F").save(path)
    _attached(lab, path)


@case(F, "photo_palette_transparent", "a palette PNG with transparency")
def _(lab):
    from tests.factories.photos import photo_image

    path = lab.root / "logo.png"
    photo_image((300, 300)).convert("P").save(path, transparency=0)
    _attached(lab, path)


@case(F, "photo_animated_gif", "an animated GIF")
def _(lab):
    from tests.factories.photos import photo_image

    path = lab.root / "anim.gif"
    frames = [photo_image((200, 150), seed=i).convert("P") for i in range(5)]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    _attached(lab, path)


@case(F, "photo_panorama", "a 20,000 × 1 pixel panorama")
def _(lab):
    from PIL import Image

    path = lab.root / "pano.jpg"
    Image.new("RGB", (20_000, 1), "white").save(path)
    _attached(lab, path)


@case(F, "photo_twice", "the same photo attached twice, then to another visit")
def _(lab):
    store, visit, _ = _attached(lab, _photo(lab))
    report = store.attachments.attach_files(visit, [_photo(lab)])
    lab.expect(len(report.already) == 1 and not report.added, WRONG, "attached twice")
    other, _ = store.visits.create(store.visits.get(visit).site_id)
    store.attachments.attach_files(other.id, [_photo(lab)])
    lab.expect(len(list(store.media.stored_files())) == 1, WRONG, "the same bytes were stored twice")


@case(F, "photo_folder_named_jpg", "a folder named photo.jpg")
def _(lab):
    (lab.root / "dossier.jpg").mkdir()
    _refused(lab, lab.root / "dossier.jpg", "dossier.jpg")


@case(F, "photo_missing", "a photo removed between choosing and attaching")
def _(lab):
    _refused(lab, lab.root / "partie.jpg", "partie.jpg")


@case(F, "photo_heic_garbage", "a .heic that is random bytes")
def _(lab):
    _refused(lab, lab.file("IMG_0001.HEIC", bytes(range(256)) * 40), "IMG_0001.HEIC")


@case(F, "photo_heic_real", "an iPhone HEIC photo")
def _(lab):
    try:
        import pillow_heif
    except ImportError:
        lab.skip("pillow-heif not installed")
    from tests.factories.photos import photo_image

    path = lab.root / "IMG_0002.heic"
    pillow_heif.from_pillow(photo_image((800, 600))).save(path)
    _attached(lab, path)


@case(F, "photo_jpeg_bytes_heic_name", "JPEG bytes in a file named .heic")
def _(lab):
    from tests.factories.photos import jpeg_bytes

    _attached(lab, lab.file("IMG_0003.heic", jpeg_bytes()))


@case(F, "document_pdf", "a real PDF brochure")
def _(lab):
    from reportlab.pdfgen import canvas

    path = lab.root / "plaquette.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(100, 750, "Plaquette du tiers-lieu")
    c.save()
    _, _, [record] = _attached(lab, path)
    lab.expect(record.kind == "file", WRONG, f"kind {record.kind}")


@case(F, "document_unicode_name", "a document named with accents, RTL override and 200 characters")
def _(lab):
    name = "Compte-rendu " + "é" * 100 + "\u202egpj.pdf"
    store, visit = _visit(lab)
    path = lab.file(name[:200] + ".pdf", b"%PDF-1.4\n%%EOF\n")
    report = store.attachments.attach_files(visit, [path])
    lab.expect(report.added or report.refused, WRONG, "neither attached nor refused")
    if report.refused:
        lab.french(report.refused[0][1])


@case(F, "photo_webp_and_tiff_pages", "a WebP and a three-page TIFF")
def _(lab):
    from tests.factories.photos import photo_image

    webp, tiff = lab.root / "a.webp", lab.root / "b.tif"
    photo_image((400, 300)).save(webp, "WEBP")
    pages = [photo_image((300, 200), seed=i) for i in range(3)]
    pages[0].save(tiff, save_all=True, append_images=pages[1:])
    store, visit = _visit(lab)
    report = store.attachments.attach_files(visit, [webp, tiff])
    lab.expect(len(report.added) == 2, WRONG, f"refused: {report.refused}")


@case(F, "batch_mixed", "a batch of good and bad files: the good ones attached, each bad one explained")
def _(lab):
    store, visit = _visit(lab)
    good = [_photo(lab, f"p{i}.jpg", seed=i) for i in range(3)]
    bad = [lab.file("vide.jpg", b""), lab.file("texte.png", "pas une image"), lab.root / "absente.jpg"]
    report = store.attachments.attach_files(visit, [good[0], bad[0], good[1], bad[1], bad[2], good[2]])
    lab.expect(len(report.added) == 3, WRONG, f"{len(report.added)} attached of 3 good")
    lab.expect(len(report.refused) == 3, WRONG, f"{len(report.refused)} refused of 3 bad")
    for _, reason in report.refused:
        lab.french(reason, what="a refusal")


@case(F, "check_media_missing", "tl-desktop check with a photo's stored file deleted")
def _(lab):
    _, _, [record] = _attached(lab, _photo(lab))
    lab.store().attachments.file_path(record).unlink()
    result = lab.cli("check")
    lab.refused(result, "absent")


@case(F, "check_media_truncated", "tl-desktop check with a photo's stored file cut short")
def _(lab):
    store, _, [record] = _attached(lab, _photo(lab))
    path = store.attachments.file_path(record)
    path.write_bytes(path.read_bytes()[:100])
    lab.refused(lab.cli("check"), "taille")


@case(F, "repair_keeps_referenced", "check --repair with used, unused and just-copied files")
def _(lab):
    import os
    import time

    store, _, [record] = _attached(lab, _photo(lab))
    used = store.attachments.file_path(record)
    old = time.time() - 7200
    os.utime(used, (old, old))
    orphan = store.media.path_of("ab" * 32, ".jpg")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x" * 10)
    os.utime(orphan, (old, old))
    fresh = store.media.path_of("cd" * 32, ".jpg")
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_bytes(b"y")
    lab.succeeded(lab.cli("check", "--repair"), "1 fichier")
    lab.expect(used.exists(), LOST, "a photo still used was deleted")
    lab.expect(fresh.exists(), LOST, "a file copied a moment ago was deleted")
    lab.expect(not orphan.exists(), WRONG, "the unused file is still there")


@case(F, "export_visit_missing_media", "export-visit when a photo's stored file is gone")
def _(lab):
    store, visit, [record] = _attached(lab, _photo(lab))
    store.attachments.file_path(record).unlink()
    result = lab.cli("export-visit", visit, "-o", lab.root / "export")
    if result.status == 0:
        lab.expect("photo" in result.err.lower() or "absent" in (result.out + result.err), WRONG,
                   "exported without saying a photo is missing")
    else:
        lab.refused(result)


@case(F, "export_visit_hostile_names", "export-visit of photos named ../../x, CON, with controls")
def _(lab):
    store, visit = _visit(lab)
    for i, name in enumerate(("..\\..\\x.jpg", "CON.jpg", "a\x1b[2Jb.jpg", "photo\u202egpj.exe.jpg", " .jpg")):
        path = _photo(lab, f"n{i}.jpg", seed=i)
        store.attachments.attach_files(visit, [path])
        record = store.attachments.of_visit(visit)[-1]
        store.db.execute("UPDATE attachments SET filename = ? WHERE id = ?", [name, record.id])
    out = lab.root / "export"
    lab.succeeded(lab.cli("export-visit", visit, "-o", out))
    written = [p for p in lab.root.rglob("*") if p.is_file() and "export" in str(p)]
    outside = [p for p in lab.root.rglob("x.jpg")]
    lab.expect(not outside, WRONG, f"a file was written outside the export folder: {outside}")
    bad = [p.name for p in written if any(ord(c) < 32 or c in "\u202e\\" for c in p.name)]
    lab.expect(not bad, WRONG, f"unsafe file names written: {bad}")
