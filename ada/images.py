"""Uploaded photos: checked with Pillow, re-encoded, stored under a random name.

Only JPEG, PNG and WebP are accepted, up to MAX_BYTES and MAX_PIXELS. The file
is decoded and written again, so what we serve is an image Pillow produced
(no embedded scripts, no polyglots) and EXIF data (GPS location!) is dropped.
SVG and HTML never get in: Pillow does not decode them.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from noaber.errors import ValidatieFout

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 2000  # larger photos are scaled down: phones upload 12 MP pictures
FORMATS = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
}
CONTENT_TYPES = {ct for _ext, ct in FORMATS.values()}
SUBDIR = "ada"


@dataclass(frozen=True)
class OpgeslagenFoto:
    bestand: str
    content_type: str
    breedte: int
    hoogte: int


def _fout(message) -> ValidatieFout:
    return ValidatieFout(message, field="foto")


def image_check(upload) -> tuple[Image.Image, str]:
    """Decode the upload or raise ValidatieFout; returns the image and its format."""
    if upload.size > MAX_BYTES:
        raise _fout(_("De foto is te groot: maximaal 5 MB."))
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            fmt = probe.format
            if fmt not in FORMATS:
                raise _fout(_("Alleen foto's als JPEG, PNG of WebP zijn toegestaan."))
            if probe.width * probe.height > MAX_PIXELS:
                raise _fout(_("De foto heeft te veel pixels."))
            probe.verify()
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise _fout(_("Dit bestand is geen foto die we kunnen lezen.")) from exc
    return image, fmt


def image_store(upload) -> OpgeslagenFoto:
    image, fmt = image_check(upload)
    image = ImageOps.exif_transpose(image)
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    ext, content_type = FORMATS[fmt]
    name = f"{SUBDIR}/{secrets.token_hex(16)}.{ext}"
    path = Path(settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    image.save(out, format=fmt)  # no exif= argument: metadata is not copied
    path.write_bytes(out.getvalue())
    return OpgeslagenFoto(name, content_type, image.width, image.height)


def image_path(bestand: str) -> Path:
    root = (Path(settings.MEDIA_ROOT) / SUBDIR).resolve()
    path = (Path(settings.MEDIA_ROOT) / bestand).resolve()
    if root not in path.parents:
        raise ValueError("foto buiten de map van de ADA-toolbox")
    return path
