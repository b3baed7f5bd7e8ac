"""Photos (issue 5): attaching 60 photos of 12 MP in the notebook, and the booklet with photos.

- **Attach**: the real notebook (offscreen) attaches 60 JPEGs of 12 MP (4000 × 3000, 3–5 MB
  each, a third with EXIF orientation 6). Figures: time from the click to the first thumbnail
  on screen (target < 1 s), to the last, and the longest the GUI thread went without running
  its event loop (a 5 ms timer's worst gap): what « stays responsive » means.
- **Booklet**: a 15-visit tour with 4 of those photos per visit; the booklet built in a fresh
  process, print copies not yet cached (the first export), then again with the cache. Figures:
  time (< 5 s), size (< 20 MB), peak memory (VmHWM, < 500 MB), and the size of the same
  booklet embedding the original files (≥ 5× larger).

The photos are generated once (seeded) into bench/.cache/photos-12mp.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import BENCH_DIR, CACHE_DIR, PYTHON, REPO_DIR, Figure
from bench.startup import bench_env, spawn
from tests.factories.photos import make_photo

PHOTOS = 60
SIZE = (4000, 3000)


def photo_set() -> list[Path]:
    folder = CACHE_DIR / "photos-12mp"
    paths = []
    for i in range(PHOTOS):
        path = folder / f"IMG_{i:04d}.jpg"
        if not path.exists():
            make_photo(path, SIZE, seed=i, orientation=6 if i % 3 == 0 else None, quality=92, texture=True,
                       taken=f"2025:02:{11 + i // 20:02d} {9 + i % 8:02d}:{i % 60:02d}:00",
                       gps=(43.29 + i * 0.001, 5.37 + i * 0.001))
        paths.append(path)
    return paths


def run() -> list[Figure]:
    photos = photo_set()
    total_bytes = sum(p.stat().st_size for p in photos)
    scratch = Path(tempfile.mkdtemp(prefix="photos-", dir=CACHE_DIR))
    try:
        attach = json.loads(subprocess.run(
            [PYTHON, str(BENCH_DIR / "photos_attach.py"), str(scratch / "attach"), *map(str, photos)],
            cwd=REPO_DIR, env={**bench_env(), "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
            timeout=600, check=True).stdout.strip().splitlines()[-1])

        data = scratch / "booklet"
        subprocess.run([PYTHON, str(BENCH_DIR / "photos_booklet.py"), "setup", str(data), *map(str, photos)],
                       cwd=REPO_DIR, env=bench_env(), check=True, timeout=600, capture_output=True)
        runs = {mode: spawn([PYTHON, str(BENCH_DIR / "photos_booklet.py"), mode, str(data)], bench_env())
                for mode in ("cold", "warm", "originals")}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def size_of(mode: str) -> int:
        return int(runs[mode]["rows"])   # the probe's « usable » line carries the PDF's size there

    cold, warm = runs["cold"], runs["warm"]
    ratio = size_of("originals") / size_of("cold")
    return [
        Figure("photos", "attach 60 photos of 12 MP: first thumbnail on screen", attach["first_thumbnail_s"], "s",
               "< 1 s", attach["first_thumbnail_s"] < 1,
               details={"photos_mb": round(total_bytes / 1e6, 1), **attach}),
        Figure("photos", "attach 60 photos of 12 MP: all attached, thumbnails shown", attach["all_s"], "s"),
        Figure("photos", "attach: longest GUI thread stall during the batch", attach["worst_stall_ms"], "ms",
               "< 100 ms", attach["worst_stall_ms"] < 100),
        Figure("photos", "booklet 15 visits × 4 photos of 12 MP, first export (print copies made)",
               cold["inner_s"], "s", "< 5 s", cold["inner_s"] < 5),
        Figure("photos", "booklet with photos, print copies cached", warm["inner_s"], "s"),
        Figure("photos", "booklet with photos: size", size_of("cold"), "bytes", "< 20 MB", size_of("cold") < 20e6),
        Figure("photos", "booklet with photos: peak memory (first export)", cold["peak_rss"], "bytes", "< 500 MB",
               cold["peak_rss"] < 500e6),
        Figure("photos", "same booklet embedding the original files: size", size_of("originals"), "bytes"),
        Figure("photos", "originals / downsampled booklet size", ratio, "x", "≥ 5×", ratio >= 5),
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
    sys.exit(0)
