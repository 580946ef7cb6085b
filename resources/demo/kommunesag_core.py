"""The non-visual half of the KommuneSag demo: citizen register, validation, the case store and
the single-instance guard. Standard library only (see legacy_app.py for the program itself).

Everything here is fictitious: the names, CPR numbers and addresses belong to nobody.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import socket
import tempfile
import threading
from datetime import datetime
from pathlib import Path

DEMO_USER = "sagsbeh"
DEFAULT_PASSWORD = "Sommer2024!"

# CPR -> (name, address). Fictitious people; Danish letters on purpose.
REGISTER: dict[str, tuple[str, str]] = {
    "120375-1234": ("Søren Ærø Ågesen", "Æblehaven 3, 2630 Taastrup"),
    "240188-2468": ("Åse Møller Kjær", "Bøgevej 17, 2640 Hedehusene"),
    "050762-3579": ("Jørgen Østergård", "Søndergade 41, 2630 Taastrup"),
    "311299-1122": ("Birthe Lærke Nørgaard", "Fuglsøvej 8, 2640 Hedehusene"),
    "170505-4455": ("Mads Bøgh Sørensen", "Rådhusstræde 2, 2630 Taastrup"),
    "010170-9988": ("Ærtebjørg Løvenhøj", "Kærlodden 12, 2630 Taastrup"),
}

CASE_TYPES = (
    "Enkeltydelse",
    "Boligstøtte",
    "Sygedagpenge",
    "Lønrefusion",
    "Særlig støtte",
    "Tandbehandling",
)

_CPR = re.compile(r"^(\d{6})-?(\d{4})$")
_AMOUNT = re.compile(r"^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$")


def password() -> str:
    """The accepted password: DEMO_PASSWORD from the environment, else the documented default."""
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD


def normalize_cpr(text: str) -> str | None:
    """'1203751234' or '120375-1234' -> '120375-1234'; None where it is not DDMMYY-XXXX."""
    m = _CPR.match(text.strip().replace(" ", ""))
    if not m:
        return None
    day, month = int(m.group(1)[:2]), int(m.group(1)[2:4])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{m.group(1)}-{m.group(2)}"


def find_citizen(cpr: str) -> tuple[str, str] | None:
    return REGISTER.get(cpr)


def normalize_case_type(text: str) -> str | None:
    """The case type as listed, matched without regard to case; None if unknown."""
    t = " ".join(text.split()).casefold()
    return next((c for c in CASE_TYPES if c.casefold() == t), None)


def parse_amount(text: str) -> str | None:
    """A Danish amount ('1.250,50', '1250,5', '1250') as a plain decimal string '1250.50'."""
    t = text.strip().removesuffix("kr.").removesuffix("kr").strip()
    if not t or not _AMOUNT.match(t):
        return None
    whole, _, frac = t.replace(".", "").partition(",")
    return f"{int(whole)}.{(frac or '0').ljust(2, '0')}"


def format_amount(decimal: str) -> str:
    """'1250.50' -> '1.250,50'."""
    whole, _, frac = decimal.partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"{groups},{frac}"


def default_store() -> Path:
    home = os.environ.get("WORKBENCH_HOME")
    base = Path(home) / "demo" if home else Path(tempfile.gettempdir()) / "kommunesag-demo"
    return base / "saved_cases.jsonl"


class CaseStore:
    """Saved cases, one JSON object a line, appended and flushed to disk at once."""

    FIRST_NUMBER = 17

    def __init__(self, path: Path):
        self.path = Path(path)

    def records(self) -> list[dict]:
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue
        return out

    def next_case_number(self) -> str:
        year = datetime.now().year
        return f"{year}-{self.FIRST_NUMBER + len(self.records()):05d}"

    def save(self, cpr: str, name: str, user: str, fields: dict) -> dict:
        record = {
            "case_number": self.next_case_number(),
            "cpr": cpr,
            "name": name,
            "user": user,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "fields": fields,
        }
        # The cases hold (fictitious) CPR numbers: owner-only, as the workbench's own files.
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with open(fd, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        return record


class SingleInstance:
    """One running program per store file and display.

    The first instance listens on a Unix socket; a second start with the same store on the same
    display asks the first to come to the front and then exits, so that a recipe's `launch` step
    may run once per data row without stacking up copies of the program.
    """

    def __init__(self, store: Path, display: str | None):
        key = f"{Path(store).resolve()}|{display or ''}".encode()
        digest = hashlib.sha1(key).hexdigest()[:16]
        self.path = Path(tempfile.gettempdir()) / f"kommunesag-{os.getuid()}-{digest}.sock"
        self.requests: queue.Queue[str] = queue.Queue()
        self._server: socket.socket | None = None

    def notify_running(self) -> bool:
        """True where another instance answered (and was asked to come to the front)."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(2)
                s.connect(str(self.path))
                s.sendall(b"raise\n")
                return s.recv(16).startswith(b"ok")
        except OSError:
            return False

    def listen(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(self.path))
        self._server.listen(4)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        assert self._server is not None
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                try:
                    conn.settimeout(2)
                    if conn.recv(16).startswith(b"raise"):
                        self.requests.put("raise")
                        conn.sendall(b"ok\n")
                except OSError:
                    pass

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
