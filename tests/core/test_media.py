"""Photos and files of visits: what the agent relies on when attaching, ordering and cleaning up."""

from __future__ import annotations

import hashlib
import os
import struct
import time
import zlib

import pytest
from PIL import Image

from tests.factories.photos import COLD, WARM, make_photo
from tl_desktop.base.errors import NotFoundError, ValidationError
from tl_desktop.domain import Site
from tl_desktop.media import MediaError
from tl_desktop.media import library as media
from tl_desktop.store import earliest_date, position_offer


@pytest.fixture
def site(store):
    return store.sites.save(Site(name="La Friche", commune="Marseille"))[0]


@pytest.fixture
def visit(store, site):
    return store.visits.create(site.id)[0]


def media_files(store):
    return sorted(p.name for p in store.media.stored_files())


def close_to(colour, expected, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


def test_a_photo_is_copied_by_content_and_its_exif_recorded(store, visit, tmp_path):
    original = make_photo(tmp_path / "IMG_0001.JPG", (400, 300), orientation=6, taken="2025:02:11 10:32:05",
                          gps=(43.310736, 5.390297))
    before = (original.read_bytes(), original.stat().st_mtime_ns)
    report = store.attachments.attach_files(visit.id, [original])
    [photo] = report.added
    digest = hashlib.sha256(before[0]).hexdigest()
    assert (photo.sha256, photo.kind, photo.filename, photo.extension) == (digest, "photo", "IMG_0001.JPG", ".jpg")
    assert (photo.width, photo.height, photo.orientation, photo.shown_size()) == (400, 300, 6, (300, 400))
    assert photo.taken_at == "2025-02-11T10:32:05"
    assert photo.latitude == pytest.approx(43.310736, abs=1e-5) and photo.longitude == pytest.approx(5.390297, abs=1e-5)
    stored = store.attachments.file_path(photo)
    assert stored.read_bytes() == before[0] and stored.name == digest + ".jpg"
    assert (original.read_bytes(), original.stat().st_mtime_ns) == before   # the agent's file untouched
    # The database holds metadata only, never the bytes.
    assert store.db.execute("SELECT max(length(caption) + length(filename)) FROM attachments").fetchone()[0] < 100


def test_thumbnails_and_print_copies_are_turned_as_the_camera_meant(store, visit, tmp_path):
    # Orientation 6: the pixels are stored sideways; the left (warm) half is the top of the scene.
    photo = store.attachments.attach_files(visit.id, [make_photo(tmp_path / "p.jpg", (800, 600), orientation=6)]).added[0]
    with Image.open(store.media.derived(photo.sha256, photo.extension, media.THUMBNAIL_PX)) as thumb:
        assert thumb.size == (192, 256)
        assert close_to(thumb.getpixel((96, 10)), WARM) and close_to(thumb.getpixel((96, 246)), COLD)
    copy = store.media.print_copy(photo.sha256, photo.extension, 60, 80)   # 80 mm at 150 dpi ≈ 472 px
    with Image.open(copy) as printed:
        assert printed.size[1] == 500 and printed.size[0] == 375
        assert close_to(printed.getpixel((180, 10)), WARM)


def test_the_same_photo_is_stored_once_and_attached_once_per_visit(store, site, visit, tmp_path):
    first = make_photo(tmp_path / "a.jpg", seed=1)
    copy = tmp_path / "copie de a.jpg"
    copy.write_bytes(first.read_bytes())
    report = store.attachments.attach_files(visit.id, [first, copy])
    assert len(report.added) == 1 and len(report.already) == 1
    other = store.visits.create(site.id)[0]
    store.attachments.attach_files(other.id, [copy])
    assert len(media_files(store)) == 1
    assert store.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 2


def _bomb_png(path):
    # A valid PNG header announcing 20,000 × 20,000 pixels (400 MP): a few hundred bytes on disk.
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100))
                     + chunk(b"IEND", b""))


