"""AnchorEditor: the selected step's recorded screenshot, its anchor box and click point.

Moving or resizing the box and clicking a new click point become `ReplaceStep` commands (so they
undo like any other edit). Switching to an image anchor cuts the box out of the screenshot into
`anchors/` beside the recipe; switching to a text anchor proposes the OCR text of the box.
"Find nu" searches the live screen and draws the match and its rivals with their scores.
A drag step has two targets: "Fra" (`target`, where the button goes down) and "Til" (`to`, where
it is let go). Two buttons switch which one is edited; everything above then acts on that one,
and the other end is drawn dashed for orientation. Which end is shown is view state, not an edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QStyle, QVBoxLayout,
    QWidget,
)

from recipes.names import slug
from workbench.anchor_geometry import DEFAULT_SIZE, anchor_box, click_point, moved_box, offset_for
from workbench.editor.anchor_canvas import AnchorCanvas
from workbench.editor.commands import ReplaceStep
from workbench.frames import frame_to_qimage, qimage_to_bgr, read_text
from workbench.own_windows import come_back, overlaps, own_window_rects, step_aside
from workbench.thumbnails import recorded_screen

PARTS = ("target", "to")  # a step's targets the editor can show; only a drag has `to`


def _fmt(score: float) -> str:
    return f"{score:.2f}".replace(".", ",")


def same_text(read: str, text: str) -> bool:
    """Whether what OCR read in a box is the anchor's text (perhaps cut or misread a little):
    a box nudged over its own text must not change what the anchor looks for."""
    from difflib import SequenceMatcher

    a, b = " ".join(read.split()).casefold(), " ".join(text.split()).casefold()
    return a == b or (bool(a) and a in b) or SequenceMatcher(None, a, b).ratio() >= 0.8


class AnchorEditor(QWidget):
    editAnchorRequested = Signal(int)

    def __init__(self, document, finder=None, ocr_reader=None, parent=None):
        super().__init__(parent)
        self.document = document
        self.finder = finder  # LiveFinder-like: find(target) -> FindResult
        self._finding = None    # Find nu in progress: its future (or "waiting")
        self._pool = None
        self.ocr_reader = ocr_reader  # (BGR pixels) -> str
        self.index: int | None = None
        self.part = "target"  # which of the step's targets is edited: `target` or a drag's `to`
        self._seen: tuple = ()  # the step's targets as last shown (to follow an undo to its end)
        self.languages = "dan+eng"  # the OCR languages of Indstillinger
        self._pushing = False
        self.canvas = AnchorCanvas()
        self.canvas.boxChanged.connect(self._box_changed)
        self.canvas.pointChanged.connect(self._point_changed)

        self.ends = QWidget()
        self.end_from = QPushButton(self.tr("Fr&a"))
        self.end_from.setToolTip(self.tr("Ankeret, hvor musen trykkes ned"))
        self.end_to = QPushButton(self.tr("T&il"))
        self.end_to.setToolTip(self.tr("Ankeret, hvor musen slippes"))
        ends_group = QButtonGroup(self)
        for part, button in zip(PARTS, (self.end_from, self.end_to)):
            button.setCheckable(True)
            button.setObjectName("segment")
            ends_group.addButton(button)
            button.clicked.connect(lambda _=False, part=part: self.set_part(part))
        self.end_hint = QLabel()
        self.end_hint.setObjectName("hint")
        ends = QHBoxLayout(self.ends)
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(QLabel(self.tr("Træk:")))
        ends.addWidget(self.end_from)
        ends.addWidget(self.end_to)
        ends.addWidget(self.end_hint, 1)

        self.kind_text = QRadioButton(self.tr("&Tekst-anker"))
        self.kind_image = QRadioButton(self.tr("&Billed-anker"))
        group = QButtonGroup(self)
        group.addButton(self.kind_text)
        group.addButton(self.kind_image)
        self.kind_text.clicked.connect(self._to_text)
        self.kind_image.clicked.connect(self._to_image)
        self.text = QLineEdit(placeholderText=self.tr("Teksten på skærmen"))
        self.text.editingFinished.connect(self._text_edited)
        self.propose = QPushButton(self.tr("&Læs tekst i boksen"))
        self.propose.clicked.connect(self.propose_text)
        style = self.style()
        self.find_button = QPushButton(style.standardIcon(QStyle.SP_FileDialogContentsView),
                                       self.tr("Find &nu"))
        self.find_button.setToolTip(self.tr("Søg efter ankeret på den skærm, der vises nu "
                                            "(Ctrl+F)"))
        self.find_button.setShortcut(QKeySequence("Ctrl+F"))
        self.find_button.clicked.connect(self.find_now)
        self.recorded = QPushButton(self.tr("Vis opta&get billede"))
        self.recorded.clicked.connect(lambda: self.show_step(self.index))
        self.whole = QPushButton(self.tr("&Hele skærmen"))
        self.whole.clicked.connect(self.canvas.show_whole)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.legend = QLabel()
        self.help = QLabel()
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)

        # Short rows, so that the workbench fits beside the program being automated.
        self.legend.setWordWrap(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_text)
        kinds.addWidget(self.kind_image)
        kinds.addStretch(1)
        texts = QHBoxLayout()
        texts.addWidget(self.text, 1)
        texts.addWidget(self.propose)
        tools = QHBoxLayout()
        tools.addWidget(self.find_button)
        tools.addWidget(self.recorded)
        tools.addWidget(self.whole)
        tools.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.ends)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.legend)
        lay.addWidget(self.help)
        lay.addLayout(kinds)
        lay.addLayout(texts)
        lay.addLayout(tools)
        lay.addWidget(self.status)
        document.changed.connect(self._document_changed)
        self.show_step(None)

    # -- showing -------------------------------------------------------------------------------
    def step(self):
        if self.index is None or self.index >= len(self.document.recipe.steps):
            return None
        return self.document.recipe.steps[self.index]

    def target(self):
        """The target being edited: the step's `target`, or a drag's `to` when "Til" is chosen."""
        s = self.step()
        return getattr(s, self.part, None) if s is not None else None

    def is_drag(self) -> bool:
        return getattr(self.step(), "to", None) is not None

    def set_part(self, part: str) -> None:
        """Edit the step's `target` ("Fra") or a drag's `to` ("Til")."""
        if part not in PARTS:
            raise ValueError(f"no such part of a step: {part}")
        self.part = part
        self.show_step(self.index)

    def show_step(self, index: int | None) -> None:
        if index != self.index or getattr(self._step_at(index), "to", None) is None:
            self.part = "target"  # another step, or one without a `to`: start at its first end
        self.index = index
        step, target = self.step(), self.target()
        drag = self.is_drag()
        self._seen = tuple(getattr(step, p, None) for p in PARTS)
        image = recorded_screen(self.document, step) if step is not None else None
        self.canvas.set_image(image)
        self.canvas.set_matches([])
        self._show_ends(step, drag)
        self.canvas.set_anchor(anchor_box(target), click_point(target), self._box_label(drag))
        has_target = target is not None
        for w in (self.kind_text, self.kind_image, self.text, self.propose, self.find_button):
            w.setEnabled(has_target)
        self._update_propose()
        self.text.setText(target.text or "" if has_target else "")
        self.kind_image.setChecked(bool(has_target and target.image and not target.text))
        self.kind_text.setChecked(bool(has_target and target.text))
        self._show_texts(drag)
        if step is None:
            self.status.setText(self.tr("Vælg et trin for at se dets anker."))
        elif not has_target:
            self.status.setText(self.tr("Dette trin har intet anker."))
        else:
            self.status.setText("")

    def _update_propose(self) -> None:
        """"Læs tekst i boksen" reads the box on the picture shown: there must be both."""
        self.propose.setEnabled(self.target() is not None and self.canvas.image is not None
                                and anchor_box(self.target()) is not None)

    def _step_at(self, index: int | None):
        steps = self.document.recipe.steps
        return steps[index] if index is not None and 0 <= index < len(steps) else None

    def _box_label(self, drag: bool) -> str:
        if not drag:
            return self.tr("Anker")
        return self.tr("Fra") if self.part == "target" else self.tr("Til")

    def _show_ends(self, step, drag: bool) -> None:
        """The Fra/Til switch, and the other end of a drag drawn dashed."""
        self.ends.setVisible(drag)
        self.end_from.setChecked(self.part == "target")
        self.end_to.setChecked(self.part == "to")
        other = None
        if drag:
            other = step.to if self.part == "target" else step.target
            self.end_hint.setText(self.tr("Trækket starter ved Fra og slutter ved Til.")
                                  if anchor_box(other) is not None else
                                  self.tr("Den anden ende har ingen optaget position."))
        label = "" if not drag else (self.tr("Til") if self.part == "target" else self.tr("Fra"))
        self.canvas.set_companion(anchor_box(other), click_point(other), label,
                                  arrow_to_companion=self.part == "target")

    def _show_texts(self, drag: bool) -> None:
        point = self.tr("klikpunkt")
        how = self.tr("klik for at sætte klikpunktet.")
        if drag and self.part == "target":
            point = self.tr("her trykkes")
            how = self.tr("klik for at sætte, hvor musen trykkes ned.")
        elif drag:
            point, how = self.tr("her slippes"), self.tr("klik for at sætte, hvor musen slippes.")
        other = (self.tr("  <span style='color:#6b7785'>┅</span> trækkets anden ende")
                 if drag else "")
        self.legend.setText(self.tr("<span style='color:#1f6fd1'>■</span> anker  "
                                    "<span style='color:#d12f1f'>✚</span> {0}{1}  "
                                    "<span style='color:#2e7d32'>■</span> fundet  "
                                    "<span style='color:#ef8a00'>■</span> andre kandidater")
                            .format(point, other))
        self.help.setText(self.tr("Træk boksen for at flytte den, træk et hjørne for at ændre "
                                  "størrelsen, {0}").format(how))

    def _document_changed(self, change) -> None:
        if self._pushing or self.index is None:
            return
        step = self._step_at(self.index)
        if step is not None and getattr(step, "to", None) is not None and self._seen:
            # An undo or redo of one end of this drag: show that end.
            changed = [p for p, old in zip(PARTS, self._seen) if getattr(step, p, None) != old]
            if changed == ["to"] or changed == ["target"]:
                self.part = changed[0]
        self.show_step(self.index if step is not None else None)

    # -- editing -------------------------------------------------------------------------------
    def _replace_target(self, label: str, **fields) -> None:
        step, target = self.step(), self.target()
        if target is None:
            return
        new_target = target.model_copy(update=fields)
        type(target).model_validate(new_target.model_dump())  # refuse what the model refuses
        if self.is_drag():
            label = f"{label} ({self._box_label(True).lower()})"
        new_step = step.model_copy(update={self.part: new_target})
        self._pushing = True
        try:
            self.document.push(ReplaceStep(self.index, new_step, label))
        finally:
            self._pushing = False
        self._seen = tuple(getattr(self.step(), p, None) for p in PARTS)

    def _box_changed(self, x: int, y: int, w: int, h: int) -> None:
        target = self.target()
        if target is None:
            return
        fields = moved_box(target, (x, y, w, h))
        read = self._read_pixels((x, y, w, h)) if target.text else ""
        if read and not same_text(read, target.text):
            # A text anchor moved onto another text looks for that text: one edit, one undo.
            # The recorded pixels were of the old text.
            fields.update(text=read, patch=None)
        self._replace_target(self.tr("Flyt anker"), **fields)
        self._redraw()
        if target.text:
            self.text.setText(self.target().text or "")
        if "text" in fields:
            self.status.setText(self.tr("Ankeret leder nu efter »{0}«, teksten i boksen. Ret "
                                        "teksten, hvis den er læst forkert.").format(read))

    def _point_changed(self, x: int, y: int) -> None:
        target = self.target()
        if target is None:
            return
        if anchor_box(target) is None:
            self._replace_target(self.tr("Sæt klikpunkt"), near=(x, y), size=DEFAULT_SIZE)
        else:
            self._replace_target(self.tr("Sæt klikpunkt"), offset=offset_for(target, (x, y)))
        self._redraw()

    def _redraw(self) -> None:
        """The edited anchor as the recipe now says, the view where it is."""
        step, drag = self.step(), self.is_drag()
        self._show_ends(step, drag)
        self.canvas.set_anchor(anchor_box(self.target()), click_point(self.target()),
                               self._box_label(drag))
        self._update_propose()

    def _text_edited(self) -> None:
        target = self.target()
        text = self.text.text().strip()
        if target is None or not text or text == target.text:
            return
        self._replace_target(self.tr("Ret ankertekst"), text=text)

    def _to_text(self) -> None:
        target = self.target()
        if target is None:
            return
        text = self.text.text().strip() or target.text or self._read_box()
        if not text:
            self.status.setText(self.tr("Skriv den tekst, der står i boksen, og tryk Enter."))
            self.text.setFocus()
            return
        self._replace_target(self.tr("Skift til tekst-anker"), text=text, image=None)
        self.show_step(self.index)

    def _to_image(self) -> None:
        step, target = self.step(), self.target()
        box = anchor_box(target)
        image = recorded_screen(self.document, step) if step is not None else None
        if target is None or box is None or image is None or self.document.folder is None:
            self.status.setText(self.tr("Et billed-anker kræver et skærmbillede af trinnet."))
            self.show_step(self.index)
            return
        name = slug(step.id or f"trin_{self.index + 1}") or "trin"
        if self.is_drag():
            name += "_fra" if self.part == "target" else "_til"
        rel = Path("anchors") / f"{name}.png"
        dest = self.document.folder / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        n = 2
        while dest.exists() and target.image != rel.as_posix():
            rel = Path("anchors") / f"{name}_{n}.png"
            dest, n = self.document.folder / rel, n + 1
        image.copy(QRect(*box)).save(str(dest), "PNG")
        self._replace_target(self.tr("Skift til billed-anker"), image=rel.as_posix(), text=None,
                             patch=None, index=None)
        self.show_step(self.index)

    def _read_box(self) -> str:
        box = anchor_box(self.target())
        return self._read_pixels(box) if box is not None else ""

    def _read_pixels(self, box) -> str:
        """The text OCR reads in the box on the picture shown (the recorded screen, or the
        screen at a failure or of Find nu)."""
        image = self.canvas.image
        if image is None:
            return ""
        try:
            pixels = qimage_to_bgr(image.copy(QRect(*box)))
            return (self.ocr_reader or read_text)(pixels).strip()
        except Exception as exc:
            self.status.setText(self.tr("Teksten kunne ikke læses: {0}").format(exc))
            return ""

    def propose_text(self) -> None:
        text = self._read_box()
        if text:
            self.text.setText(text)
            self.status.setText(self.tr("Foreslået tekst: »{0}«. Tryk Enter eller vælg "
                                        "Tekst-anker for at bruge den.").format(text))
        elif not self.status.text():
            self.status.setText(self.tr("Der blev ikke læst nogen tekst i boksen."))

    # -- find now ------------------------------------------------------------------------------
    STEP_ASIDE_WAIT = 400   # ms for the program behind the workbench to be drawn again

    @property
    def finding(self) -> bool:
        """True while Find nu searches (off the GUI thread)."""
        return self._finding is not None

    def find_now(self) -> None:
        """Find nu: the anchor searched on the live screen. The search (OCR takes a moment)
        runs off the GUI thread, and the workbench steps aside while it looks (as during a
        run, where the settings say so), so the program behind it is seen."""
        target = self.target()
        if target is None or self.finding:
            return
        if self.finder is None:
            from workbench.live_find import LiveFinder

            self.finder = LiveFinder(self.document.folder or Path.cwd(), self.languages,
                                     hide_rects=own_window_rects)
        self.status.setText(self.tr("Søger …"))
        window = self.window()
        settings = getattr(window, "settings", None)
        aside = (window is not None and window.isVisible() and not window.isMinimized()
                 and bool(getattr(settings, "minimize_during_run", False)))
        if aside:
            step_aside(window)
        self._finding = "waiting"
        QTimer.singleShot(self.STEP_ASIDE_WAIT if aside else 0,
                          lambda: self._search(target, window if aside else None))

    def _search(self, target, aside_window) -> None:
        from concurrent.futures import ThreadPoolExecutor

        hidden = own_window_rects()  # what the finder paints over: the robot does not see there
        if hasattr(self.finder, "hide_rects") and self.finder.hide_rects is not None:
            self.finder.hide_rects = lambda: hidden   # taken here, in the GUI thread
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="find-now")
        future = self._pool.submit(self.finder.find, target)
        self._finding = future

        def check() -> None:
            if not future.done():
                QTimer.singleShot(30, check)
                return
            self._finding = None
            if aside_window is not None:
                come_back(aside_window)
                aside_window.activateWindow()
            try:
                result = future.result()
            except Exception as exc:
                self.status.setText(self.tr("Kunne ikke søge: {0}").format(exc))
                return
            self.show_find_result(result, hidden)
        check()

    def show_find_result(self, result, hidden=()) -> None:
        """The screen searched (live, or at a failure), the match and its rivals, and the edited
        anchor's box on it where it was recorded, to drag where the anchor is now. `hidden`: the
        workbench's own windows at the search, which the robot does not see through."""
        self.canvas.set_image(frame_to_qimage(result.frame.pixels))
        boxes = []
        if result.best is not None:
            b = result.best
            boxes.append((QRect(b.x, b.y, b.w, b.h), _fmt(b.score), True))
        for m in result.rivals[:8]:
            boxes.append((QRect(m.x, m.y, m.w, m.h), _fmt(m.score), False))
        self.canvas.set_matches(boxes)
        self.canvas.set_companion(None, None)  # the recorded other end is not on the live screen
        target = self.target()
        box = anchor_box(target)
        self.canvas.set_anchor(box, click_point(target), self._box_label(self.is_drag()))
        focus = result.best or (result.rivals[0] if result.rivals else None)
        if focus is not None:
            # The view around what was found, and the box where it was recorded, if near.
            seen = QRect(focus.x, focus.y, focus.w, focus.h)
            if box is not None:
                seen = seen.united(QRect(*box))
            self.canvas.focus_on(seen)
        self._update_propose()
        if result.best is not None:
            text = self.tr("Fundet ved ({0}, {1}) med score {2}.").format(
                *result.best.centre, _fmt(result.best.score))
        elif len(result.rivals) > 1 and result.message:  # ambiguous: several equally good
            text = self.tr("Findes flere steder på skærmen, og robotten gætter ikke.")
        elif result.rivals:
            text = self.tr("Ikke fundet sikkert nok på skærmen.")
        else:
            text = self.tr("Ikke fundet på skærmen, og intet lignende ses.")
        if result.best is None and self._hidden_over(target, hidden, bool(result.rivals)):
            text += " " + self.tr("Robotten ser ikke arbejdsbordets egne vinduer, og de dækker "
                                  "stedet, hvor ankeret blev optaget: er programmet skjult bag "
                                  "dem? Flyt arbejdsbordet til side, og søg igen.")
        n = len(result.rivals)
        scores = ", ".join(_fmt(m.score) for m in result.rivals[:5])
        if n and result.best is not None:
            text += " " + (self.tr("1 anden kandidat: {0}").format(scores) if n == 1 else
                           self.tr("{0} andre kandidater: {1}").format(n, scores))
        elif n:
            text += " " + (self.tr("1 kandidat: {0}").format(scores) if n == 1 else
                           self.tr("{0} kandidater: {1}").format(n, scores))
        self.status.setText(text)

    @staticmethod
    def _hidden_over(target, hidden, seen_something: bool) -> bool:
        """Whether the workbench's own windows may hide the anchor: they cover the place where
        it was recorded, or (without a recorded place) nothing like it was seen at all."""
        hidden = [r for r in hidden or () if r[2] > 0 and r[3] > 0]
        box = anchor_box(target)
        if box is not None:
            return any(overlaps(box, r) for r in hidden)
        return bool(hidden) and not seen_something
