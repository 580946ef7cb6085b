"""The X keyboard mapping as the typist sees it: which key (and Shift) gives which character, and
spare keycodes that lend a key to the characters the layout lacks.

Two details make the lent keys reliable (both measured under Xvfb with xterm, Tk, GTK and Qt):
- a letter is mapped as a real key is, `[lower, upper]`, and its upper case is typed with Shift.
  A key mapped to a single upper-case keysym is read by X as `[lower, upper]`, which is how
  `xdotool` loses Æ Ø Å under `us`.
- a client reads a changed keymap when it handles the key press, and xterm drops the keys of the
  next few tens of milliseconds after any keymap change. So a lent key stays mapped for
  `restore_delay` after its last use (typing the same characters again changes nothing), and
  after every change we wait `settle` before the next key.
"""

from __future__ import annotations

import time

from recipes.errors import NoSpareKeycode, StepFailed

# Keysyms of the characters typed as keys rather than as text.
CONTROL_CHARS = {"\n": 0xFF0D, "\r": 0xFF0D, "\t": 0xFF09, "\b": 0xFF08}
SHIFT_L, SHIFT_R, CAPS_LOCK = 0xFFE1, 0xFFE2, 0xFFE5
_LEGACY_TO_CHAR = {0x20AC: "€"}  # EuroSign: the one non-Latin-1 legacy keysym common layouts use


def char_to_keysym(ch: str) -> int:
    """The keysym X uses for a character: Latin-1 keysyms equal the code point, the rest are
    Unicode keysyms (0x1000000 + code point), which every current X client understands."""
    if ch in CONTROL_CHARS:
        return CONTROL_CHARS[ch]
    cp = ord(ch)
    if 0x20 <= cp <= 0x7E or 0xA0 <= cp <= 0xFF:
        return cp
    return 0x01000000 | cp


def keysym_to_char(keysym: int) -> str | None:
    """The character a keysym types, for the keysyms that stand for one character."""
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000100 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    return _LEGACY_TO_CHAR.get(keysym)


def name_to_keysym(name: str) -> int:
    """Keysym of a canonical key name from `recipes.keys` (`Return`, `F4`, `Control_L`, `a`)."""
    from Xlib import XK

    for group in ("xkb", "latin2", "latin3", "latin4", "special", "technical", "xf86",
                  "publishing"):
        XK.load_keysym_group(group)
    if len(name) == 1:
        return char_to_keysym(name)
    keysym = XK.string_to_keysym(name)
    if not keysym:
        raise StepFailed(f"the key '{name}' has no X keysym; use a name such as Return or F4",
                         "key_unknown", {"key": name})
    return keysym


class Keymap:
    """The server's keyboard mapping at one moment: where each character is, which keys are empty."""

    def __init__(self, first: int, rows: list[tuple[int, ...]]):
        self.width = len(rows[0]) if rows else 2
        self.rows = {first + i: tuple(row) for i, row in enumerate(rows)}
        self.by_char: dict[str, tuple[int, bool]] = {}  # char -> (keycode, needs Shift)
        self.by_keysym: dict[int, tuple[int, bool]] = {}
        self.spare: list[int] = []
        for keycode, row in self.rows.items():
            if not any(row):
                self.spare.append(keycode)
                continue
            for level in (0, 1):  # group 1 only; level 3+ needs AltGr, which we do not guess
                keysym = row[level] if len(row) > level else 0
                if not keysym:
                    continue
                self.by_keysym.setdefault(keysym, (keycode, level == 1))
                ch = keysym_to_char(keysym)
                if ch is not None:
                    old = self.by_char.get(ch)
                    if old is None or (old[1] and level == 0):
                        self.by_char[ch] = (keycode, level == 1)
        # Use the highest empty keycodes first: they are the least likely to get a meaning later.
        self.spare.sort(reverse=True)

    @classmethod
    def read(cls, conn) -> "Keymap":
        first, last = conn.display.info.min_keycode, conn.display.info.max_keycode
        return cls(first, [tuple(r) for r in conn.get_keyboard_mapping(first, last - first + 1)])

    def find_char(self, ch: str) -> tuple[int, bool] | None:
        if ch in CONTROL_CHARS:
            return self.by_keysym.get(CONTROL_CHARS[ch])
        return self.by_char.get(ch)

    def find(self, item: str | int) -> tuple[int, bool] | None:
        """A character or a keysym: (keycode, needs Shift), or None when no key gives it."""
        return self.find_char(item) if isinstance(item, str) else self.by_keysym.get(item)

    def shift_keycode(self) -> int:
        found = self.by_keysym.get(SHIFT_L) or self.by_keysym.get(SHIFT_R)
        if found is None:
            raise StepFailed("the keyboard layout has no Shift key", "layout_lacks_key",
                             {"key": "Shift", "combo": None})
        return found[0]


class LentKeys:
    """Spare keycodes lent to characters (or keysyms) the layout lacks. Not thread-safe: the
    owner (`X11Input`) calls it under its lock."""

    def __init__(self, settle: float, restore_delay: float):
        self.settle = settle
        self.restore_delay = restore_delay
        self.lent: dict[int, tuple[int, ...]] = {}  # keycode -> the row we put there
        self.last_use = 0.0

    def lend(self, conn, km: Keymap, wanted: list) -> None:
        """Map each wanted item on a spare keycode; afterwards `Keymap.read` finds them."""
        if not wanted:
            return
        if len(wanted) > len(km.spare):
            # Counts only: the characters may be part of a password.
            raise NoSpareKeycode(len(wanted), len(km.spare))
        for item, keycode in zip(wanted, km.spare):
            if isinstance(item, str) and item.lower() != item.upper() \
                    and len(item.lower()) == 1 and len(item.upper()) == 1:
                row = [char_to_keysym(item.lower()), char_to_keysym(item.upper())]
            else:
                keysym = item if isinstance(item, int) else char_to_keysym(item)
                row = [keysym, keysym]
            row += [0] * max(0, km.width - 2)
            conn.change_keyboard_mapping(keycode, [tuple(row)])
            self.lent[keycode] = tuple(row)
        conn.sync()
        time.sleep(self.settle)

    def used(self) -> None:
        self.last_use = time.monotonic()

    def due(self) -> float:
        """Seconds until the lent keys may be given back (0: now)."""
        return max(0.0, self.last_use + self.restore_delay - time.monotonic())

    def give_back(self, conn, max_wait: float | None = None) -> None:
        """Empty the lent keycodes again (those a layout switch has not already replaced)."""
        if not self.lent:
            return
        time.sleep(self.due() if max_wait is None else min(max_wait, self.due()))
        current = Keymap.read(conn).rows
        for keycode, row in self.lent.items():
            # Compare group 1 only: X reports our two keysyms repeated as group 2.
            if current.get(keycode, ())[:2] == row[:2]:
                conn.change_keyboard_mapping(keycode, [tuple([0] * len(row))])
        self.lent.clear()
        conn.sync()
        time.sleep(self.settle)
