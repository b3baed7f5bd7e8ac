"""Photos and other attached files, on disk: checking, content-addressed copies, thumbnails.

What a visit's photo is made of:

- the **original bytes**, copied once into ``<data>/media/ab/abcdef….jpg`` where the name is
  the file's SHA-256: the same photo attached twice (or to two visits) is stored once, and
  the agent's original file is only ever read;
- **derived images** (thumbnails, screen previews, PDF copies at about 150 dpi), made with
  Pillow, EXIF orientation applied, kept in ``<data>/cache/images``: rebuildable at will;
- its **metadata** (EXIF date and GPS, size, orientation, caption, order), in the store.

Every file is checked before anything is written: a 0-byte file, a text file named .jpg, a
truncated JPEG, a decompression bomb or an unknown format raise ``MediaError`` with a French
sentence naming the file, and leave the data folder as it was. No Qt here: the GUI calls
these functions from worker threads, the command line and the reports call them directly.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from tl_desktop.base.errors import TlError, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:   # Pillow loads at the first photo, not at every start of the app
    from PIL import Image

# Formats a phone or a camera gives, with the extension the stored copy gets.
PHOTO_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "TIFF": ".tif", "HEIF": ".heic",
                 "GIF": ".gif", "BMP": ".bmp", "MPO": ".jpg"}
PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif",
                    ".hif", ".gif", ".bmp"}
HEIF_EXTENSIONS = {".heic", ".heif", ".hif"}
# Other attachments: documents, sheets, slides, sound and video. Nothing the system would
# *run* when the agent double-clicks it (.exe, .bat, .js, .html, .svg...).
DOCUMENT_EXTENSIONS = {
    ".pdf", ".odt", ".ods", ".odp", ".odg", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf",
    ".txt", ".md", ".csv", ".tsv", ".json", ".geojson", ".epub",
    ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".aac", ".amr", ".3gp",
    ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi",
}

THUMBNAIL_PX = 256        # the notebook's grid
PREVIEW_PX = 1600         # "open large", fits a laptop screen
PRINT_DPI = 150
HASH_CHUNK = 1 << 20
# Files added less than this long ago are never deleted by a repair, referenced or not:
# the GUI copies a file, then records it; a repair running in between must not take it.
REPAIR_GRACE_S = 3600

_heif_lock = threading.Lock()
_heif_state: bool | None = None


class MediaError(TlError):
    """A file cannot be attached (or read back): a French sentence naming it."""


@dataclass(frozen=True)
class Ingested:
    """A file checked and copied into the media folder, ready to be recorded on a visit."""

    sha256: str
    kind: str                  # "photo" or "file"
    filename: str
    extension: str
    size: int
    taken_at: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    width: int | None = None
    height: int | None = None
    orientation: int | None = None


def heif_available() -> bool:
    """Register pillow-heif's opener once; return whether HEIC/HEIF photos can be read here."""
    global _heif_state
    with _heif_lock:
        if _heif_state is None:
            try:
                import pillow_heif
                pillow_heif.register_heif_opener()
                _heif_state = True
            except Exception:  # noqa: BLE001 — not installed, or its native library is missing
                _heif_state = False
        return _heif_state


def _fail(template: str, path: Path, **args: object) -> MediaError:
    return MediaError(template, file=path.name, **args)


