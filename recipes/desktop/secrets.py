"""Credentials from the OS keyring: the Secret Service API (GNOME Keyring, KWallet 6, ...) on Linux,
the Credential Manager on Windows (`recipes.desktop.platform` chooses).

The backend is chosen explicitly. `keyring`'s automatic choice is unsafe here: headless it falls
back to a backend that refuses everything, and once `keyrings.cryptfile` is installed that one
wins and asks for a password on the terminal, which hangs a scheduled run. Each credential is
stored under the service "opskrift-workbench:<credential name>", so the workbench's entries are
easy to find (and to delete) in Seahorse or `secret-tool`.
"""

from __future__ import annotations

from recipes.errors import EnvironmentMissing, KeyringUnavailable

SERVICE_PREFIX = "opskrift-workbench:"
# How long the keyring may take to answer before a run says so (a locked keyring asks for its
# password in a dialog, which takes a person some seconds).
KEYRING_WAIT = 30.0
# Stored as the user name of a credential that has none (keyring deprecates empty user names).
NO_USERNAME = "(none)"
# What each operation does to a credential, in the messages below.
_DOING = {"read": "read", "write": "stored", "delete": "deleted"}

_HOW_TO = ("log in to a desktop session with a keyring (GNOME Keyring or KWallet), or on a server "
           "run under `dbus-run-session` with `gnome-keyring-daemon --unlock --components=secrets` "
           "(packages: gnome-keyring dbus)")


class KeyringSecrets:
    """`ports.Secrets` on the Secret Service. `collection` is a D-Bus collection path, e.g.
    "/org/freedesktop/secrets/collection/login"; default: the keyring's default collection."""

    def __init__(self, prefix: str = SERVICE_PREFIX, collection: str | None = None,
                 wait: float = KEYRING_WAIT):
        self.prefix = prefix
        self.collection = collection
        self.wait = wait
        # The run's abort watch (`ports.AbortWatch`), where a run sets one: Stop, the abort
        # hotkey or closing the workbench end a wait for the keyring at once, not after `wait`.
        self.abort = None
        self._backend = None

    def _answer(self, service: str, call, operation: str = "read"):
        """The keyring's answer, or `KeyringUnavailable` once it has not answered within `wait`
        seconds: a locked keyring waits for its password in a dialog that a robot's session
        (headless, remote) may never show, and a run must not hang on it without a word."""
        import threading
        import time

        result: list = []

        def ask():
            try:
                result.append((True, call()))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                result.append((False, exc))

        worker = threading.Thread(target=ask, name="keyring", daemon=True)
        worker.start()
        deadline = time.monotonic() + self.wait
        while worker.is_alive() and time.monotonic() < deadline:
            worker.join(min(0.1, max(0.0, deadline - time.monotonic())))
            if self.abort is not None and not result:
                self.abort.check()  # raises UserAbort: the run stops, the wait with it
        if not result:
            raise KeyringUnavailable(
                f"the keyring did not answer within {self.wait:g} s when asked for the credential "
                f"'{service}': it is probably locked and waiting for its password in a dialog "
                "that cannot be shown here.",
                "unlock the keyring (log in to the desktop session, or open Seahorse and unlock "
                "'Login'), then run again", credential=service, locked=True, operation=operation)
        ok, value = result[0]
        if not ok:
            raise value
        return value

    def service_name(self, credential: str) -> str:
        return self.prefix + credential

    def get(self, service: str, username: str | None) -> tuple[str | None, str | None]:
        """(username, password) stored for the credential, or (None, None)."""
        backend = self._keyring(service)
        with _plain_errors(service):
            if username:
                password = self._answer(service, lambda: backend.get_password(
                    self.service_name(service), username))
                return (username, password) if password is not None else (None, None)
            found = self._answer(service, lambda: backend.get_credential(
                self.service_name(service), None))
        if found is None:
            return None, None
        user = found.username if found.username not in ("", NO_USERNAME) else None
        return user, found.password

    def set(self, service: str, username: str | None, password: str) -> None:
        """Store the credential, replacing what was stored under its name: one name holds one
        account. Whatever was there is deleted first, whoever its user was, so no old password
        stays behind (Windows' Credential Manager backend of `keyring` would otherwise keep the
        old one under "user@name", and the Secret Service would keep a second item when the user
        name changed)."""
        backend = self._keyring(service, "write")
        name = self.service_name(service)
        user = username or NO_USERNAME
        with _plain_errors(service, "write"):
            self._answer(service, lambda: self._clear(backend, name, user), "write")
            self._answer(service, lambda: backend.set_password(name, user, password), "write")

    @staticmethod
    def _clear(backend, name: str, user: str) -> None:
        from keyring.errors import PasswordDeleteError

        for _ in range(20):  # each pass deletes one stored account; a keyring holds few
            found = backend.get_credential(name, None)
            if found is None:
                break
            try:
                backend.delete_password(name, found.username)
            except PasswordDeleteError:
                break
        try:
            backend.delete_password(name, user)  # a copy kept under the new user's own name
        except PasswordDeleteError:
            pass

    def delete(self, service: str, username: str | None) -> bool:
        """Remove a stored credential; False when there was none."""
        from keyring.errors import PasswordDeleteError

        backend = self._keyring(service, "delete")
        try:
            with _plain_errors(service, "delete"):
                backend.delete_password(self.service_name(service), username or NO_USERNAME)
        except PasswordDeleteError:
            return False
        return True

    def _keyring(self, service: str | None = None, operation: str = "read"):
        if self._backend is None:
            from recipes.desktop import platform

            try:
                Keyring = platform.keyring_backend()
            except ImportError as exc:
                raise EnvironmentMissing("the Python packages keyring/SecretStorage are missing.",
                                         "pip install keyring SecretStorage") from exc
            try:
                Keyring.priority  # noqa: B018 - raises with the reason when no service answers
            except Exception as exc:
                raise KeyringUnavailable(f"no keyring is reachable: {exc}", _HOW_TO,
                                         credential=service, operation=operation) from exc
            backend = Keyring()
            if self.collection:
                backend.preferred_collection = self.collection
            self._backend = backend
        return self._backend


class _plain_errors:
    """Turn keyring / D-Bus failures into KeyringUnavailable that says what to do."""

    def __init__(self, service: str, operation: str = "read"):
        self.service = service
        self.operation = operation

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is None:
            return False
        from keyring.errors import KeyringLocked, PasswordDeleteError

        if isinstance(exc, (PasswordDeleteError, KeyringUnavailable)):
            return False
        if isinstance(exc, KeyringLocked):
            raise KeyringUnavailable(
                f"the keyring is locked, so the credential '{self.service}' cannot be "
                f"{_DOING[self.operation]}.",
                "unlock the keyring (log in again, or open Seahorse and unlock 'Login')",
                credential=self.service, locked=True, operation=self.operation) from exc
        if isinstance(exc, Exception):
            raise KeyringUnavailable(
                f"the keyring could not be used for the credential '{self.service}': {exc}",
                _HOW_TO, credential=self.service, operation=self.operation) from exc
        return False
