"""Raw input events as a recorder backend reports them, before they are folded into steps.

A `RawEvent` is deliberately plain (JSON-friendly, no toolkit types) so that any backend (X11
today, Windows later, a synthetic list in tests) produces the same thing and the journal can
store it line by line. Times are seconds since the recording started.

Keys are named the way `recipes.keys` names them: a printable character is itself (`a`, `Æ`,
`@`, ` `), anything else is its canonical X keysym name (`Return`, `Tab`, `BackSpace`,
`Control_L`, `F4`). A key typed into a password field is `masked`: its character is never kept.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

POINTER_KINDS = ("press", "release", "scroll")
KEY_KINDS = ("key_down", "key_up")
MASK_CHAR = "\u2022"  # what a masked key is journalled as, instead of its character

MODIFIER_KEYS = {
    "Control_L": "ctrl", "Control_R": "ctrl",
    "Alt_L": "alt", "Alt_R": "alt", "Meta_L": "alt", "Meta_R": "alt",
    "Shift_L": "shift", "Shift_R": "shift",
    "Super_L": "super", "Super_R": "super",
    "ISO_Level3_Shift": "altgr", "Mode_switch": "altgr",
}


@dataclass
class RawEvent:
    kind: str  # press | release | scroll | key_down | key_up | focus
    t: float
    x: int | None = None
    y: int | None = None
    button: str | None = None  # left | right | middle (press, release)
    key: str | None = None  # key_down, key_up
    amount: int = 0  # scroll: wheel ticks, positive = down
    masked: bool = False  # a key typed into a password field; `key` is MASK_CHAR then
    # focus: the keyboard went to another window than the last click or focus chose (the
    # person switched windows with the keyboard, or began by typing); its title.
    # press: the title of the program's window under the pointer, where the backend knows it
    title: str | None = None
    # press: where that window's content is on the screen, [x, y, w, h] (a click on a blank
    # place becomes a point measured from its corner)
    window: tuple[int, int, int, int] | None = None
    seq: int = field(default=0, compare=False)  # position in the recording, set by the session

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if v not in (None, 0, False) or k in ("t", "kind")}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "RawEvent":
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    @property
    def is_pointer(self) -> bool:
        return self.kind in POINTER_KINDS

    @property
    def is_printable(self) -> bool:
        return self.key is not None and len(self.key) == 1 and (self.key.isprintable())


def press(t: float, x: int, y: int, button: str = "left", title: str | None = None,
          window: tuple[int, int, int, int] | None = None) -> RawEvent:
    """A button going down at (x, y), in the window of that title whose content is at
    `window` ([x, y, w, h]) where given."""
    return RawEvent("press", t, x=x, y=y, button=button, title=title, window=window)


def release(t: float, x: int, y: int, button: str = "left") -> RawEvent:
    return RawEvent("release", t, x=x, y=y, button=button)


def click(t: float, x: int, y: int, button: str = "left", hold: float = 0.05,
          title: str | None = None,
          window: tuple[int, int, int, int] | None = None) -> list[RawEvent]:
    """A press and a release at one place: what a person's click looks like to a recorder."""
    return [press(t, x, y, button, title, window), release(t + hold, x, y, button)]


def keys(t: float, text_or_names: list[str] | str, gap: float = 0.08) -> list[RawEvent]:
    """Key down/up pairs for each character (or key name) in turn, `gap` seconds apart."""
    out: list[RawEvent] = []
    items = list(text_or_names) if isinstance(text_or_names, str) else text_or_names
    for i, k in enumerate(items):
        out.append(RawEvent("key_down", t + i * gap, key=k))
        out.append(RawEvent("key_up", t + i * gap + gap / 2, key=k))
    return out


def combo(t: float, *names: str) -> list[RawEvent]:
    """Hold the modifiers, tap the last key, release the modifiers (e.g. combo(t, 'Control_L', 's'))."""
    *mods, key = names
    out = [RawEvent("key_down", t + i * 0.01, key=m) for i, m in enumerate(mods)]
    t2 = t + len(mods) * 0.01
    out += [RawEvent("key_down", t2, key=key), RawEvent("key_up", t2 + 0.03, key=key)]
    out += [RawEvent("key_up", t2 + 0.05 + i * 0.01, key=m) for i, m in enumerate(reversed(mods))]
    return out


def scroll(t: float, x: int, y: int, amount: int) -> RawEvent:
    return RawEvent("scroll", t, x=x, y=y, amount=amount)
