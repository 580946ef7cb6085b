"""Every control of the workbench's pages has a name a screen reader can say (issue 13, item 14):
a button's text or tooltip, or an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox,
)

from recipes.history import History
from workbench.main_window import MainWindow
from workbench.settings import Settings


def unnamed(root) -> list[str]:
    """Controls without a name: no text, tooltip, accessible name, placeholder, or label that
    names it (a form's label is its buddy). Qt's own inner parts (a spin box's line edit, a
    table's corner and headers) are named by what they belong to."""
    named_by_label = {id(lab.buddy()) for lab in root.findChildren(QLabel) if lab.buddy()}
    out = []
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox)
    for w in [c for kind in kinds for c in root.findChildren(kind)]:
        if (not w.isVisibleTo(root) or isinstance(w, QHeaderView) or id(w) in named_by_label
                or w.objectName().startswith("qt_")):
            continue
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (text.strip("& ") or w.accessibleName() or w.toolTip()
                or (isinstance(w, QLineEdit) and w.placeholderText())):
            out.append(f"{type(w).__name__} {w.objectName() or ''} in {type(w.parent()).__name__}")
    return out


def test_every_control_on_every_page_has_a_name(qtbot, recipe_file, home):
    w = MainWindow(Settings(recipe_folder=str(recipe_file.parent.parent)), history=History(home))
    qtbot.addWidget(w)
    w.show()
    w.open_recipe(recipe_file)
    missing = []
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        missing += [f"{w.tabs.tabText(i)}: {m}" for m in unnamed(w.tabs.widget(i))]
    assert not missing, "\n".join(missing)
    w.runs.shutdown()
