"""Step-by-step guides for trainees, built from a recipe: a title page (recipe, version hash,
author, date) and, per step, an instruction in Danish written from the step, the author's note,
and the recorded screenshot cropped around the target with the target outlined and the click
point marked.

Every picture is masked before it is placed: every CPR number OCR reads on it is blacked out,
and so is the field a step types a sensitive input or a credential into. A picture that cannot
be masked (no OCR engine, or OCR failed) means no guide (`GuideNotMaskable`); nothing is
written. Secrets and sensitive inputs appear as their names («adgangskode», «CPR-nummer»),
never values. The guide is a Danish document for the municipality's trainees; writers for HTML
and DOCX are in `recipes.guide_writers`, PDF in the workbench (Qt's PDF writer).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from recipes import cpr
from recipes.errors import WorkbenchError
from recipes.model import Recipe

MARGIN = (260, 150)          # how much of the screen around the target a step's picture shows
RED = (40, 40, 220)          # BGR


class GuideNotMaskable(WorkbenchError):
    """A step's picture could not be masked (no OCR engine, or OCR failed): no guide is written."""

    def __init__(self, step: int, why: str):
        self.step, self.why = step, why
        super().__init__(f"the picture of step {step} could not be masked ({why}); no guide was "
                         "written")


@dataclass
class GuideStep:
    number: int
    step_id: str | None
    action: str
    instruction: str
    note: str = ""
    picture: np.ndarray | None = None      # BGR, masked, with the target outlined


@dataclass
class Guide:
    name: str
    description: str
    version: str                 # the content hash, shortened
    author: str
    date: str                    # DD-MM-YYYY
    inputs: list[str] = field(default_factory=list)
    steps: list[GuideStep] = field(default_factory=list)


# --- words -----------------------------------------------------------------------------------

def _names(recipe: Recipe) -> dict[str, str]:
    """How a placeholder is shown: «label» (an input's label, else its name)."""
    return {i.name: i.label for i in recipe.inputs if i.label}


def _spoken(name: str) -> str:
    """A value's name without a label as a person reads it: the slug rule's æ ae, ø oe, å aa
    undone, underscores as spaces (`beloeb` -> beløb, `ny_leverandoer` -> ny leverandør)."""
    out = name.replace("_", " ")
    for plain, letter in (("aa", "å"), ("oe", "ø"), ("ae", "æ")):
        out = out.replace(plain, letter)
    return out


def _fill(text: str, recipe: Recipe) -> str:
    """A recipe text with its placeholders as «names» and any CPR number masked."""
    names = _names(recipe)
    out = re.sub(r"\{(\w+)\}",
                 lambda m: f"«{names.get(m.group(1)) or _spoken(m.group(1))}»", text)
    return cpr.mask(out)


def target_words(target, recipe: Recipe) -> str:
    """A target as the guide names it: »Gem«, or the place in a window."""
    if target is None:
        return ""
    if target.text is not None:
        filled = _fill(target.text, recipe)
        # A placeholder alone is already marked («Første gruppe»): not »«Første gruppe»«.
        return filled if re.fullmatch(r"«[^«»]*»", filled) else f"»{filled}«"
    if target.window is not None:
        return f"det viste sted i vinduet »{target.window}«"
    return "det viste sted"


def keys_text(keys: str) -> str:
    """ctrl+shift+s -> Ctrl+Shift+S, as people write keys."""
    names = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "return": "Enter", "enter": "Enter",
             "escape": "Esc", "esc": "Esc", "tab": "Tab", "space": "Mellemrum",
             "backspace": "Backspace", "delete": "Delete", "super": "Windows"}
    out = []
    for part in keys.replace(" ", "").split("+"):
        low = part.lower()
        out.append(names.get(low, part.upper() if len(part) == 1 else part[:1].upper() + part[1:]))
    return "+".join(out)


def program_name(command: list[str]) -> str:
    """The program a launch starts as a person names it: the file it runs (`python3
    legacy_app.py` -> legacy_app, `{python} brugeradmin.py` -> brugeradmin, `java Faktura.java`
    -> Faktura), else the command's own name (`xmessage`, `notepad.exe` -> notepad)."""
    from pathlib import PurePath, PureWindowsPath

    programs = (".py", ".pyw", ".java", ".jar", ".sh", ".exe", ".cmd", ".bat", ".ps1", ".pl")
    parts = [p for p in command if p and not p.startswith("-") and "{" not in p]
    names = [PureWindowsPath(p).name if "\\" in p else PurePath(p).name for p in parts]
    for name in names:
        if name.lower().endswith(programs):
            return name.rsplit(".", 1)[0]
    return names[0] if names else ""


