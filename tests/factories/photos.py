"""Photos as a phone writes them, made with Pillow: for the tests and the benchmarks.

``make_photo`` writes a JPEG (or another format) with the EXIF a phone would set: the time
it was taken, GPS, and an orientation flag (a phone held upright writes the pixels sideways
and says "turn me" in EXIF 0x0112). The picture's left half is warm and its right half cold,
so a test can tell whether the orientation was applied.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

WARM, COLD = (205, 85, 40), (40, 90, 190)


def photo_image(size: tuple[int, int], seed: int = 0, *, texture: bool = False) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size, COLD)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 2 - 1, height), fill=WARM)
    rng = random.Random(seed)
    for _ in range(12):   # a few shapes, different for each seed: each photo has its own bytes
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(max(2, width // 40), max(3, width // 8))
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(250, 250, 250), width=max(1, width // 400))
    if texture:   # phone JPEGs of 12 MP weigh 3–6 MB: noise brings the synthetic ones there
        noise = Image.effect_noise((width // 2, height // 2), 48).resize(size).convert("RGB")
        image = Image.blend(image, noise, 0.35)
    return image


def exif_for(*, orientation: int | None = None, taken: str | None = None,
             gps: tuple[float, float] | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "TestPhone"
    if orientation:
        exif[0x0112] = orientation
    if taken:                      # "2025:02:11 10:32:05"
        exif.get_ifd(0x8769)[0x9003] = taken
    if gps:
        lat, lon = gps

        def dms(value: float) -> tuple[float, float, float]:
            value = abs(value)
            degrees = int(value)
            minutes = int((value - degrees) * 60)
            return float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 4)

        exif.get_ifd(0x8825).update({1: "N" if lat >= 0 else "S", 2: dms(lat),
                                     3: "E" if lon >= 0 else "W", 4: dms(lon)})
    return exif


def make_photo(path: Path, size: tuple[int, int] = (400, 300), *, seed: int = 0, orientation: int | None = None,
               taken: str | None = None, gps: tuple[float, float] | None = None, fmt: str = "JPEG",
               quality: int = 88, texture: bool = False) -> Path:
    """Write a photo with phone-like EXIF; return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image = photo_image(size, seed, texture=texture)
    options = {"exif": exif_for(orientation=orientation, taken=taken, gps=gps).tobytes()}
    if fmt == "JPEG":
        options["quality"] = quality
    image.save(path, fmt, **options)
    return path


def jpeg_bytes(size: tuple[int, int] = (400, 300), seed: int = 0) -> bytes:
    buffer = io.BytesIO()
    photo_image(size, seed).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
