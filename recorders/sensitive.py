"""Sensitive input: password fields and CPR numbers.

A password field is recognised while recording, before a typed character is journalled: its
label (read beside or above the click that focused it) is a password word, or the screen does not
show the typed characters themselves (`recorders.typed_ink`, which uses `masked_glyphs` here to
tell bullets and asterisks). Until the field is known, typed characters are held in memory only
(see `recorders.session`).

CPR numbers typed as text (the one rule of `recipes.cpr`) become a sensitive recipe input, and
the text types its `{cpr}` placeholder instead.
"""

from __future__ import annotations

import re

import numpy as np

from recipes import cpr

PASSWORD_WORDS = ("adgangskode", "kodeord", "password", "passwort", "pinkode", "pin-kode",
                  "passphrase", "løsen", "pin")


def looks_like_password_label(text: str | None) -> bool:
    if not text:
        return False
    low = text.lower()
    return any(re.search(rf"(?<![a-zæøå]){re.escape(w)}(?![a-zæøå])", low) for w in PASSWORD_WORDS)


def find_cprs(text: str) -> list[str]:
    """The CPR numbers in a text, as typed (the one rule: `recipes.cpr`)."""
    return cpr.find(text)


def replace_cprs(text: str, names: dict[str, str]) -> str:
    """Replace each CPR number by `{name}`; `names` maps a typed number (digits only) to its input
    name and is extended with new numbers (cpr, cpr2, cpr3, ...)."""

    def sub(number: str) -> str:
        key = cpr.digits(number)
        if key not in names:
            names[key] = "cpr" if not names else f"cpr{len(names) + 1}"
        return "{" + names[key] + "}"

    return cpr.replace(text, sub)


def credential_name(label: str | None, taken: set[str], owner: str | None = None) -> str:
    """A recipe name for a credential from its field label, filed under the recipe it was
    recorded for (the keyring holds one entry per name, shared by every recipe on the computer):
    'Adgangskode:' in the recipe 'sagsform' -> 'sagsform_adgangskode'."""
    from recipes.names import slug

    base = slug(label)[:30]
    if not base or base[0].isdigit():
        base = "login"
    prefix = slug(owner)[:30]
    if prefix and not prefix[0].isdigit():
        base = f"{prefix}_{base}"
    from recipes.names import unique

    return unique(base, taken)


def _periodic(ink: np.ndarray, typed: int) -> bool:
    """Whether the ink is one glyph repeated side by side at a fixed advance, about once per
    character typed (asterisks touching each other read as one blob, so shapes alone cannot
    tell): the ink shifted by one advance must cover itself almost exactly."""
    ys, xs = np.nonzero(ink)
    if len(xs) == 0:
        return False
    ink = ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1].astype(np.float32)
    width = ink.shape[1]
    best, advance = 0.0, 0
    for lag in range(3, width // 2 + 1):
        a, b = ink[:, :-lag], ink[:, lag:]
        denom = float(np.sqrt((a * a).sum() * (b * b).sum()))
        score = float((a * b).sum()) / denom if denom else 0.0
        if score > best:
            best, advance = score, lag
    if advance == 0 or best < 0.8:
        return False
    glyphs = (width + advance // 2) // advance
    # The screen may already show keys the recorder has not handled yet: more glyphs than
    # characters counted is fine, far fewer is not.
    return glyphs >= 2 and glyphs >= round(0.65 * typed)


def new_glyphs(before: np.ndarray, after: np.ndarray, both: bool = False):
    """The ink that appeared between two grey crops: (component labels, [(label, x, y, w, h)])
    of its glyphs, without specks and without the text cursor. The ink is what turned darker or
    what turned lighter, whichever is more; `both` takes both (a whole screen, where something
    else may have changed the other way meanwhile)."""
    import cv2

    diff = after.astype(np.int16) - before.astype(np.int16)
    darker, lighter = (diff < -60), (diff > 60)
    if both:
        new_ink = (darker | lighter).astype(np.uint8)
    else:
        new_ink = (darker if darker.sum() >= lighter.sum() else lighter).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(new_ink, connectivity=8)
    glyphs = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < 3:
            continue
        if w <= 2 and h >= 3 * max(w, 1):
            continue  # the text cursor, moved or blinking
        glyphs.append((i, x, y, w, h))
    return labels, glyphs


def masked_glyphs(before: np.ndarray, after: np.ndarray, typed: str) -> str | None:
    """What the ink that appeared between two grey crops of the screen says about a field,
    given the characters typed meanwhile:

    - "masked": one glyph repeated (bullets, asterisks) although the characters typed were not
      all the same;
    - "clear": glyphs of different shapes (the text itself);
    - "no_ink": nothing appeared at all (a field that echoes nothing, like a terminal prompt);
    - None: cannot tell yet (fewer than two characters typed)."""
    import cv2

    if before.shape != after.shape or len(typed) < 2:
        return None
    labels, glyphs = new_glyphs(before, after)
    shapes = []
    kept = np.zeros(labels.shape, np.uint8)
    for i, x, y, w, h in glyphs:
        shapes.append((labels[y:y + h, x:x + w] == i))
        kept[labels == i] = 1
    if not shapes:
        return "no_ink"
    if len(set(typed)) < 2:
        return None  # "aaaa" typed shows identical glyphs either way
    # Glyphs that touch (Tk's asterisks) read as a few blobs: then only their period tells.
    # Where there are about as many glyphs as characters typed, their shapes tell instead.
    if len(shapes) < 0.6 * len(typed) and _periodic(_drop_cursor(kept), len(typed)):
        return "masked"
    # Group glyphs of the same shape (not only the same size: 'n' and 'o' are as large).
    groups: list[list[np.ndarray]] = []
    for shape in shapes:
        for group in groups:
            ref = group[0]
            if abs(ref.shape[0] - shape.shape[0]) <= 1 and abs(ref.shape[1] - shape.shape[1]) <= 1:
                a = cv2.resize(shape.astype(np.uint8), (ref.shape[1], ref.shape[0]),
                               interpolation=cv2.INTER_NEAREST).astype(bool)
                if (a ^ ref).sum() <= 0.15 * max(1, ref.sum()):
                    group.append(shape)
                    break
        else:
            groups.append([shape])
    # Bullets are all alike: one glyph of another shape ("500", "Anna") is text, not a mask.
    biggest = max(len(g) for g in groups)
    if biggest >= 2 and biggest == len(shapes) and biggest >= 0.6 * len(typed):
        return "masked"
    if len(groups) >= 2 or len(shapes) == 1:
        return "clear"
    return None


def _drop_cursor(ink: np.ndarray) -> np.ndarray:
    """The ink without a text cursor touching the glyphs: columns inked over (nearly) the whole
    height of the ink, at most 2 wide, at the left or right end."""
    ys, xs = np.nonzero(ink)
    if len(xs) == 0:
        return ink
    box = ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1].copy()
    full = box.sum(axis=0) >= 0.85 * box.shape[0]
    for cols in (range(box.shape[1] - 1, max(-1, box.shape[1] - 4), -1), range(min(3, box.shape[1]))):
        for c in cols:
            if full[c]:
                box[:, c] = 0
    return box
