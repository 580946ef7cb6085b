"""Fold raw events into gestures: what the person did, in the words of recipe steps.

Pure and incremental-free: `fold(events)` takes the whole list (or a prefix of it, which gives the
steps so far) and returns `Gesture`s. Rules:

- press + release of one button at (nearly) one place is a click; right button a right click;
  a second left click within `DOUBLE_CLICK_S` and `DOUBLE_CLICK_PX` turns both into a double click;
- press, move, release farther than `DRAG_PX` is a drag (from the press to the release);
- wheel ticks with no other event between them and less than `SCROLL_BURST_S` apart are one
  scroll whose amount is their sum;
- printable keys without ctrl/alt/super held are typed text; consecutive ones fold into one
  `type`, with BackSpace applied to the text typed so far (a BackSpace with nothing to remove is
  a `press BackSpace` of its own); masked keys (password fields) fold into one secret `type`;
- any other key, or a key with ctrl/alt/super held, is a `press` (e.g. `ctrl+s`, `Return`,
  `shift+Tab`); modifiers pressed on their own are dropped;
- the keyboard going to another window than the last click chose (a `focus` event) is a
  `focus` step for that window's title;
- pointer moves never reach this module (backends drop them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recorders.events import MODIFIER_KEYS, RawEvent

DOUBLE_CLICK_S = 0.4
DOUBLE_CLICK_PX = 6
DRAG_PX = 8
SCROLL_BURST_S = 0.6

# X keysyms that a shifted key produces instead of naming shift (shift+Tab is ISO_Left_Tab).
_SHIFTED = {"ISO_Left_Tab": ("shift", "Tab")}
_ORDER = ("ctrl", "alt", "altgr", "shift", "super")


@dataclass
class Gesture:
    """One step-to-be. `seq` is the raw event it started with (its frame is taken before it)."""

    kind: str  # click | double_click | right_click | drag | scroll | type | press | focus
    t: float
    seq: int
    x: int | None = None
    y: int | None = None
    x2: int | None = None  # drag: where it was released
    y2: int | None = None
    text: str = ""  # type: the text after BackSpace was applied
    masked: bool = False  # type: typed into a password field (text is only mask characters)
    keys: str = ""  # press: e.g. "ctrl+s"
    amount: int = 0  # scroll
    t_end: float = 0.0
    events: list[int] = field(default_factory=list)  # seqs of the raw events folded in
    # pointer: the title of the window pressed in and where its content was, [x, y, w, h]
    window_title: str | None = None
    window: tuple[int, int, int, int] | None = None

    @property
    def is_pointer(self) -> bool:
        return self.kind in ("click", "double_click", "right_click", "drag", "scroll")


def fold(events: list[RawEvent]) -> list[Gesture]:
    out: list[Gesture] = []
    held: set[str] = set()  # modifier names held now
    down: RawEvent | None = None  # the pointer press waiting for its release
    for ev in events:
        if ev.kind == "key_down" and ev.key in MODIFIER_KEYS:
            held.add(MODIFIER_KEYS[ev.key])
            continue
        if ev.kind == "key_up":
            if ev.key in MODIFIER_KEYS:
                held.discard(MODIFIER_KEYS[ev.key])
            continue
        if ev.kind == "press":
            down = ev
            continue
        if ev.kind == "release":
            if down is None or down.button != ev.button:
                continue  # a release whose press happened before recording started
            _pointer(out, down, ev)
            down = None
            continue
        if ev.kind == "scroll":
            _scroll(out, ev)
            continue
        if ev.kind == "focus":
            out.append(Gesture("focus", ev.t, ev.seq, text=ev.title or "", t_end=ev.t,
                               events=[ev.seq]))
            continue
        if ev.kind == "key_down":
            _key(out, ev, held)
    return out


def _pointer(out: list[Gesture], down: RawEvent, up: RawEvent) -> None:
    dist = max(abs((up.x or 0) - (down.x or 0)), abs((up.y or 0) - (down.y or 0)))
    where = dict(window_title=down.title or None,
                 window=tuple(down.window) if down.window else None)
    if dist > DRAG_PX and down.button == "left":
        out.append(Gesture("drag", down.t, down.seq, down.x, down.y, up.x, up.y, t_end=up.t,
                           events=[down.seq, up.seq], **where))
        return
    if down.button == "right":
        out.append(Gesture("right_click", down.t, down.seq, down.x, down.y, t_end=up.t,
                           events=[down.seq, up.seq], **where))
        return
    if down.button != "left":
        return  # middle clicks have no recipe action; they paste on X11 and are rare in forms
    prev = out[-1] if out else None
    if (prev is not None and prev.kind == "click" and down.t - prev.t_end <= DOUBLE_CLICK_S
            and abs(down.x - prev.x) <= DOUBLE_CLICK_PX and abs(down.y - prev.y) <= DOUBLE_CLICK_PX):
        prev.kind = "double_click"
        prev.t_end = up.t
        prev.events += [down.seq, up.seq]
        return
    out.append(Gesture("click", down.t, down.seq, down.x, down.y, t_end=up.t,
                       events=[down.seq, up.seq], **where))


def _scroll(out: list[Gesture], ev: RawEvent) -> None:
    prev = out[-1] if out else None
    if (prev is not None and prev.kind == "scroll" and ev.t - prev.t_end <= SCROLL_BURST_S
            and (ev.amount > 0) == (prev.amount > 0)):
        prev.amount += ev.amount
        prev.t_end = ev.t
        prev.events.append(ev.seq)
        return
    out.append(Gesture("scroll", ev.t, ev.seq, ev.x, ev.y, amount=ev.amount, t_end=ev.t,
                       events=[ev.seq]))


def _key(out: list[Gesture], ev: RawEvent, held: set[str]) -> None:
    key = ev.key or ""
    command_mods = held & {"ctrl", "alt", "super"}
    prev = out[-1] if out else None
    typing = prev is not None and prev.kind == "type"
    if (ev.is_printable or ev.masked) and not command_mods:
        if typing and prev.masked == ev.masked:
            prev.text += key
            prev.t_end = ev.t
            prev.events.append(ev.seq)
        else:
            out.append(Gesture("type", ev.t, ev.seq, text=key, masked=ev.masked, t_end=ev.t,
                               events=[ev.seq]))
        return
    if key == "BackSpace" and not command_mods and typing and prev.text:
        prev.text = prev.text[:-1]
        prev.t_end = ev.t
        prev.events.append(ev.seq)
        if not prev.text:
            out.pop()  # everything typed was taken back: no step at all
        return
    mods = set(command_mods)
    if key in _SHIFTED:
        extra, key = _SHIFTED[key]
        mods.add(extra)
    elif "shift" in held and not (len(key) == 1):
        mods.add("shift")  # shift+Tab, shift+F10; a shifted letter is already its capital
    if len(key) == 1 and key.isalpha() and command_mods:
        key = key.lower()  # ctrl+S is recorded as keysym S with shift held; say ctrl+shift+s
        if "shift" in held:
            mods.add("shift")
    name = "+".join([m for m in _ORDER if m in mods] + [_key_name(key)])
    out.append(Gesture("press", ev.t, ev.seq, keys=name, t_end=ev.t, events=[ev.seq]))


def _key_name(key: str) -> str:
    """A key as `press` writes it: `+` becomes `plus` so that `ctrl+plus` parses back."""
    if key == "+":
        return "plus"
    if key == " ":
        return "space"
    return key
