"""One target of a step in the properties panel, in a person's terms: what the robot looks for
(the words, or a thumbnail of the picture), with "Ret anker" at hand, and where it clicks
relative to it (a marker to drag, and a sentence saying it).

The field editors in it belong to the `StepForm`, which reads and pushes every edit; this part
only lays them out and shows pictures and words. Which editors it shows is decided by the
target's shape when the form is built: `text`, `image`, `both`, `point` (a point on the screen
or in a window) or `none` (an optional target left out).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout,
)

from workbench.editor.click_spot import (
    POINTER_VERBS, ClickSpotPicker, anchor_size, where_sentence,
)
from workbench.thumbnails import load_image, recorded_screen

THUMB_MAX = (260, 90)


def target_shape(target) -> str:
    if target is None:
        return "none"
    if target.text is not None and target.image is not None:
        return "both"
    if target.text is not None:
        return "text"
    if target.image is not None:
        return "image"
    return "point"


def main_keys(shape: str) -> list[str]:
    """The target's fields shown up front for a shape (the rest go under Avanceret)."""
    if shape == "point":
        return ["window", "point"]
    return ["text"] if shape in ("text", "both", "none") else []


def compact_form() -> QFormLayout:
    """A form that puts a label above its field where the panel is too narrow for both."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    return form


class TargetSection(QGroupBox):
    fixRequested = Signal(str)                 # the part: `target` or a drag's `to`
    offsetChosen = Signal(str, int, int, bool)  # part, dx, dy, may merge with the edit before

    def __init__(self, part: str, action: str, shape: str, title: str, editors: dict,
                 labels: dict, parent=None):
        super().__init__(title, parent)
        self.part, self.action, self.shape = part, action, shape
        lay = QVBoxLayout(self)
        lay.setSpacing(6)
        form = compact_form()
        for key in main_keys(shape):
            form.addRow(labels[key], editors[key])
        lay.addLayout(form)
        self.thumbnail = QLabel()
        self.thumbnail.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.thumbnail.setAccessibleName(self.tr("Billedet, robotten leder efter"))
        self.thumbnail.setStyleSheet("border: 1px solid #b8c2cc; background: white; padding: 2px;")
        self.thumb_caption = QLabel(self.tr("Billedet, robotten leder efter:"))
        lay.addWidget(self.thumb_caption)
        lay.addWidget(self.thumbnail)
        self.fix = QPushButton(self.style().standardIcon(QStyle.SP_FileDialogDetailedView),
                               self.tr("Ret anker"))
        self.fix.setToolTip(self.tr("Flyt ankerets boks på skærmbilledet, eller skift mellem "
                                    "tekst og billede"))
        self.fix.clicked.connect(lambda: self.fixRequested.emit(self.part))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.fix)
        lay.addLayout(row)
        self.none_hint = QLabel(self.tr("Intet anker: der skrives, hvor tastaturet er. Skriv en "
                                        "tekst på skærmen for at klikke på den først.")
                                if action == "type" else
                                self.tr("Intet anker: der rulles, hvor musen er."))
        self.none_hint.setObjectName("hint")
        self.none_hint.setWordWrap(True)
        lay.addWidget(self.none_hint)

        self.has_spot = action in POINTER_VERBS and shape in ("text", "image", "both")
        self.where_title = QLabel(self._where_title())
        self.where_title.setObjectName("subTitle")
        self.where_title.setStyleSheet("font-weight: bold;")
        self.picker = ClickSpotPicker()
        self.picker.offsetChosen.connect(
            lambda dx, dy, merge: self.offsetChosen.emit(self.part, dx, dy, merge))
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(self.tr("Hvor der klikkes"))
        for w in (self.where_title, self.picker, self.sentence):
            lay.addWidget(w)
        # Shown or not once in the layout: a widget without a parent would open as a window.
        for w in (self.thumb_caption, self.thumbnail):
            w.setVisible(shape in ("image", "both"))
        self.fix.setVisible(shape != "none")
        self.none_hint.setVisible(shape == "none")
        for w in (self.where_title, self.picker, self.sentence):
            w.setVisible(self.has_spot)

    def _where_title(self) -> str:
        if self.action == "drag":
            return self.tr("Hvor musen trykkes ned") if self.part == "target" else \
                self.tr("Hvor musen slippes")
        if self.action == "scroll":
            return self.tr("Hvor der rulles")
        return self.tr("Hvor der klikkes")

    def show_target(self, document, step, target) -> None:
        """Pictures and words for the target as the recipe says now."""
        image = None
        if target is not None and target.image:
            image = load_image(document.resolve(target.image))
        if self.shape in ("image", "both"):
            if image is not None:
                pix = QPixmap.fromImage(image)
                if pix.width() > THUMB_MAX[0] or pix.height() > THUMB_MAX[1]:
                    pix = pix.scaled(*THUMB_MAX, Qt.KeepAspectRatio, Qt.SmoothTransformation)
                self.thumbnail.setPixmap(pix)
            else:
                self.thumbnail.setText(self.tr("Billedet mangler: {0}").format(target.image)
                                       if target is not None and target.image else "")
        if not self.has_spot or target is None:
            return
        size = anchor_size(target, (image.width(), image.height()) if image is not None else None)
        screen = recorded_screen(document, step) if target.near else None
        self.picker.set_anchor(size, target.offset, target.text or "", image, screen,
                               target.near)
        self.sentence.setText(where_sentence(self.action, self.part, target, size))
        self.picker.setAccessibleDescription(self.sentence.text())
