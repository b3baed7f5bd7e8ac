"""Child of bench/photos.py: ``setup DATA PHOTO...`` then ``cold|warm|originals DATA``.

Prints ``usable SECONDS rows=PDF_BYTES`` (the line bench.startup.spawn reads, with the
process's peak memory sampled until exit).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.factories.tours import make  # noqa: E402
from tl_desktop.media import THUMBNAIL_PX, MediaLibrary  # noqa: E402
from tl_desktop.reports.tour import build_tour_booklet  # noqa: E402
from tl_desktop.store import Store  # noqa: E402


def setup(data: Path, photos: list[str]) -> None:
    with Store(data / "catalogue.tldb") as store:
        tour = make(store)
        for i, visit in enumerate(store.visits.of_tour(tour.id)):
            added = store.attachments.attach_files(visit.id, photos[4 * i:4 * i + 4]).added
            for k, photo in enumerate(added):
                store.attachments.set_caption(photo.id, f"Vue {k + 1} du lieu : l'atelier, l'accueil & la cour")
            store.attachments.set_cover(visit.site_id, added[0].id)
        (data / "tour.txt").write_text(tour.id)


def build(data: Path, mode: str) -> None:
    tour_id = (data / "tour.txt").read_text()
    with Store(data / "catalogue.tldb") as store:
        if mode == "cold":   # the first export: only the notebook's thumbnails exist
            for derived in store.media.cache_dir.rglob("*.jpg"):
                if not derived.name.endswith(f"-{THUMBNAIL_PX}.jpg"):
                    derived.unlink()
        if mode == "originals":   # what embedding the camera's files would weigh
            MediaLibrary.print_copy = lambda self, sha, ext, w, h: self.path_of(sha, ext)
        out = data / f"livret-{mode}.pdf"
        start = time.perf_counter()
        build_tour_booklet(store, tour_id, out)
        elapsed = time.perf_counter() - start
    print(f"usable {elapsed:.4f} rows={out.stat().st_size}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        setup(Path(sys.argv[2]), sys.argv[3:])
    else:
        build(Path(sys.argv[2]), sys.argv[1])