def instruction(step, recipe: Recipe) -> str:
    """What a person does in this step, in Danish, written from the step."""
    a = step.action
    where = target_words(getattr(step, "target", None), recipe)
    if a in ("click", "double_click", "right_click"):
        verb = {"click": "Klik", "double_click": "Dobbeltklik", "right_click": "Højreklik"}[a]
        return f"{verb} på {where}"
    if a == "type":
        if step.secret:
            cred = recipe.credential(step.secret)
            label = cred.label if cred and cred.label else step.secret
            what = (f"dit brugernavn («brugernavn» til {label})" if step.field == "username"
                    else f"din adgangskode («adgangskode» til {label})")
        else:
            what = _fill(step.text or "", recipe)
            what = what if "«" in what else f"»{what}«"
        return f"Skriv {what}" + (f" i feltet ved {where}" if where else "")
    if a == "press":
        return f"Tryk {keys_text(step.keys)}"
    if a == "wait_for":
        return f"Vent til {where} " + ("forsvinder" if step.gone else "vises")
    if a == "wait":
        return f"Vent {step.seconds:g} sekunder".replace(".", ",")
    if a == "read_text":
        return f"Læs teksten ved {where}, og husk den («{step.into}»)"
    if a == "expect":
        return f"Tjek at {where} vises"
    if a == "checkpoint":
        return f"Kontrolpunkt: {_fill(step.message, recipe)} Det er dig, der afgør det."
    if a == "launch":
        return f"Start programmet »{program_name(step.command)}«"
    if a == "focus":
        return f"Gå til vinduet »{step.window.strip('^$')}«"
    if a == "scroll":
        return f"Rul {abs(step.amount)} hak {'ned' if step.amount < 0 else 'op'}" + (
            f" ved {where}" if where else "")
    if a == "drag":
        return f"Træk fra {where} til {target_words(step.to, recipe)}"
    return a


# --- pictures ----------------------------------------------------------------------------------

def _box(target) -> tuple[int, int, int, int] | None:
    """The anchor's box on the recorded screenshot (x, y, w, h), where the step says so."""
    if target is None or target.near is None:
        return None
    w, h = target.size if target.size is not None else (80, 24)
    x, y = target.near
    return int(x - w / 2), int(y - h / 2), int(w), int(h)


def picture(step, recipe: Recipe, base_dir: Path, ocr, number: int) -> np.ndarray | None:
    """The step's recorded screenshot, cropped around the target, masked, with the target
    outlined and the click point marked; None where the step has no screenshot."""
    import cv2

    if not step.screenshot:
        return None
    pixels = cv2.imread(str(Path(base_dir) / step.screenshot))
    if pixels is None:
        return None
    target = getattr(step, "target", None)
    box = _box(target)
    h, w = pixels.shape[:2]
    if box is not None:
        cx, cy = box[0] + box[2] // 2, box[1] + box[3] // 2
        x0, y0 = max(0, cx - MARGIN[0]), max(0, cy - MARGIN[1])
        x1, y1 = min(w, cx + MARGIN[0]), min(h, cy + MARGIN[1])
    else:
        x0, y0, x1, y1 = 0, 0, w, h
    crop = pixels[y0:y1, x0:x1].copy()
    from recipes.masking import Masker

    masked = Masker().frame(crop, ocr)
    if masked is None:
        raise GuideNotMaskable(number, "no OCR engine" if ocr is None else "OCR failed")
    if box is not None:
        bx, by = box[0] - x0, box[1] - y0
        offset = target.offset or (0, 0)
        px, py = bx + box[2] // 2 + int(offset[0]), by + box[3] // 2 + int(offset[1])
        if step.action == "type" and (step.secret or _sensitive_text(step, recipe)):
            # The field a secret or a sensitive input is typed into: whatever it showed.
            cv2.rectangle(masked, (px - 110, py - box[3] // 2 - 3), (px + 110, py + box[3] // 2 + 3),
                          (0, 0, 0), -1)
        cv2.rectangle(masked, (bx - 3, by - 3), (bx + box[2] + 3, by + box[3] + 3), RED, 2)
        if step.action in ("click", "double_click", "right_click", "type", "scroll", "drag"):
            cv2.circle(masked, (px, py), 9, RED, 2)
            cv2.line(masked, (px - 14, py), (px + 14, py), RED, 1)
            cv2.line(masked, (px, py - 14), (px, py + 14), RED, 1)
    return masked


def _sensitive_text(step, recipe: Recipe) -> bool:
    names = set(re.findall(r"\{(\w+)\}", step.text or ""))
    return bool(names & recipe.sensitive_names()) or cpr.contains(step.text or "")


# --- the guide ---------------------------------------------------------------------------------

def build_guide(recipe_file: Path, recipe: Recipe, ocr) -> Guide:
    from recipes.approvals import authors as saved_by
    from recipes.content_hash import content_hash

    recipe_file = Path(recipe_file)
    authors = saved_by(recipe_file)
    guide = Guide(name=recipe.name, description=_fill(recipe.description, recipe),
                  version=content_hash(recipe_file, recipe)[:12],
                  author=", ".join(authors) if authors else "ukendt",
                  date=dt.date.today().strftime("%d-%m-%Y"),
                  inputs=[(i.label or i.name) + (" (følsom)" if i.sensitive else "")
                          for i in recipe.inputs])
    for n, step in enumerate(recipe.steps, start=1):
        guide.steps.append(GuideStep(
            n, step.id, step.action, instruction(step, recipe), _fill(step.note or "", recipe),
            picture(step, recipe, recipe_file.parent, ocr, n)))
    return guide
