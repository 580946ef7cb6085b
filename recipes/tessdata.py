"""Where Tesseract's language data are: `$TESSDATA_PREFIX`, then the folders the distributions
use. A missing language is said with the package that brings it on this system."""

from __future__ import annotations

import os
from pathlib import Path

from recipes.errors import OcrDataMissing

LANGUAGES = "dan+eng"
# After $TESSDATA_PREFIX: Debian and Ubuntu (a folder per major version: 4.00, 5), older Ubuntu,
# Fedora, Arch and openSUSE, a local build.
TESSDATA_FOLDERS = ("usr/share/tesseract-ocr/*/tessdata", "usr/share/tesseract-ocr/tessdata",
                    "usr/share/tesseract/tessdata", "usr/share/tessdata",
                    "usr/local/share/tessdata")


def tessdata_candidates(environ=None, root: str | Path = "/") -> list[Path]:
    """Folders that may hold Tesseract's `*.traineddata`, most specific first."""
    environ = os.environ if environ is None else environ
    out: list[Path] = []
    prefix = environ.get("TESSDATA_PREFIX")
    if prefix:  # Tesseract 4+ means the folder itself; 3.x meant its parent
        out += [Path(prefix), Path(prefix) / "tessdata"]
    from recipes.desktop import platform

    out += platform.tessdata_candidates()  # e.g. next to the program in the Windows build
    root = Path(root)
    for pattern in TESSDATA_FOLDERS:
        # The newest version first (5 before 4.00).
        out += sorted(root.glob(pattern), key=lambda p: _version_key(p.parent.name), reverse=True)
    return [p for p in out if p.is_dir()]


def _version_key(name: str) -> tuple:
    return tuple(int(part) if part.isdigit() else -1 for part in name.split("."))


def _fedora(root: str | Path = "/") -> bool:
    return any((Path(root) / "etc" / name).exists() for name in ("fedora-release", "redhat-release"))


def language_package(lang: str, root: str | Path = "/") -> str:
    """The package that brings a language's data on this system (Fedora's or Debian's name)."""
    return f"tesseract-langpack-{lang}" if _fedora(root) else f"tesseract-ocr-{lang}"


def find_tessdata(languages: str = LANGUAGES, environ=None, root: str | Path = "/") -> str:
    """The folder with the data of every language in `languages` ("dan+eng"). Raises
    OcrDataMissing that names the missing languages and the packages that bring them."""
    wanted = languages.split("+")
    folders = tessdata_candidates(environ, root)
    for folder in folders:
        if all((folder / f"{lang}.traineddata").exists() for lang in wanted):
            return str(folder)
    best = max(folders, default=None,
               key=lambda f: sum((f / f"{lang}.traineddata").exists() for lang in wanted))
    return _missing(best, wanted, root)


def _missing(folder: Path | None, wanted: list[str], root: str | Path = "/"):
    have = [] if folder is None else [
        lang for lang in wanted if (Path(folder) / f"{lang}.traineddata").exists()]
    missing = [lang for lang in wanted if lang not in have]
    packages = " ".join(language_package(lang, root) for lang in missing)
    names = {"dan": "Danish", "eng": "English"}
    said = ", ".join(f"{names.get(lang, lang)} ({lang})" for lang in missing)
    where = f"in {folder}" if folder is not None else \
        "(no tessdata folder was found; set TESSDATA_PREFIX if it is somewhere else)"
    raise OcrDataMissing(
        f"Tesseract's language data for {said} is missing {where}.",
        f"install the package: `sudo {'dnf' if _fedora(root) else 'apt-get'} install {packages}`",
        languages=missing, folder=str(folder) if folder is not None else None, package=packages)


def check_languages(path: str, languages: str) -> None:
    wanted = languages.split("+")
    if not all((Path(path) / f"{lang}.traineddata").exists() for lang in wanted):
        _missing(Path(path), wanted)
