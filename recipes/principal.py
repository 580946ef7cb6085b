"""Who is working: one rule for the whole program. The principal is `WORKBENCH_USER` where it is
set (a shared login, a test with two people on one machine), else the operating system's login
name."""

from __future__ import annotations

import getpass
import os


def principal() -> str:
    name = os.environ.get("WORKBENCH_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name known (a service account without one)
        return "unknown"
