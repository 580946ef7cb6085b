"""AnchorEditor: the selected step's recorded screenshot, its anchor box and click point.

Moving or resizing the box and clicking a new click point become `ReplaceStep` commands (so they
undo like any other edit). Switching to an image anchor cuts the box out of the screenshot into
`anchors/` beside the recipe; switching to a text anchor proposes the OCR text of the box.
"Find nu" searches the live screen and draws the match and its rivals with their scores.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QStyle, QVBoxLayout,
    QWidget,
)

from workbench.anchor_canvas import AnchorCanvas
from workbench.anchor_geometry import DEFAULT_SIZE, anchor_box, click_point, moved_box, offset_for
from workbench.commands import ReplaceStep
from workbench.frames import frame_to_qimage, qimage_to_bgr, read_text
from workbench.library import slug
from workbench.thumbnails import load_image, recorded_screen


def own_window_rects() -> list[tuple[int, int, int, int]]:
    """Where this program's visible windows are (they are left out of every search)."""
    from PySide6.QtWidgets import QApplication

    out = []
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and not w.isMinimized():
            g = w.frameGeometry()
            out.append((g.x(), g.y(), g.width(), g.height()))
    return out


def _fmt(score: float) -> str:
    return f"{score:.2f}".replace(".", ",")


class AnchorEditor(QWidget):
    editAnchorRequested = Signal(int)

    def __init__(self, document, finder=None, ocr_reader=None, parent=None):
        super().__init__(parent)
        self.document = document
        self.finder = finder  # LiveFinder-like: find(target) -> FindResult
        self.ocr_reader = ocr_reader  # (BGR pixels) -> str
        self.index: int | None = None
        self.languages = "dan+eng"  # the OCR languages of Indstillinger
        self._pushing = False
        self.canvas = AnchorCanvas()
        self.canvas.boxChanged.connect(self._box_changed)
        self.canvas.pointChanged.connect(self._point_changed)

        self.kind_text = QRadioButton(self.tr("Tekst-anker"))
        self.kind_image = QRadioButton(self.tr("Billed-anker"))
        group = QButtonGroup(self)
        group.addButton(self.kind_text)
        group.addButton(self.kind_image)
        self.kind_text.clicked.connect(self._to_text)
        self.kind_image.clicked.connect(self._to_image)
        self.text = QLineEdit(placeholderText=self.tr("Teksten på skærmen"))
        self.text.editingFinished.connect(self._text_edited)
        self.propose = QPushButton(self.tr("Læs tekst i boksen"))
        self.propose.clicked.connect(self.propose_text)
        style = self.style()
        self.find_button = QPushButton(style.standardIcon(QStyle.SP_FileDialogContentsView),
                                       self.tr("Find nu"))
        self.find_button.setToolTip(self.tr("Søg efter ankeret på den skærm, der vises nu"))
        self.find_button.clicked.connect(self.find_now)
        self.recorded = QPushButton(self.tr("Vis optaget billede"))
        self.recorded.clicked.connect(lambda: self.show_step(self.index))
        self.whole = QPushButton(self.tr("Hele skærmen"))
        self.whole.clicked.connect(self.canvas.show_whole)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.legend = QLabel(self.tr("<span style='color:#1f6fd1'>■</span> anker  "
                                     "<span style='color:#d12f1f'>✚</span> klikpunkt  "
                                     "<span style='color:#2e7d32'>■</span> fundet  "
                                     "<span style='color:#ef8a00'>■</span> andre kandidater"))
        self.help = QLabel(self.tr("Træk boksen for at flytte den, træk et hjørne for at ændre "
                                   "størrelsen, klik for at sætte klikpunktet."))
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)

        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_text)
        kinds.addWidget(self.text, 1)
        kinds.addWidget(self.propose)
        kinds.addWidget(self.kind_image)
        tools = QHBoxLayout()
        tools.addWidget(self.find_button)
        tools.addWidget(self.recorded)
        tools.addWidget(self.whole)
        tools.addStretch(1)
        tools.addWidget(self.legend)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.help)
        lay.addLayout(kinds)
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
        s = self.step()
        return getattr(s, "target", None) if s is not None else None

    def show_step(self, index: int | None) -> None:
        self.index = index
        step, target = self.step(), self.target()
        image = recorded_screen(self.document, step) if step is not None else None
        self.canvas.set_image(image)
        self.canvas.set_matches([])
        self.canvas.set_anchor(anchor_box(target), click_point(target))
        has_target = target is not None
        for w in (self.kind_text, self.kind_image, self.text, self.propose, self.find_button):
            w.setEnabled(has_target)
        self.propose.setEnabled(has_target and image is not None and anchor_box(target) is not None)
        self.text.setText(target.text or "" if has_target else "")
        self.kind_image.setChecked(bool(has_target and target.image and not target.text))
        self.kind_text.setChecked(bool(has_target and target.text))
        if step is None:
            self.status.setText(self.tr("Vælg et trin for at se dets anker."))
        elif not has_target:
            self.status.setText(self.tr("Dette trin har intet anker."))
        else:
            self.status.setText("")

    def _document_changed(self, change) -> None:
        if not self._pushing and self.index is not None:
            self.show_step(self.index if self.index < len(self.document.recipe.steps) else None)

    # -- editing -------------------------------------------------------------------------------
    def _replace_target(self, label: str, **fields) -> None:
        step, target = self.step(), self.target()
        if target is None:
            return
        new_target = target.model_copy(update=fields)
        type(target).model_validate(new_target.model_dump())  # refuse what the model refuses
        self._pushing = True
        try:
            self.document.push(ReplaceStep(self.index, step.model_copy(update={"target": new_target}),
                                           label))
        finally:
            self._pushing = False

    def _box_changed(self, x: int, y: int, w: int, h: int) -> None:
        target = self.target()
        if target is None:
            return
        fields = moved_box(target, (x, y, w, h))
        self._replace_target(self.tr("Flyt anker"), **fields)
        self.canvas.set_anchor(anchor_box(self.target()), click_point(self.target()))

    def _point_changed(self, x: int, y: int) -> None:
        target = self.target()
        if target is None:
            return
        if anchor_box(target) is None:
            self._replace_target(self.tr("Sæt klikpunkt"), near=(x, y), size=DEFAULT_SIZE)
        else:
            self._replace_target(self.tr("Sæt klikpunkt"), offset=offset_for(target, (x, y)))
        self.canvas.set_anchor(anchor_box(self.target()), click_point(self.target()))

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
        name = slug(step.id or f"trin_{self.index + 1}")
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
        step, box = self.step(), anchor_box(self.target())
        image = recorded_screen(self.document, step) if step is not None else None
        if image is None or box is None:
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
    def find_now(self) -> None:
        target = self.target()
        if target is None:
            return
        if self.finder is None:
            from workbench.live_find import LiveFinder

            self.finder = LiveFinder(self.document.folder or Path.cwd(), self.languages,
                                     hide_rects=own_window_rects)
        self.status.setText(self.tr("Søger …"))
        self.repaint()
        try:
            result = self.finder.find(target)
        except Exception as exc:
            self.status.setText(self.tr("Kunne ikke søge: {0}").format(exc))
            return
        self.show_find_result(result)

    def show_find_result(self, result) -> None:
        self.canvas.set_image(frame_to_qimage(result.frame.pixels))
        boxes = []
        if result.best is not None:
            b = result.best
            boxes.append((QRect(b.x, b.y, b.w, b.h), _fmt(b.score), True))
        for m in result.rivals[:8]:
            boxes.append((QRect(m.x, m.y, m.w, m.h), _fmt(m.score), False))
        self.canvas.set_matches(boxes)
        focus = result.best or (result.rivals[0] if result.rivals else None)
        self.canvas.set_anchor(None, None)
        if focus is not None:
            self.canvas.set_anchor((focus.x, focus.y, focus.w, focus.h), None)
            self.canvas.box = None
        if result.best is not None:
            text = self.tr("Fundet ved ({0}, {1}) med score {2}.").format(
                *result.best.centre, _fmt(result.best.score))
        else:
            text = self.tr("Ikke fundet på skærmen. Robotten ser ikke arbejdsbordets egne "
                           "vinduer: er programmet skjult bag dem?")
        if result.rivals:
            text += " " + self.tr("{0} andre kandidater: {1}").format(
                len(result.rivals), ", ".join(_fmt(m.score) for m in result.rivals[:5]))
        self.status.setText(text)
