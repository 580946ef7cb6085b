"""Programs and windows on an X11 desktop: start programs, find windows by title, focus, move.

With a window manager (EWMH, e.g. openbox) the managed windows are listed in `_NET_CLIENT_LIST`
and a window is activated by asking the manager (`_NET_ACTIVE_WINDOW` client message), which also
raises it and switches desktops. Without one, we walk the window tree, raise the window and set
the input focus ourselves, as the window manager would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time

from recipes.errors import ProgramDied, StepFailed
from recipes.ports import SystemClock, Window

START_CHECK = 0.3  # seconds a launched program is watched before the launch step passes
ERROR_TAIL = 400  # characters of a dead program's error output shown in the message


# ISO 2022 designations of a 96-character set to the right half, as used by COMPOUND_TEXT.
_GR_CHARSETS = {"A": "latin_1", "B": "iso8859_2", "C": "iso8859_3", "D": "iso8859_4",
                "F": "iso8859_7", "G": "iso8859_6", "H": "iso8859_8", "L": "iso8859_5",
                "M": "iso8859_9", "b": "iso8859_15"}


def decode_compound_text(data: bytes) -> str:
    """Decode the COMPOUND_TEXT titles Xt programs (xmessage) set in a UTF-8 locale: ASCII and
    Latin-1 by default, `ESC - F` switches the right half to another ISO 8859 part, and
    `ESC % G ... ESC % @` holds UTF-8."""
    out: list[str] = []
    gr = "latin_1"
    i = 0
    while i < len(data):
        if data[i] == 0x1B and data[i + 1:i + 3] == b"%G":
            end = data.find(b"\x1b%@", i + 3)
            end = len(data) if end < 0 else end
            out.append(data[i + 3:end].decode("utf-8", "replace"))
            i = end + 3
        elif data[i] == 0x1B and data[i + 1:i + 2] == b"-" and i + 2 < len(data):
            gr = _GR_CHARSETS.get(chr(data[i + 2]), "latin_1")
            i += 3
        elif data[i] == 0x1B and data[i + 1:i + 2] in (b"(", b"$"):
            i += 3  # a GL designation (ASCII back, or a multibyte set we do not decode)
        else:
            j = i
            while j < len(data) and data[j] != 0x1B:
                j += 1
            chunk = data[i:j]
            out.append("".join(chr(b) if b < 0x80 else bytes([b]).decode(gr, "replace")
                               for b in chunk))
            i = j
    return "".join(out)


WindowInfo = Window  # the name this module used before the port had it


def process_chain(pid: int) -> tuple[int, ...]:
    """The process and its parents up to (not including) init, nearest first (Linux /proc)."""
    chain = []
    while pid > 1 and pid not in chain:
        chain.append(pid)
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                # "pid (comm) state ppid ...": comm may hold spaces and parentheses
                pid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return tuple(chain)


class X11Desktop:
    """`ports.Desktop` for X11, plus the window helpers tests and the recorder need.

    The windows of this process (the workbench) and of the processes it runs under (the terminal
    `main.py run` was started in), and the terminal named by `WINDOWID`, are never listed by
    `find_windows`: the robot must not focus them."""

    def __init__(self, display: str | None = None, poll: float = 0.05):
        self.display_name = display
        self.poll = poll
        self._lock = threading.RLock()
        self._d = None
        self.own_pids = frozenset(process_chain(os.getpid()))
        try:
            self.own_window_id: int | None = int(os.environ.get("WINDOWID", ""), 0)
        except ValueError:
            self.own_window_id = None
        self._starting: list[_Started] = []  # launched, not yet seen working

    @property
    def conn(self):
        if self._d is None:
            from recipes.desktop.x11_input import open_display

            self._d = open_display(self.display_name)
        return self._d

    def close(self) -> None:
        with self._lock:
            if self._d is not None:
                self._d.close()
                self._d = None

    # -- programs -----------------------------------------------------------------------------
    def launch(self, command: list[str], cwd: str | None = None) -> subprocess.Popen:
        """Start a program detached from us (own session, no terminal output). It runs in `cwd`
        (the recipe's folder), so relative paths in the command are relative to the recipe.

        Its error output goes to a temporary file (not a pipe: the program outlives the run),
        so that a program that dies at start is reported with its exit status and the end of
        what it wrote, at once (`ProgramDied`), here or in `check_started` while a later step
        waits for its window."""
        if not command:
            raise StepFailed("launch needs a command, e.g. [xmessage, Hello]",
                             "launch_without_command", {})
        program = command[0]
        if shutil.which(program, path=None) is None and not (
                cwd and os.sep in program and os.access(os.path.join(cwd, program), os.X_OK)):
            raise StepFailed(
                f"cannot start '{program}': the program was not found"
                + ("" if os.sep in program else " on the PATH")
                + ". Install it or correct the command in the recipe.",
                "program_not_found", {"program": program})
        env = dict(os.environ)
        if self.display_name:
            env["DISPLAY"] = self.display_name
        errors = tempfile.TemporaryFile(prefix="opskrift-launch-")
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=errors, start_new_session=True, env=env,
                                    cwd=cwd or None)
        except OSError as exc:
            errors.close()
            raise StepFailed(f"cannot start '{program}': {exc.strerror or exc}",
                             "program_not_started",
                             {"program": program, "reason": str(exc.strerror or exc)}) from exc
        started = _Started(proc, program, errors)
        self._starting.append(started)
        deadline = time.monotonic() + START_CHECK
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        self.check_started()
        return proc

    def check_started(self) -> None:
        """Raise ProgramDied for a launched program that ended with an error before any of its
        windows was found (`started_ok`)."""
        for started in list(self._starting):
            status = started.proc.poll()
            if status is None:
                continue
            self._starting.remove(started)
            tail = started.error_tail()
            if status != 0:  # 0: a launcher that handed over to a running instance
                raise ProgramDied(started.program, status, tail)

    def started_ok(self) -> None:
        """A later step found what it looked for: the programs launched so far are up; from now
        on their exit is their own business (xmessage exits 101 when its button is clicked)."""
        for started in self._starting:
            started.close()
        self._starting.clear()

    # -- finding windows ----------------------------------------------------------------------
    def windows(self) -> list[WindowInfo]:
        """Top-level windows with a title, in stacking order from the window manager (or tree
        order without one)."""
        with self._lock:
            out = []
            for win in self._client_windows():
                try:
                    title = self._title(win)
                    if not title:
                        continue
                    out.append(self._info(win, title))
                except Exception:  # the window vanished while we looked: skip it
                    continue
            return out

    def find_windows(self, title_pattern: str) -> list[WindowInfo]:
        """Windows whose title matches the regular expression (case-insensitive, anywhere),
        except our own and the terminal we run in."""
        rx = re.compile(title_pattern, re.IGNORECASE)
        return [w for w in self.windows() if rx.search(w.title) and not self.is_own(w)]

    def is_own(self, window: WindowInfo) -> bool:
        """A window of this program or of a workbench, or the terminal it was started from."""
        if (window.pid is not None and window.pid in self.own_pids) or window.is_workbench:
            return True
        # WINDOWID is inherited and may name a window of another display: trust it only for a
        # terminal.
        return window.id == self.own_window_id and window.is_terminal

    def process_chain(self, pid: int) -> tuple[int, ...]:
        return process_chain(pid)

    def window_at(self, x: int, y: int) -> WindowInfo | None:
        """The top-level window under a screen point: the client window inside the frame the
        point is in (None: the desktop, or an unmanaged popup such as an open menu)."""
        with self._lock:
            d = self.conn
            root = d.screen().root
            try:
                child = root.translate_coords(root, int(x), int(y)).child
                if not child or not getattr(child, "id", 0):
                    return None
                clients = {w.id for w in self._client_windows()}
                win = self._client_in(child, clients, depth=3)
                return None if win is None else self._info(win, self._title(win))
            except Exception:  # the window vanished while we looked
                return None

    def wait_for_window(self, title_pattern: str, timeout: float) -> WindowInfo | None:
        deadline = time.monotonic() + timeout
        while True:
            found = self.find_windows(title_pattern)
            if found:
                return found[0]
            if time.monotonic() >= deadline:
                return None
            time.sleep(self.poll)

    def active_window(self) -> WindowInfo | None:
        """The window that has the keyboard focus (the manager's idea, else the X input focus)."""
        with self._lock:
            d = self.conn
            root = d.screen().root
            win = None
            prop = root.get_full_property(d.intern_atom("_NET_ACTIVE_WINDOW"), 0)
            if prop is not None and prop.value and prop.value[0]:
                win = d.create_resource_object("window", prop.value[0])
            else:
                from Xlib import X

                focus = d.get_input_focus().focus
                if focus == X.PointerRoot:  # no window manager: the keys go where the pointer is
                    p = root.query_pointer()
                    return self.window_at(int(p.root_x), int(p.root_y))
                if not isinstance(focus, int):
                    win = self._top_level_of(focus)
            if win is None:
                return None
            try:
                return self._info(win, self._title(win))
            except Exception:
                return None

    def ready(self, window_id: int) -> bool:
        """X11 has no general way to ask a program whether it handled its events; the focus
        itself is checked by `active_window`."""
        return True

    # -- acting on windows --------------------------------------------------------------------
    def focus(self, title_pattern: str, timeout: float) -> WindowInfo:
        """Bring the one matching window to the front with the keyboard focus and return it.
        Raises `WindowNotFound`, or `AmbiguousWindow` when several match (nothing is focused)."""
        from recipes.window_focus import focus_window

        return focus_window(self, title_pattern, timeout, SystemClock())

    def activate(self, window_id: int) -> None:
        from Xlib import X, protocol

        with self._lock:
            d = self.conn
            root = d.screen().root
            win = d.create_resource_object("window", window_id)
            if self._has_wm():
                event = protocol.event.ClientMessage(
                    window=win, client_type=d.intern_atom("_NET_ACTIVE_WINDOW"),
                    data=(32, [2, X.CurrentTime, 0, 0, 0]))  # 2: a pager/tool asks, not an app
                root.send_event(event, event_mask=X.SubstructureRedirectMask
                                | X.SubstructureNotifyMask)
            else:
                win.map()
                win.configure(stack_mode=X.Above)
                win.set_input_focus(X.RevertToParent, X.CurrentTime)
            d.sync()

    def geometry(self, window_id: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of the window's content on the screen."""
        with self._lock:
            win = self.conn.create_resource_object("window", window_id)
            info = self._info(win, "")
            return info.x, info.y, info.width, info.height

    def move_window(self, window_id: int, x: int, y: int, width: int | None = None,
                    height: int | None = None, timeout: float = 2.0) -> tuple[int, int, int, int]:
        """Place the window's content at (x, y) (and resize it); returns the geometry reached."""
        with self._lock:
            d = self.conn
            win = d.create_resource_object("window", window_id)
            size = {} if width is None else {"width": int(width), "height": int(height or 1)}
            if self._has_wm():
                # Ask with static gravity, so x/y mean the client area, not the frame's corner.
                from Xlib import X, protocol

                flags = (1 << 8) | (1 << 9) | (1 << 12) | X.StaticGravity
                if size:
                    flags |= (1 << 10) | (1 << 11)
                event = protocol.event.ClientMessage(
                    window=win, client_type=d.intern_atom("_NET_MOVERESIZE_WINDOW"),
                    data=(32, [flags, int(x), int(y), size.get("width", 0), size.get("height", 0)]))
                d.screen().root.send_event(event, event_mask=X.SubstructureRedirectMask
                                           | X.SubstructureNotifyMask)
            else:
                # x/y of ConfigureWindow place the outer corner, border included.
                border = win.get_geometry().border_width
                win.configure(x=int(x) - border, y=int(y) - border, **size)
            d.sync()
        deadline = time.monotonic() + timeout
        while True:
            geo = self.geometry(window_id)
            if geo[:2] == (x, y) or time.monotonic() >= deadline:
                return geo
            time.sleep(self.poll)

    # -- internals ----------------------------------------------------------------------------
    def _has_wm(self) -> bool:
        d = self.conn
        prop = d.screen().root.get_full_property(d.intern_atom("_NET_SUPPORTING_WM_CHECK"), 0)
        return prop is not None and bool(prop.value)

    def _client_windows(self) -> list:
        d = self.conn
        root = d.screen().root
        prop = root.get_full_property(d.intern_atom("_NET_CLIENT_LIST"), 0)
        if prop is not None and prop.value is not None and len(prop.value):
            return [d.create_resource_object("window", w) for w in prop.value]
        # No window manager: mapped children of the root (or their named child, if reparented).
        from Xlib import X

        found = []
        for child in root.query_tree().children:
            try:
                if child.get_attributes().map_state != X.IsViewable:
                    continue
                if self._title(child):
                    found.append(child)
                    continue
                found.extend(c for c in child.query_tree().children if self._title(c))
            except Exception:
                continue
        return found

    def _title(self, win) -> str:
        d = self.conn
        prop = win.get_full_property(d.intern_atom("_NET_WM_NAME"), d.intern_atom("UTF8_STRING"))
        if prop is not None and prop.value:
            value = prop.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        prop = win.get_full_property(d.intern_atom("WM_NAME"), 0)
        if prop is None or not prop.value:
            return ""
        value = prop.value
        if not isinstance(value, bytes):
            return str(value)
        kind = d.get_atom_name(prop.property_type)
        if kind == "COMPOUND_TEXT":
            return decode_compound_text(value)
        try:  # old programs under the C locale put UTF-8 bytes in a Latin-1 STRING
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode("latin-1")

    def _info(self, win, title: str) -> WindowInfo:
        d = self.conn
        geo = win.get_geometry()
        pos = win.translate_coords(d.screen().root, 0, 0)
        pid_prop = win.get_full_property(d.intern_atom("_NET_WM_PID"), 0)
        pid = int(pid_prop.value[0]) if pid_prop is not None and len(pid_prop.value) else None
        wm_class = win.get_wm_class() or ()
        return WindowInfo(win.id, title, -int(pos.x), -int(pos.y), int(geo.width),
                          int(geo.height), pid, tuple(str(c) for c in wm_class),
                          self._program(win, pid))

    def _program(self, win, pid: int | None) -> int | None:
        """The program a window belongs to: its client leader (ICCCM: one per program, named by
        all its top-level windows), else its window group, else its process, else (Tk sets none
        of these) the window it is a dialog of (WM_TRANSIENT_FOR, followed to the top), which
        for a main window is itself."""
        d = self.conn
        for _ in range(8):
            try:
                owner = win.get_wm_transient_for()
            except Exception:
                owner = None
            if owner is None or getattr(owner, "id", 0) in (0, win.id):
                break
            win = owner
        leader = win.get_full_property(d.intern_atom("WM_CLIENT_LEADER"), 0)
        if leader is not None and len(leader.value) and leader.value[0]:
            return int(leader.value[0])
        hints = win.get_wm_hints()
        group = getattr(hints, "window_group", 0) if hints is not None else 0
        group = getattr(group, "id", group)
        if group and hints.flags & (1 << 6):  # WindowGroupHint
            return int(group)
        if pid is None:
            pid_prop = win.get_full_property(d.intern_atom("_NET_WM_PID"), 0)
            pid = int(pid_prop.value[0]) if pid_prop is not None and len(pid_prop.value) else None
        return pid if pid is not None else int(win.id)

    def _client_in(self, win, clients: set[int], depth: int):
        """The client window that is `win` or inside it (a window manager's frame)."""
        if win.id in clients:
            return win
        if depth <= 0:
            return None
        for c in win.query_tree().children:
            found = self._client_in(c, clients, depth - 1)
            if found is not None:
                return found
        return None

    def _top_level_of(self, win):
        """Climb from a focused child window to the top-level window that carries a title."""
        root = self.conn.screen().root
        while win is not None and win.id != root.id:
            if self._title(win):
                return win
            parent = win.query_tree().parent
            win = parent if parent and parent.id != root.id else None
        return None


class _Started:
    """A launched program with the file that holds its error output."""

    def __init__(self, proc: subprocess.Popen, program: str, errors):
        self.proc, self.program, self.errors = proc, program, errors

    def error_tail(self) -> str:
        try:
            self.errors.seek(0, os.SEEK_END)
            size = self.errors.tell()
            self.errors.seek(max(0, size - 4 * ERROR_TAIL))
            text = self.errors.read().decode("utf-8", "replace")
        except (OSError, ValueError):
            return ""
        finally:
            self.close()
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        tail = " | ".join(lines)
        return tail if len(tail) <= ERROR_TAIL else "…" + tail[-ERROR_TAIL:]

    def close(self) -> None:
        try:
            self.errors.close()
        except OSError:
            pass
