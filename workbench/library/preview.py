"""A picture of the selected recipe in the library: what it is for, how long it takes by hand,
and its steps as the trainee will see them (thumbnail and note)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workbench import recipe_io
from workbench.labels import action_label, describe_step
from workbench.action_pictures import action_picture
from workbench.thumbnails import THUMB, step_thumbnail


class _Doc:
    """Just enough of a document for thumbnails of a recipe that is not open."""

    def __init__(self, recipe, path: Path):
        self.recipe, self.folder = recipe, path.parent

    def resolve(self, relative):
        return (self.folder / relative) if relative else None


class LibraryPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("hint")
        self.facts.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Trin i den valgte opskrift"))
        self.steps.setIconSize(THUMB)
        self.steps.setSpacing(2)
        self.steps.setWordWrap(True)
        self.steps.setSelectionMode(QListWidget.NoSelection)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.facts)
        lay.addWidget(self.description)
        lay.addWidget(self.steps, 1)
        self.show_recipe(None)

    def show_recipe(self, path: Path | None) -> None:
        self.steps.clear()
        if path is None:
            self.title.setText(self.tr("Vælg en opskrift"))
            self.facts.setText(self.tr("Her ses opskriftens trin, som de vil blive udført."))
            self.description.setText("")
            return
        try:
            recipe = recipe_io.load(path)
        except Exception as exc:
            self.title.setText(path.stem)
            from workbench.library.view import unreadable

            self.facts.setText(unreadable(str(exc)))
            self.description.setText("")
            return
        self.title.setText(recipe.name)
        facts = [self.tr("{0} trin").format(len(recipe.steps))]
        manual = recipe.manual_time()
        if manual:
            source = {"målt": self.tr("målt"), "indtastet": self.tr("indtastet"),
                      "estimeret": self.tr("estimeret")}.get(manual[1], manual[1])
            facts.append(self.tr("manuel tid {0} min. pr. sag ({1})").format(
                f"{manual[0] / 60:.1f}".replace(".", ","), source))
        if recipe.inputs:
            facts.append(self.tr("inddata: {0}").format(
                ", ".join(i.label or i.name for i in recipe.inputs)))
        self.facts.setText(" · ".join(facts))
        self.description.setText(recipe.description)
        doc = _Doc(recipe, Path(path))
        for n, step in enumerate(recipe.steps, 1):
            text = f"{n}. {step.note or action_label(step.action) + ' ' + describe_step(step)}"
            item = QListWidgetItem(text)
            thumb = step_thumbnail(doc, step) or action_picture(step, THUMB)
            if thumb is not None:
                item.setIcon(QIcon(thumb))
            item.setSizeHint(QSize(0, THUMB.height() + 8))
            item.setToolTip(f"{action_label(step.action)}: {describe_step(step)}")
            self.steps.addItem(item)
