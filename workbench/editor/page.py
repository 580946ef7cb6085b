"""The editor page for one open recipe: steps | anchor editor | properties and recipe fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from workbench.editor.anchor_editor import AnchorEditor
from workbench.editor.recipe_panel import RecipePanel
from workbench.editor.step_form import StepForm
from workbench.editor.steps_view import StepsView


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    return area


class EditorPage(QWidget):
    currentStepChanged = Signal(object)

    def __init__(self, document, finder=None, parent=None):
        super().__init__(parent)
        self.document = document
        self.steps = StepsView(document)
        self.anchor = AnchorEditor(document, finder=finder)
        self.form = StepForm(document)
        self.recipe_panel = RecipePanel(document)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        tabs = QTabWidget()
        tabs.addTab(_scrolled(self.form), self.tr("Trin"))
        tabs.addTab(_scrolled(self.recipe_panel), self.tr("Opskrift"))
        self.tabs = tabs

        anchor_box = QWidget()
        al = QVBoxLayout(anchor_box)
        al.setContentsMargins(0, 0, 0, 0)
        self.anchor_title = QLabel(self.tr("Anker"))
        self.anchor_title.setObjectName("sectionTitle")
        al.addWidget(self.anchor_title)
        al.addWidget(self.anchor, 1)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.steps)
        split.addWidget(anchor_box)
        self.anchor_box = anchor_box
        split.addWidget(tabs)
        # Beside the program the window is narrow: the steps and the properties keep room to be
        # read, and the picture of the anchor gives way.
        self.steps.setMinimumWidth(360)
        tabs.setMinimumWidth(340)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        split.setSizes([460, 620, 380])
        self.split = split

        self.bottom = QVBoxLayout()  # the run panel goes here
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(split, 1)
        lay.addLayout(self.bottom)
        self.steps.currentStepChanged.connect(self._step_selected)
        self.form.editAnchorRequested.connect(self.edit_anchor)
        # Connected after the list's model and the editors: runs once they have the change.
        document.changed.connect(self._follow_list)
        document.changed.connect(self._update_title)
        document.dirtyChanged.connect(self._update_title)
        self._update_title()
        if document.recipe.steps:
            self.steps.select_row(0)

    def set_run_only(self, on: bool = True) -> None:
        """The operator's view of a recipe: its steps and the run panel; nothing to edit."""
        self.run_only = on
        self.steps.set_read_only(on)
        self.anchor_box.setVisible(not on)
        self.tabs.setVisible(not on)

    def _step_selected(self, row) -> None:
        self.form.show_step(row)
        self.anchor.show_step(row)
        self.anchor_title.setText(self.tr("Anker for trin {0}").format(row + 1)
                                  if row is not None else self.tr("Anker"))
        self.currentStepChanged.emit(row)

    def edit_anchor(self, part: str = "target") -> None:
        """Ret anker in the properties: the anchor editor, with the end of a drag asked for,
        in view and with the keyboard focus."""
        sizes = self.split.sizes()
        if sizes[1] < self.anchor.minimumSizeHint().width():
            # The picture had given way to the lists: make room for it again.
            want = self.anchor.minimumSizeHint().width()
            sizes[0] = max(self.steps.minimumWidth(), sizes[0] - (want - sizes[1]))
            sizes[1] = want
            self.split.setSizes(sizes)
        if self.anchor.is_drag() and part != self.anchor.part:
            self.anchor.set_part(part)
        self.anchor.canvas.setFocus(Qt.OtherFocusReason)

    def _follow_list(self, _change=None) -> None:
        """After an edit, an undo or a redo, rows may have come, gone or moved under the list's
        current step, which Qt carries along without saying so: the list then highlights its
        current step, and the anchor editor and the properties show that one, never the step
        that happened to have its old number."""
        row = self.steps.current_row()
        if row is not None and row not in self.steps.selected_rows():
            self.steps.select_row(row)
        if (self.anchor.index, self.form.index) != (row, row):
            self._step_selected(row)

    def _update_title(self, *_):
        r = self.document.recipe
        mark = " •" if self.document.dirty else ""
        self.title.setText(f"{r.name}{mark}")
        self.title.setToolTip(str(self.document.path or ""))