class MediaLibrary:
    """The media folder and the image cache of one data folder."""

    def __init__(self, data_folder: Path):
        self.files_dir = Path(data_folder) / "media"
        self.cache_dir = Path(data_folder) / "cache" / "images"

    # ---- where things are

    def path_of(self, sha256: str, extension: str) -> Path:
        return self.files_dir / sha256[:2] / (sha256 + extension)

    def derived_path(self, sha256: str, max_px: int) -> Path:
        return self.cache_dir / sha256[:2] / f"{sha256}-{max_px}.jpg"

    # ---- adding

    def ingest(self, source: str | os.PathLike) -> Ingested:
        """Check ``source`` and copy it into the media folder (once per content); raise MediaError.

        A photo must decode completely; its thumbnail is made on the way, from the same
        decoding. The original file is only read.
        """
        path = Path(source)
        extension = path.suffix.lower()
        kind = "photo" if extension in PHOTO_EXTENSIONS else "file" if extension in DOCUMENT_EXTENSIONS else None
        if kind is None:
            raise _fail(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {file} » n'a pas été joint : ce type de fichier n'est pas pris en charge. "
                "Photos : JPEG, PNG, WebP, TIFF, HEIC ; documents : PDF, bureautique, texte, son, vidéo."), path)
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise IsADirectoryError(21, "is a directory", str(path))
        except OSError as exc:
            raise _fail(QT_TRANSLATE_NOOP("tl_desktop", "« {file} » n'a pas pu être lu : {reason}."), path,
                        reason=describe_os_error(exc)) from exc
        if size == 0:
            raise _fail(QT_TRANSLATE_NOOP("tl_desktop", "« {file} » est vide (0 octet) : il n'a pas été joint."), path)
        sha = _sha256(path)
        info: dict = {}
        thumbnail = None
        if kind == "photo":
            info, thumbnail = self._inspect_photo(path, sha)
            extension = info.pop("extension")
        target = self.path_of(sha, extension)
        try:
            if not target.exists() or target.stat().st_size != size:
                _copy_atomically(path, target)
            if thumbnail is not None:
                _save_jpeg(thumbnail, self.derived_path(sha, THUMBNAIL_PX), quality=82)
        except OSError as exc:
            raise _fail(QT_TRANSLATE_NOOP("tl_desktop", "« {file} » n'a pas pu être copié dans le dossier des "
                                          "données : {reason}."), path, reason=describe_os_error(exc)) from exc
        return Ingested(sha256=sha, kind=kind, filename=path.name, extension=extension, size=size, **info)

    def _inspect_photo(self, path: Path, sha: str) -> tuple[dict, Image.Image]:
        """Decode the photo entirely (at reduced scale); return its metadata and its thumbnail."""
        from PIL import Image, UnidentifiedImageError
        if path.suffix.lower() in HEIF_EXTENSIONS and not heif_available():
            raise _fail(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {file} » est une photo HEIC, que cet ordinateur ne sait pas lire (module "
                "pillow-heif absent). Exportez-la en JPEG depuis le téléphone, puis joignez-la."), path)
        heif_available()   # a .jpg may hold HEIF bytes: let Pillow recognise them
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(path) as image:
                    if image.format not in PHOTO_FORMATS:
                        raise _fail(QT_TRANSLATE_NOOP(
                            "tl_desktop", "« {file} » est une image au format {format}, qui n'est pas pris en "
                            "charge : enregistrez-la en JPEG ou en PNG."), path, format=image.format or "?")
                    width, height = image.size
                    exif = image.getexif()
                    image.draft("RGB", (THUMBNAIL_PX * 2, THUMBNAIL_PX * 2))
                    image.load()   # decodes everything: a truncated file fails here
                    thumbnail = _oriented_rgb(image, exif.get(0x0112), THUMBNAIL_PX)
                    extension = PHOTO_FORMATS[image.format]
        except MediaError:
            raise
        except Image.DecompressionBombError as exc:
            raise _fail(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {file} » est trop grande pour être ouverte sans risque (plus de {limit} "
                "millions de pixels) : elle n'a pas été jointe."), path,
                limit=int(2 * (Image.MAX_IMAGE_PIXELS or 0) / 1e6), details=str(exc)) from exc
        except UnidentifiedImageError as exc:
            raise _fail(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {file} » n'est pas une image lisible (le nom dit photo, le contenu non) : "
                "elle n'a pas été jointe."), path, details=str(exc)) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _fail(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {file} » est incomplète ou endommagée (fichier tronqué ?) : elle n'a pas été "
                "jointe."), path, details=str(exc)) from exc
        orientation = exif.get(0x0112)
        info = {"width": width, "height": height, "extension": extension,
                "orientation": orientation if orientation in range(1, 9) else None,
                "taken_at": _exif_date(exif)}
        info["latitude"], info["longitude"] = _exif_gps(exif)
        return info, thumbnail

    # ---- derived images

    def derived(self, sha256: str, extension: str, max_px: int, *, quality: int = 85) -> Path:
        """Return the cached JPEG of the photo fitting in ``max_px``², made if missing; raise MediaError."""
        target = self.derived_path(sha256, max_px)
        if target.exists():
            return target
        spare = _spare_path(target)
        if spare.exists():
            return spare
        from PIL import Image
        source = self.path_of(sha256, extension)
        heif_available()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(source) as image:
                    orientation = image.getexif().get(0x0112)
                    image.draft("RGB", (max_px, max_px))
                    small = _oriented_rgb(image, orientation, max_px)
        except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as exc:
            reason = describe_os_error(exc) if isinstance(exc, OSError) and exc.errno else str(exc)
            raise MediaError(QT_TRANSLATE_NOOP(
                "tl_desktop", "La photo {file} n'a pas pu être lue dans le dossier des données : {reason}."),
                file=source.name, reason=reason) from exc
        try:
            _save_jpeg(small, target, quality=quality)
        except OSError:
            # The data folder cannot take it (a write-protected key, a full disk): the image is
            # rebuildable, so the system's temporary folder keeps it instead, and the PDF or the
            # grid still shows the photo.
            try:
                _save_jpeg(small, spare, quality=quality)
            except OSError as exc:
                raise MediaError(QT_TRANSLATE_NOOP(
                    "tl_desktop", "La photo {file} n'a pas pu être préparée pour l'affichage : {reason}."),
                    file=source.name, reason=describe_os_error(exc)) from exc
            return spare
        return target

    def print_copy(self, sha256: str, extension: str, width_mm: float, height_mm: float) -> Path:
        """A JPEG for a PDF: sized for the box it is printed in, at about PRINT_DPI."""
        longest = max(width_mm, height_mm) / 25.4 * PRINT_DPI
        # Rounded up to a step, so a few layouts share their copies in the cache.
        return self.derived(sha256, extension, int(-(-longest // 100) * 100), quality=80)

    def readable_copy(self, sha256: str, extension: str, filename: str) -> Path:
        """A read-only copy under the original name, for the system's application to open.

        Never the media file itself: a spreadsheet saved over by the application would no
        longer match its SHA-256 name, and other visits may share it.
        """
        source = self.path_of(sha256, extension)
        name = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in filename).strip(" .") or "fichier"
        target = self.cache_dir.parent / "ouverts" / sha256[:16] / name
        try:
            if not target.exists():
                _copy_atomically(source, target)
                target.chmod(0o444)
        except OSError as exc:
            raise MediaError(QT_TRANSLATE_NOOP("tl_desktop", "« {file} » n'a pas pu être ouvert : {reason}."),
                             file=filename, reason=describe_os_error(exc)) from exc
        return target

    # ---- housekeeping

    def stored_files(self) -> Iterable[Path]:
        if not self.files_dir.is_dir():
            return []
        return (p for p in self.files_dir.glob("??/*") if p.is_file())

    def unreferenced(self, referenced: set[str], *, grace_s: float = REPAIR_GRACE_S) -> list[Path]:
        """Files of the media folder that no record names (and older than ``grace_s``)."""
        limit = time.time() - grace_s
        found = []
        for path in self.stored_files():
            sha = path.name.split(".", 1)[0]
            if sha in referenced:
                continue
            try:
                if path.stat().st_mtime <= limit:
                    found.append(path)
            except OSError:
                continue
        return found

    def remove_unreferenced(self, referenced: set[str], *, grace_s: float = REPAIR_GRACE_S) -> tuple[int, int]:
        """Delete unreferenced files and their derived images; return (files, bytes) freed."""
        count = freed = 0
        for path in self.unreferenced(referenced, grace_s=grace_s):
            sha = path.name.split(".", 1)[0]
            try:
                size = path.stat().st_size
                path.unlink()
            except OSError:
                continue
            count, freed = count + 1, freed + size
            for derived in (self.cache_dir / sha[:2]).glob(f"{sha}-*.jpg") if len(sha) == 64 else []:
                derived.unlink(missing_ok=True)
        return count, freed


# -------------------------------------------------------------------- helpers


def _spare_path(target: Path) -> Path:
    """Where a derived image goes when the data folder cannot be written: the system's temporary folder."""
    return Path(tempfile.gettempdir()) / "tl-desktop-images" / target.parent.name / target.name


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(HASH_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise _fail(QT_TRANSLATE_NOOP("tl_desktop", "« {file} » n'a pas pu être lu : {reason}."), path,
                    reason=describe_os_error(exc)) from exc
    return digest.hexdigest()


def _copy_atomically(source: Path, target: Path) -> None:
    """Copy to a temporary name beside ``target``, then rename: never a half-written media file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, open(source, "rb") as stream:
            shutil.copyfileobj(stream, out, HASH_CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _oriented_rgb(image: Image.Image, orientation: object, max_px: int) -> Image.Image:
    """A new image: ``image`` turned as the camera meant (EXIF orientation), RGB, fitting in ``max_px``²."""
    from PIL import Image
    if image.mode in ("RGBA", "LA", "PA", "P"):
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, "white")
        image.paste(rgba, mask=rgba.getchannel("A"))   # transparency on white paper
    elif image.mode != "RGB":
        image = image.convert("RGB")
    scale = min(1.0, max_px / max(image.size))
    size = (max(1, round(image.size[0] * scale)), max(1, round(image.size[1] * scale)))
    image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)   # always a copy
    method = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
              4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270,
              7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90}.get(orientation)  # as ImageOps.exif_transpose
    return image.transpose(method) if method is not None else image


def _save_jpeg(image: Image.Image, target: Path, *, quality: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".part-", suffix=".jpg", dir=target.parent)
    os.close(handle)
    try:
        image.save(temporary, "JPEG", quality=quality, optimize=True, progressive=False)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _exif_date(exif: Image.Exif) -> str | None:
    """DateTimeOriginal (else DateTime) as "YYYY-MM-DDTHH:MM:SS"; None when absent or nonsense."""
    raw = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
    if not isinstance(raw, str):
        return None
    raw = raw.strip().rstrip("\x00")
    try:
        date, clock = raw.split(" ", 1)
        year, month, day = (int(p) for p in date.split(":"))
        hours, minutes, seconds = (int(float(p)) for p in clock.split(":")[:3])
    except ValueError:
        return None
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31 and hours < 24 and minutes < 60):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}T{hours:02d}:{minutes:02d}:{min(seconds, 59):02d}"


def _exif_gps(exif: Image.Exif) -> tuple[float | None, float | None]:
    """Decimal degrees from the GPS IFD; (None, None) when absent, out of range or at 0, 0."""
    gps = exif.get_ifd(0x8825)
    try:
        lat = _degrees(gps[2]) * (-1 if str(gps.get(1, "N")).upper().startswith("S") else 1)
        lon = _degrees(gps[4]) * (-1 if str(gps.get(3, "E")).upper().startswith("W") else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (abs(lat) < 1e-6 and abs(lon) < 1e-6):
        return None, None
    return round(lat, 7), round(lon, 7)


def _degrees(value) -> float:
    parts = [float(v) for v in value]
    degrees, minutes, seconds = (parts + [0.0, 0.0])[:3]
    return degrees + minutes / 60 + seconds / 3600
