"""A private, real Secret Service (D-Bus session bus + gnome-keyring) for tests and the demo.

`private_keyring()` starts a session bus of its own and `gnome-keyring-daemon` on it, unlocked
with a known password, with its keyring files in a temporary folder, and points this process's
`DBUS_SESSION_BUS_ADDRESS` at it until the block ends. Nothing of the user's own keyring is
touched. Needs Debian's `dbus` (dbus-daemon) and `gnome-keyring` packages.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from recipes.errors import EnvironmentMissing


DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"

# A session bus without service activation. With Debian's session.conf, the first call to
# org.freedesktop.secrets while our daemon is still starting lets the bus start a second,
# locked gnome-keyring from /usr/share/dbus-1/services; whichever wins the name, ours quits
# ("another secret service is running") or the keyring stays locked.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass
class KeyringSession:
    address: str  # the DBUS_SESSION_BUS_ADDRESS of the private bus
    folder: Path  # where the keyring files live while the session runs

    def env(self) -> dict[str, str]:
        """Environment for child processes that should use this keyring."""
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}


@contextmanager
def private_keyring(password: str = "workbench", timeout: float = 10.0) -> Iterator[KeyringSession]:
    """Run a private gnome-keyring on a private session bus for the duration of the block.

    The password must not be empty: with an empty one gnome-keyring creates no login keyring,
    and the first write would ask for a new keyring in a dialog that nobody can answer.
    """
    if not password:
        raise ValueError("private_keyring() needs a non-empty password")
    for program, package in (("dbus-daemon", "dbus"), ("gnome-keyring-daemon", "gnome-keyring")):
        if shutil.which(program) is None:
            raise EnvironmentMissing(f"{program} is not installed.", f"apt-get install {package}")
    folder = Path(tempfile.mkdtemp(prefix="wb-keyring-"))
    runtime = folder / "run"
    runtime.mkdir(mode=0o700)
    daemon_env = {**os.environ, "XDG_DATA_HOME": str(folder / "data"),
                  "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder)}
    procs: list[subprocess.Popen] = []
    old = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    try:
        config = folder / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=runtime / "bus"), encoding="utf-8")
        bus = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
             "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=daemon_env,
            start_new_session=True, text=True)
        procs.append(bus)
        address = bus.stdout.readline().strip()
        if not address:
            raise EnvironmentMissing("the private D-Bus session bus did not start.",
                                     "check that `dbus-daemon --session --print-address` runs")
        daemon_env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=daemon_env, start_new_session=True)
        procs.append(keyring)
        keyring.stdin.write(password.encode())
        keyring.stdin.close()  # end of input: the daemon unlocks the login keyring with it
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        _wait_for_secret_service(keyring, timeout)
        yield KeyringSession(address=address, folder=folder)
    finally:
        if old is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = old
        for proc in reversed(procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                    proc.wait(timeout=5)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    proc.kill()
            if proc.stdout:
                proc.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_for_secret_service(keyring: subprocess.Popen, timeout: float) -> None:
    """Until the daemon owns org.freedesktop.secrets and its default collection is unlocked."""
    import secretstorage

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if keyring.poll() is not None:
            break
        try:
            conn = secretstorage.dbus_init()
            try:
                if secretstorage.check_service_availability(conn):
                    # Not get_default_collection(): while the login keyring is still being made
                    # it would ask to create one, with a prompt nobody can answer.
                    collection = secretstorage.Collection(conn, DEFAULT_COLLECTION)
                    if not collection.is_locked():
                        return
            finally:
                conn.close()
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(0.05)
    raise EnvironmentMissing(
        f"gnome-keyring-daemon did not offer an unlocked keyring ({last or 'no answer'}).",
        "check that `dbus-run-session -- gnome-keyring-daemon --unlock --components=secrets` runs")