@pytest.mark.parametrize("case, words", [
    ("truncated", "tronqué"), ("empty", "vide"), ("text", "pas une image"), ("bomb", "trop grande"),
    ("unknown extension", "pas pris en charge"), ("unsupported image", "PPM"),
])
def test_a_bad_file_gets_a_french_reason_and_changes_nothing(store, visit, tmp_path, case, words):
    good = make_photo(tmp_path / "bonne.jpg", (1200, 900), seed=3)
    store.attachments.attach_files(visit.id, [good])
    before = (media_files(store), store.db.execute("SELECT count(*) FROM attachments").fetchone()[0])
    bad = tmp_path / {"unknown extension": "setup.exe", "unsupported image": "scan.tif"}.get(case, "photo.jpg")
    if case == "truncated":
        data = make_photo(tmp_path / "full.jpg", (1200, 900), seed=4).read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif case == "empty":
        bad.write_bytes(b"")
    elif case == "text":
        bad.write_text("Compte rendu de la visite du 11 février", encoding="utf-8")
    elif case == "bomb":
        _bomb_png(bad)
    elif case == "unknown extension":
        bad.write_bytes(b"MZ\x90\x00" * 10)
    else:
        Image.new("RGB", (20, 20)).save(bad, "PPM")   # a PPM named .tif: an image, but not a photo format

    report = store.attachments.attach_files(visit.id, [bad])
    assert not report.added
    [(name, message)] = report.refused
    assert name == bad.name and bad.name in message and words in message
    assert (media_files(store), store.db.execute("SELECT count(*) FROM attachments").fetchone()[0]) == before
    assert not list(store.media.files_dir.rglob(".part-*"))


def test_heic_photos_are_read_with_pillow_heif_or_refused_clearly(store, visit, tmp_path, monkeypatch):
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "IMG_4021.HEIC"
    image = Image.new("RGB", (64, 48), WARM)
    try:
        pillow_heif.from_pillow(image).save(path, quality=80)
    except Exception as exc:  # noqa: BLE001 — the wheel may lack an encoder
        pytest.skip(f"pas d'encodeur HEIF : {exc}")
    photo = store.attachments.attach_files(visit.id, [path]).added[0]
    assert (photo.extension, photo.width, photo.height) == (".heic", 64, 48)
    assert store.media.derived(photo.sha256, photo.extension, 256).exists()

    monkeypatch.setattr(media, "_heif_state", False)   # as on a machine without the library
    store.attachments.remove(photo.id)
    report = store.attachments.attach_files(visit.id, [path])
    assert not report.added and "HEIC" in report.refused[0][1] and "JPEG" in report.refused[0][1]


def test_order_caption_cover_and_removal_with_undo(store, site, visit, tmp_path):
    photos = store.attachments.attach_files(
        visit.id, [make_photo(tmp_path / f"p{i}.jpg", seed=i) for i in range(4)]).added
    store.attachments.move(photos[3].id, 0)
    order = [a.id for a in store.attachments.of_visit(visit.id)]
    assert order == [photos[3].id, photos[0].id, photos[1].id, photos[2].id]

    store.attachments.set_caption(photos[1].id, "  L'atelier bois & métal <vitrine>  ")
    assert store.attachments.get(photos[1].id).caption == "L'atelier bois & métal <vitrine>"

    store.attachments.set_cover(site.id, photos[1].id)
    assert [a.id for a in store.attachments.photos_for_print(visit.id)][0] == photos[1].id

    removed = store.attachments.remove(photos[1].id)
    assert store.attachments.cover_id(site.id) is None
    assert photos[1].id not in [a.id for a in store.attachments.of_visit(visit.id)]
    store.attachments.restore(removed)
    assert [a.id for a in store.attachments.of_visit(visit.id)] == order   # back at its place
    assert store.attachments.cover_id(site.id) == photos[1].id            # and cover again


