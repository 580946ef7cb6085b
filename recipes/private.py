"""Files that may show personal data are readable by their owner only.

Run history, failure screenshots and everything a recording writes may show a citizen's CPR
number or name: their folders are 0700 and their files 0600, whatever the umask. On Windows the
user's profile (where the history and settings live) is already closed to other users by its
access control list, and POSIX modes mean nothing there: nothing is changed.
"""

from __future__ import annotations

import os
from pathlib import Path


def private_folder(path: Path) -> Path:
    """Make a folder (created where missing) readable by its owner only (0700): run history,
    failure screenshots and recordings may show personal data."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not hasattr(os, "getuid"):  # Windows: the profile's access list keeps it private
        return path
    try:
        if path.stat().st_uid == os.getuid():
            os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def private_file(path: Path) -> Path:
    """Make an existing file readable and writable by its owner only (0600)."""
    if not hasattr(os, "getuid"):  # Windows: chmod would only set the read-only flag
        return path
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    return path
