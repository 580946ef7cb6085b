"""The looks of the corpus: how each toolkit's program is built, started at a scale and asked
where its texts are.

Every look is a `Look` whose `start(env, scale, spec, build_dir)` starts the program on the X
display in `env`, waits until it has reported its boxes (one JSON line on its stdout, see
`looks/*`), and returns the running process with the report. A report is

  {"toolkit": "...", "window": [x, y, w, h], "entries": [
      {"text", "kind", "style", "text_box": [x, y, w, h], "ink": [x, y, w, h] | null,
       "ink_from": "toolkit" | null, "font"}]}

in screen pixels. A look that cannot report an ink box leaves it null; `make.py` then takes the
ink inside the toolkit's text box from the screenshot (see `truth.py`).

Win32 under Wine (`win32`) runs win32_look.c (built with x86_64-w64-mingw32-gcc) under
`/usr/lib/wine/wine64` in a prefix made once in `build()`; the program writes its report (its
controls' rectangles and DrawText(DT_CALCRECT) boxes in their DCs) to a file instead of stdout.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
VENV_PYTHON = sys.executable
SYSTEM_PYTHON = "/usr/bin/python3"   # Debian's, which has python3-gi (GTK) and python3-tk
WINDOW_AT = (60, 50)                 # where every program asks its window to be


class LookFailed(RuntimeError):
    pass


@dataclass
class Look:
    name: str
    scales: tuple[float, ...]
    start: Callable            # (env, scale, spec, build_dir) -> (Popen | list[Popen], report)
    build: Callable | None = None     # (build_dir) -> None, once before the first start
    needs: tuple[str, ...] = field(default_factory=tuple)   # programs that must be on PATH
    scaling: str = ""          # how a scale is given to the program, for truth.json

    def missing(self) -> list[str]:
        return [n for n in self.needs if shutil.which(n) is None and not Path(n).exists()]


def read_report(proc: subprocess.Popen, timeout: float = 30.0) -> dict:
    """The first JSON object line the program prints; its other output is ignored."""
    deadline = time.monotonic() + timeout
    buf = b""
    fd = proc.stdout.fileno()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                if line.startswith(b"{"):
                    return json.loads(line.decode("utf-8"))
        elif proc.poll() is not None:
            break
    err = proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
    proc.kill()
    raise LookFailed(f"{proc.args[:3]} reported nothing (exit {proc.poll()}): {err}")


def spawn(argv: list[str], env: dict, cwd: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _scaled_env(env: dict, **extra) -> dict:
    out = dict(env)
    out.update({k: str(v) for k, v in extra.items()})
    return out


# --- Qt ------------------------------------------------------------------------------------------

def start_qt(env, scale, spec, build):
    e = _scaled_env(env, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="xcb")
    e.pop("QT_SCREEN_SCALE_FACTORS", None)
    proc = spawn([VENV_PYTHON, str(HERE / "qt_look.py"), str(spec), *map(str, WINDOW_AT)], e)
    return proc, read_report(proc)


LOOKS: dict[str, Look] = {
    "qt": Look("qt", (1.0, 1.25, 1.5, 2.0), start_qt,
               scaling="QT_SCALE_FACTOR (widgets, fonts and paddings)"),
}


# --- Tk ------------------------------------------------------------------------------------------

def start_tk(env, scale, spec, build):
    proc = spawn([SYSTEM_PYTHON, str(HERE / "tk_look.py"), str(spec), *map(str, WINDOW_AT),
                  str(scale)], env)
    return proc, read_report(proc)


LOOKS["tk"] = Look("tk", (1.0, 1.25, 1.5, 2.0), start_tk, needs=(SYSTEM_PYTHON,),
                   scaling="tk scaling (fonts in points; paddings the program scales itself)")


# --- GTK 3 ---------------------------------------------------------------------------------------

def start_gtk(env, scale, spec, build):
    e = dict(env)
    e.pop("GDK_SCALE", None)
    e.pop("GDK_DPI_SCALE", None)
    if scale == 2.0:
        e["GDK_SCALE"] = "2"
    elif scale != 1.0:
        e["GDK_DPI_SCALE"] = str(scale)     # GTK 3 scales windows by whole numbers only
    e["GTK_THEME"] = "Adwaita"
    e["NO_AT_BRIDGE"] = "1"
    proc = spawn([SYSTEM_PYTHON, str(HERE / "gtk_look.py"), str(spec), *map(str, WINDOW_AT)], e)
    return proc, read_report(proc)


LOOKS["gtk"] = Look("gtk", (1.0, 1.25, 1.5, 2.0), start_gtk, needs=(SYSTEM_PYTHON,),
                    scaling="GDK_SCALE=2 at 200 %, GDK_DPI_SCALE (text only) at 125 and 150 %")


# --- Java Swing ----------------------------------------------------------------------------------

JAVA = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"
JAVAC = "/usr/lib/jvm/java-17-openjdk-amd64/bin/javac"


def build_swing(build: Path) -> None:
    if not (build / "SwingLook.class").exists():
        subprocess.run([JAVAC, "-encoding", "UTF-8", "-d", str(build), str(HERE / "SwingLook.java")],
                       check=True)


def start_swing(laf: str):
    def start(env, scale, spec, build):
        e = dict(env)
        e.pop("GDK_SCALE", None)
        e.pop("_JAVA_OPTIONS", None)
        # JDK 17 on X11 scales by whole numbers only: 125 and 150 % are larger UI fonts.
        ui, fonts = (scale, 1.0) if scale == int(scale) else (1.0, scale)
        proc = spawn([JAVA, f"-Dsun.java2d.uiScale={ui:g}", "-Djava.awt.headless=false",
                      "-Dfile.encoding=UTF-8", "-cp", str(build),
                      "SwingLook", str(spec), *map(str, WINDOW_AT), laf, str(fonts)], e)
        return proc, read_report(proc, timeout=60)
    return start


for _laf in ("metal", "nimbus"):
    LOOKS[f"swing_{_laf}"] = Look(f"swing_{_laf}", (1.0, 1.25, 1.5, 2.0), start_swing(_laf),
                                  build=build_swing, needs=(JAVA, JAVAC),
                                  scaling="-Dsun.java2d.uiScale=2 at 200 %; larger UI fonts at 125 "
                                          "and 150 % (JDK 17 on X11 scales by whole numbers)")


# --- Xaw -----------------------------------------------------------------------------------------

def build_xaw(build: Path) -> None:
    out = build / "xaw_look"
    src = HERE / "xaw_look.c"
    if not out.exists() or out.stat().st_mtime < src.stat().st_mtime:
        subprocess.run(["gcc", "-O1", "-Wall", "-o", str(out), str(src), "-lXaw", "-lXmu", "-lXt",
                        "-lX11"], check=True)


def start_xaw(env, scale, spec, build):
    proc = spawn([str(build / "xaw_look"), str(spec), *map(str, WINDOW_AT), str(scale)], env)
    return proc, read_report(proc)


LOOKS["xaw"] = Look("xaw", (1.0, 1.25, 1.5, 2.0), start_xaw, build=build_xaw, needs=("gcc",),
                    scaling="Xaw does not scale: scalable core fonts (Helvetica) at 12 x scale px, "
                            "distances x scale")


# --- xterm ---------------------------------------------------------------------------------------

def start_xterm(env, scale, spec, build):
    from . import xterm_look

    content = [line.split("\t") for line in Path(spec).read_text(encoding="utf-8").splitlines()]
    return xterm_look.start(env, scale, content, build)


LOOKS["xterm"] = Look("xterm", (1.0, 1.25, 1.5, 2.0), start_xterm, needs=("xterm",),
                      scaling="a larger bitmap font: 6x13, 8x16, 9x18, 12x24")


# --- Win32 under Wine ----------------------------------------------------------------------------

WINE64 = "/usr/lib/wine/wine64"
WINESERVER = "/usr/lib/wine/wineserver64"
MINGW = "x86_64-w64-mingw32-gcc"


def _wine_env(build: Path, env: dict | None = None) -> dict:
    e = dict(env if env is not None else os.environ)
    e.update(WINEPREFIX=str(build / "wineprefix"), WINEDEBUG="-all",
             WINEDLLOVERRIDES="mscoree,mshtml=")
    return e


def _winpath(path: Path | str) -> str:
    return "Z:" + str(path).replace("/", "\\")


def build_win32(build: Path) -> None:
    """The program (MinGW, as scripts/build_windows.py builds Sagsform) and a fresh Wine prefix,
    made once (wineboot -i, about 7 s) without a display."""
    out = build / "win32_look.exe"
    src = HERE / "win32_look.c"
    if not out.exists() or out.stat().st_mtime < src.stat().st_mtime:
        subprocess.run([MINGW, "-municode", "-mwindows", "-O1", "-Wall", "-o", str(out), str(src)],
                       check=True)
    if not (build / "wineprefix" / "system.reg").exists():
        e = _wine_env(build)
        e.pop("DISPLAY", None)
        subprocess.run([WINE64, "wineboot", "-i"], env=e, check=True, capture_output=True,
                       timeout=180)
        subprocess.run([WINE64, "reg", "add", r"HKCU\Software\Wine\WineDbg", "/v",
                        "ShowCrashDialog", "/t", "REG_DWORD", "/d", "0", "/f"], env=e,
                       capture_output=True, timeout=60)
        subprocess.run([WINESERVER, "-w"], env=e, timeout=60)


def start_win32(env, scale, spec, build):
    e = _wine_env(build, env)
    # Windows' display scale as Wine keeps it (LogPixels, 96 = 100 %), read when a program starts.
    for key in (r"HKCU\Control Panel\Desktop", r"HKCC\Software\Fonts"):
        subprocess.run([WINE64, "reg", "add", key, "/v", "LogPixels", "/t", "REG_DWORD", "/d",
                        str(round(96 * scale)), "/f"], env=e, capture_output=True, timeout=60)
    report = build / f"win32_report_{round(scale * 100)}.json"
    report.unlink(missing_ok=True)
    proc = subprocess.Popen([WINE64, str(build / "win32_look.exe"), _winpath(spec),
                             *map(str, WINDOW_AT), _winpath(report)], env=e,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if report.exists():
            return proc, json.loads(report.read_text(encoding="utf-8"))
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    raise LookFailed(f"win32_look reported nothing (exit {proc.poll()})")


LOOKS["win32"] = Look("win32", (1.0, 1.25, 1.5, 2.0), start_win32, build=build_win32,
                      needs=(WINE64, MINGW),
                      scaling="Windows' display scale: LogPixels (HKCU\\Control Panel\\Desktop, "
                              "HKCC\\Software\\Fonts) 96 x scale; the program is DPI aware")