def test_the_cover_must_be_a_photo_of_the_sites_visits(store, site, visit, tmp_path):
    other_site = store.sites.save(Site(name="Le Garage", commune="Aubagne"))[0]
    other_visit = store.visits.create(other_site.id)[0]
    theirs = store.attachments.attach_files(other_visit.id, [make_photo(tmp_path / "x.jpg")]).added[0]
    leaflet = tmp_path / "programme.pdf"
    leaflet.write_bytes(b"%PDF-1.4\n% plaquette\n")
    document = store.attachments.attach_files(visit.id, [leaflet]).added[0]
    assert document.kind == "file" and document.width is None
    for wrong in (theirs.id, document.id):
        with pytest.raises(ValidationError):
            store.attachments.set_cover(site.id, wrong)
    with pytest.raises(NotFoundError):
        store.attachments.set_cover(site.id, "inconnu")


def test_a_deleted_visit_keeps_its_photos_until_purged_then_repair_deletes_only_unused_files(
        store, site, visit, tmp_path):
    shared = make_photo(tmp_path / "commune.jpg", seed=10)
    own = make_photo(tmp_path / "seule.jpg", seed=11)
    store.attachments.attach_files(visit.id, [shared, own])
    other = store.visits.create(site.id)[0]
    store.attachments.attach_files(other.id, [shared])
    thumbs_before = len(list(store.media.cache_dir.rglob("*.jpg")))

    store.visits.delete(visit.id)                  # to the bin: undoable, photos kept
    with pytest.raises(NotFoundError):
        store.visits.get(visit.id)
    store.visits.restore(visit.id)
    assert len(store.attachments.of_visit(visit.id)) == 2
    store.visits.delete(visit.id)
    store.visits.purge_deleted(before="9999")      # for good: the records go, the files stay
    assert store.attachments.of_visit(visit.id) == []
    assert len(media_files(store)) == 2

    assert store.repair_media() == (0, 0)          # just added: within the grace delay
    old = time.time() - 2 * media.REPAIR_GRACE_S
    for path in store.media.stored_files():
        os.utime(path, (old, old))
    assert len(store.unreferenced_media()) == 1
    count, freed = store.repair_media()
    assert count == 1 and freed == own.stat().st_size
    [kept] = store.media.stored_files()
    assert kept.read_bytes() == shared.read_bytes()   # still used by the other visit
    assert len(list(store.media.cache_dir.rglob("*.jpg"))) == thumbs_before - 1
    assert store.check() == []


def test_check_reports_a_missing_file(store, visit, tmp_path):
    photo = store.attachments.attach_files(visit.id, [make_photo(tmp_path / "p.jpg")]).added[0]
    store.attachments.file_path(photo).unlink()
    [problem] = store.check()
    assert "p.jpg" in problem and "absent" in problem
    with pytest.raises(MediaError):
        store.attachments.restore(store.attachments.remove(photo.id))


def test_exif_dates_an_undated_visit_and_places_an_unplaced_site(store, site, visit, tmp_path):
    photos = store.attachments.attach_files(visit.id, [
        make_photo(tmp_path / "b.jpg", seed=1, taken="2025:02:12 09:00:00"),
        make_photo(tmp_path / "a.jpg", seed=2, taken="2025:02:11 17:45:00", gps=(43.3107, 5.3903)),
    ]).added
    assert earliest_date(photos) == "2025-02-11"
    assert store.visits.date_if_empty(visit.id, "2025-02-11")
    assert not store.visits.date_if_empty(visit.id, "2030-01-01")      # a date given is never replaced
    assert store.visits.get(visit.id).visit_date == "2025-02-11"

    assert position_offer(site, photos) == (43.3107, 5.3903)
    placed = store.sites.save(site.replace(latitude=43.3107, longitude=5.3903, location_precision="photo"))[0]
    assert position_offer(placed, photos) is None                       # placed: nothing more to offer
    abroad = store.attachments.attach_files(visit.id, [make_photo(tmp_path / "c.jpg", seed=3,
                                                                  gps=(52.5200, 13.4050))]).added
    assert position_offer(site, abroad) is None                          # Berlin is not in France
