"""Files that may show personal data are readable by their owner only.

Run history, failure screenshots and everything a recording writes may show a citizen's CPR
number or name: their folders are 0700 and their files 0600, whatever the umask.
"""

from __future__ import annotations

import os
from pathlib import Path


def private_folder(path: Path) -> Path:
    """Make a folder (created where missing) readable by its owner only (0700): run history,
    failure screenshots and recordings may show personal data."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        if path.stat().st_uid == os.getuid():
            os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def private_file(path: Path) -> Path:
    """Make an existing file readable and writable by its owner only (0600)."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return path
