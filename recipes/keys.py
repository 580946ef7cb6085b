"""Key names for `press` steps: parse `ctrl+s`, `Return`, `alt+F4` into a checked combination.

Names follow X11 keysym names (`Return`, `Tab`, `BackSpace`, `F4`, `Page_Down`), any case, plus a
few aliases people type (`enter`, `esc`, `del`, `pgdn`, `win`). A single character is its own key.
The backend maps the canonical names to keycodes; this module only checks and normalises.
"""

from __future__ import annotations

from dataclasses import dataclass

MODIFIERS = {
    "ctrl": "Control_L", "control": "Control_L", "strg": "Control_L",
    "alt": "Alt_L", "altgr": "ISO_Level3_Shift",
    "shift": "Shift_L",
    "super": "Super_L", "win": "Super_L", "cmd": "Super_L", "meta": "Super_L",
}

_NAMED = [
    "Return", "Tab", "ISO_Left_Tab", "BackSpace", "Escape", "Delete", "Insert", "Home", "End",
    "Page_Up", "Page_Down", "Left", "Right", "Up", "Down", "space", "Menu", "Print", "Pause",
    "Scroll_Lock", "Num_Lock", "Caps_Lock", "KP_Enter", "KP_Add", "KP_Subtract", "KP_Multiply",
    "KP_Divide", "KP_Decimal", "KP_0", "KP_1", "KP_2", "KP_3", "KP_4", "KP_5", "KP_6", "KP_7",
    "KP_8", "KP_9", "Control_L", "Control_R", "Alt_L", "Alt_R", "Shift_L", "Shift_R", "Super_L",
    "Super_R", "ISO_Level3_Shift",
] + [f"F{i}" for i in range(1, 25)]

ALIASES = {
    "enter": "Return", "ret": "Return", "esc": "Escape", "del": "Delete", "ins": "Insert",
    "backspace": "BackSpace", "bksp": "BackSpace", "pgup": "Page_Up", "pageup": "Page_Up",
    "pgdn": "Page_Down", "pagedown": "Page_Down", "arrowleft": "Left", "arrowright": "Right",
    "arrowup": "Up", "arrowdown": "Down", "spacebar": "space", "printscreen": "Print",
    "capslock": "Caps_Lock", "plus": "plus", "minus": "minus",
}

_BY_LOWER = {n.lower(): n for n in _NAMED}

# Printable names that X knows by word rather than by character.
PUNCTUATION = {
    "plus": "+", "minus": "-", "comma": ",", "period": ".", "slash": "/", "semicolon": ";",
    "equal": "=", "less": "<", "greater": ">",
}


class UnknownKey(ValueError):
    pass


@dataclass(frozen=True)
class Combo:
    """A key combination: modifiers held (canonical keysym names) and one key pressed."""

    modifiers: tuple[str, ...]
    key: str  # a canonical keysym name or a single printable character

    def __str__(self) -> str:
        """As people write it on any platform: `Ctrl+Shift+F11`, `Alt+F4`, `Ctrl+s`."""
        return "+".join([*(_SHOWN.get(m, m) for m in self.modifiers), _SHOWN.get(self.key, self.key)])


# How a message names a key that X calls by another name.
_SHOWN = {
    "Control_L": "Ctrl", "Control_R": "Ctrl", "Shift_L": "Shift", "Shift_R": "Shift",
    "Alt_L": "Alt", "Alt_R": "Alt", "Super_L": "Win", "Super_R": "Win",
    "ISO_Level3_Shift": "AltGr", "Return": "Enter", "Escape": "Esc", "space": "Space",
}


def canonical_key(name: str) -> str:
    """The canonical name of one key, or UnknownKey with a hint."""
    if len(name) == 1:
        return name
    low = name.lower()
    if low in ALIASES:
        return ALIASES[low]
    if low in _BY_LOWER:
        return _BY_LOWER[low]
    if low in MODIFIERS:
        return MODIFIERS[low]
    if low in PUNCTUATION:
        return PUNCTUATION[low]
    raise UnknownKey(
        f"unknown key '{name}'. Use names such as Return, Tab, Escape, BackSpace, Delete, F1-F24, "
        "Page_Down, Left, or a single character; combine with ctrl+, alt+, shift+, super+"
    )


def parse_combo(text: str) -> Combo:
    """Parse `ctrl+shift+s` style text. `+` alone (or as the last part, `ctrl++`) is the plus key."""
    raw = text.strip()
    if not raw:
        raise UnknownKey("keys must not be empty")
    parts = raw.split("+")
    if raw.endswith("++") or raw == "+":
        parts = [p for p in parts if p] + ["+"]
    parts = [p.strip() for p in parts]
    if any(not p for p in parts):
        raise UnknownKey(f"'{text}' has an empty part; write keys like ctrl+s")
    *mods, key = parts
    modifiers = []
    for m in mods:
        low = m.lower()
        if low not in MODIFIERS:
            raise UnknownKey(f"'{m}' in '{text}' is not a modifier (ctrl, alt, altgr, shift, super)")
        modifiers.append(MODIFIERS[low])
    return Combo(tuple(modifiers), canonical_key(key))
