"""The properties panel: every field of the selected step, validated as you type.

Each keystroke rebuilds the step from the form and validates it with the recipe model; a valid
step is pushed as a `ReplaceStep` command (consecutive typing in one field merges into one undo
step), an invalid one shows the model's complaint in Danish under the field concerned.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget,
)
from pydantic import TypeAdapter, ValidationError

from recipes.model import ACTIONS, ClickStep, Step
from workbench.editor.anchor_editor import PARTS
from workbench.editor.commands import ReplaceStep
from workbench.editor.target_section import TargetSection, compact_form, main_keys, target_shape
from workbench.editor.validation_text import danish_message
from workbench.field_widgets import Collapsible, FieldEditor
from workbench.labels import action_label, action_labels

STEP_ADAPTER = TypeAdapter(Step)
STEP_DEFAULT_TIMEOUT = ClickStep.model_fields["timeout"].default
_T = QCoreApplication.translate

TARGET_FIELDS = ("text", "image", "window", "point", "offset", "region", "near", "similarity",
                 "index", "count", "patch", "size")
TARGET_KINDS = {"text": "optstr", "image": "optstr", "window": "optstr", "point": "optpair",
                "offset": "pair",
                "region": "quad", "near": "optpair", "similarity": "optfloat", "index": "optint",
                "count": "optint",
                "patch": "optstr", "size": "optpair"}
OPTIONAL_TARGET = {"type", "scroll"}


def action_fields(action: str) -> list[tuple[str, str]]:
    """(field, kind) of the fields particular to an action, besides target and `to`."""
    return {
        "type": [("text", "optstr"), ("secret", "optstr"), ("field", "choice")],
        "press": [("keys", "str")],
        "scroll": [("amount", "int")],
        "wait": [("seconds", "float")],
        "wait_for": [("gone", "bool")],
        "read_text": [("size", "pair"), ("into", "str"), ("offset", "optpair")],
        "checkpoint": [("message", "str")],
        "launch": [("command", "list")],
        "focus": [("window", "str")],
    }.get(action, [])


def field_labels() -> dict[str, str]:
    """Short labels (the panel is narrow beside the program being automated)."""
    return {
        "id": QCoreApplication.translate("StepForm", "Id"),
        "note": QCoreApplication.translate("StepForm", "Note"),
        "timeout": QCoreApplication.translate("StepForm", "Vent højst (s)"),
        "on_failure": QCoreApplication.translate("StepForm", "Ved fejl"),
        "screenshot": QCoreApplication.translate("StepForm", "Skærmbillede"),
        "text": QCoreApplication.translate("StepForm", "Tekst"),
        "secret": QCoreApplication.translate("StepForm", "Hemmelighed"),
        "field": QCoreApplication.translate("StepForm", "Felt"),
        "keys": QCoreApplication.translate("StepForm", "Taster"),
        "amount": QCoreApplication.translate("StepForm", "Hak"),
        "seconds": QCoreApplication.translate("StepForm", "Sekunder"),
        "gone": QCoreApplication.translate("StepForm", "Vent til den forsvinder"),
        "size": QCoreApplication.translate("StepForm", "Størrelse (b, h)"),
        "into": QCoreApplication.translate("StepForm", "Gem i variabel"),
        "offset": QCoreApplication.translate("StepForm", "Forskydning (dx, dy)"),
        "message": QCoreApplication.translate("StepForm", "Besked"),
        "command": QCoreApplication.translate("StepForm", "Kommando"),
        "window": QCoreApplication.translate("StepForm", "Vinduestitel"),
        "image": QCoreApplication.translate("StepForm", "Billedfil"),
        "point": QCoreApplication.translate("StepForm", "Punkt (x, y)"),
        "region": QCoreApplication.translate("StepForm", "Område (x, y, b, h)"),
        "near": QCoreApplication.translate("StepForm", "Nær (x, y)"),
        "similarity": QCoreApplication.translate("StepForm", "Mindste lighed (0–1)"),
        "index": QCoreApplication.translate("StepForm", "Forekomst nr."),
        "count": QCoreApplication.translate("StepForm", "Antal ved optagelse"),
        "patch": QCoreApplication.translate("StepForm", "Pixelprøve"),
        "once": QCoreApplication.translate("StepForm", "Kun ved første række"),
        "decision": QCoreApplication.translate("StepForm", "Træffer afgørelse"),
    }


def main_labels() -> dict[str, str]:
    """Up front, a target's fields say what a person decides."""
    return {
        "text": QCoreApplication.translate("StepForm", "Tekst på skærmen"),
        "window": QCoreApplication.translate("StepForm", "Vindue"),
        "point": QCoreApplication.translate("StepForm", "Sted (x, y)"),
    }


def _choices(key: str) -> list[tuple[str, str]]:
    if key == "on_failure":
        return [("abort", QCoreApplication.translate("StepForm", "Stop kørslen")),
                ("retry", QCoreApplication.translate("StepForm", "Prøv igen")),
                ("skip", QCoreApplication.translate("StepForm", "Spring over"))]
    if key == "field":
        return [("password", QCoreApplication.translate("StepForm", "Adgangskode")), ("username", QCoreApplication.translate("StepForm", "Brugernavn"))]
    return []


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class StepForm(QWidget):
    """Edits `document.recipe.steps[index]`; call `show_step(index)` when the selection moves.

    In the order a person decides: what the step does (the action's own fields), what it looks
    for and where it clicks (one `TargetSection` per target), how long it waits, what happens
    when it fails, the step's note; every other field under a closed "Avanceret"."""

    stepEdited = Signal(int)
    editAnchorRequested = Signal(str)   # the part of the step: `target` or a drag's `to`

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.index: int | None = None
        self._pushing = False
        self._built: tuple | None = None   # (action, shape of each target) the form shows
        self.editors: dict[tuple[str, str], FieldEditor] = {}
        self.sections: dict[str, TargetSection] = {}
        self.advanced: Collapsible | None = None
        self._advanced_open = False   # kept from step to step: a person who opened it wants it
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.action = QComboBox()
        self.action.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(10)
        for value, label in action_labels().items():
            self.action.addItem(label, value)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.form_error = QLabel()
        self.form_error.setStyleSheet("color: #b3261e;")
        self.form_error.setWordWrap(True)
        self.body = QWidget()
        self.empty = QLabel(self.tr("Vælg et trin i listen for at se og rette det."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        top = compact_form()
        top.addRow(self.tr("Handling"), self.action)
        self._layout.addWidget(self.empty)
        self._layout.addLayout(top)
        self._layout.addWidget(self.form_error)
        self._layout.addWidget(self.body)
        self._layout.addStretch(1)
        self._top_widgets = [self.action]
        document.changed.connect(self._document_changed)
        self.show_step(None)

    # -- building ------------------------------------------------------------------------------
    def show_step(self, index: int | None) -> None:
        self.index = index
        has = index is not None and 0 <= index < len(self.document.recipe.steps)
        self.empty.setVisible(not has)
        self.action.setVisible(has)
        self.body.setVisible(has)
        self.form_error.hide()
        if not has:
            self.index = None
            return
        step = self.document.recipe.steps[index]
        self.action.blockSignals(True)
        self.action.setCurrentIndex(self.action.findData(step.action))
        self.action.blockSignals(False)
        # A typing step shows up front what it types: a text, or a password from the keyring.
        secret = getattr(step, "secret", None) is not None
        built = (step.action, secret) + tuple(target_shape(getattr(step, g, None))
                                              for g in PARTS)
        if built != self._built:
            self._build(step.action, dict(zip(PARTS, built[2:])), secret)
            self._built = built
        self._fill(step)
        self.body.show()
        self.show_problems()

    def _build(self, action: str, shapes: dict[str, str], secret: bool = False) -> None:
        old = self.body
        if self.advanced is not None:
            self._advanced_open = self.advanced.is_open()
        self.body = QWidget()
        self._layout.replaceWidget(old, self.body)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.editors.clear()
        self.sections.clear()
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        labels = field_labels()
        specific = action_fields(action)
        later = []   # the action's fields that go under Avanceret
        if action == "type":
            up_front = ("secret", "field") if secret else ("text",)
            # Which field of a credential is typed means nothing for plain text, and a
            # credential's step types no text: neither is offered where it would mislead
            # (from the first-hour trial: a typed CPR number showed "Felt: Adgangskode").
            pointless = ("text",) if secret else ("field",)
            later = [(k, kind) for k, kind in specific
                     if k not in up_front and k not in pointless]
            specific = [(k, kind) for k, kind in specific if k in up_front]
        if specific:
            form = compact_form()
            for key, kind in specific:
                form.addRow(self._action_label(action, key, labels), self._editor("", key, kind))
            lay.addLayout(form)
        self.advanced = Collapsible(self.tr("Avanceret"))
        self.advanced.toggle.setToolTip(self.tr("Id, skærmbillede og ankerets felter: nær, "
                                                "område, forekomst, pixelprøve, størrelse …"))
        advanced = QVBoxLayout(self.advanced.content)
        advanced.setContentsMargins(0, 0, 0, 0)
        step_cls = type(STEP_ADAPTER.validate_python(self._example(action)))
        drag = action == "drag"
        for group in PARTS:
            if group not in step_cls.model_fields:
                continue
            shape = shapes[group]
            up_front = main_keys(shape)
            mine = {key: self._editor(group, key, TARGET_KINDS[key]) for key in TARGET_FIELDS}
            title = ((self.tr("Fra (anker)") if group == "target" else self.tr("Til (anker)"))
                     if drag else self.tr("Leder efter"))
            section = TargetSection(group, action, shape, title, mine, main_labels())
            section.fixRequested.connect(self.editAnchorRequested)
            section.offsetChosen.connect(self._offset_chosen)
            self.sections[group] = section
            lay.addWidget(section)
            form = compact_form()
            if drag:
                heading = QLabel(self.tr("Fra") if group == "target" else self.tr("Til"))
                heading.setStyleSheet("font-weight: bold;")
                advanced.addWidget(heading)
            for key in TARGET_FIELDS:
                if key not in up_front:
                    form.addRow(labels[key], mine[key])
            advanced.addLayout(form)
        waits = "target" in step_cls.model_fields or action == "focus"
        self.wait_hint = _hint("")
        self._wait_action = action
        if waits:
            wait = self._box(self.tr("Ventetid"), [("timeout", "float")], labels)
            wait.layout().addRow(self.wait_hint)
            lay.addWidget(wait)
        failure = self._box(self.tr("Hvis trinnet fejler"), [("on_failure", "choice")], labels)
        self.failure_hint = _hint("")
        failure.layout().addRow(self.failure_hint)
        lay.addWidget(failure)
        lay.addWidget(self._box(self.tr("Om trinnet"), [("note", "optstr"), ("once", "bool"),
                                                        ("decision", "bool")], labels))
        form = compact_form()
        if not waits:
            form.addRow(labels["timeout"], self._editor("", "timeout", "float"))
        for key, kind in later:
            form.addRow(self._action_label(action, key, labels), self._editor("", key, kind))
        for key in ("id", "screenshot"):
            form.addRow(labels[key], self._editor("", key, "optstr"))
        advanced.insertLayout(0, form)
        self.advanced.set_open(self._advanced_open)
        lay.addWidget(self.advanced)

    def _box(self, title: str, fields, labels, hint: str = "") -> QGroupBox:
        box = QGroupBox(title)
        form = compact_form()
        box.setLayout(form)
        for key, kind in fields:
            if kind == "bool":
                ed = self._editor("", key, kind, text=labels[key])
                ed.editor.setToolTip(self._bool_tip(key))
                form.addRow(ed)
            else:
                form.addRow(labels[key], self._editor("", key, kind))
        if hint:
            form.addRow(_hint(hint))
        return box

    def _bool_tip(self, key: str) -> str:
        if key == "once":
            return self.tr("Med en datafil udføres trinnet kun for første række (fx log ind)")
        if key == "decision":
            return self.tr("Trinnet træffer en afgørelse i sagen: et kontrolpunkt skal komme "
                           "før det")
        return ""

    def default_timeout(self) -> float:
        """What a step without a timeout of its own waits: the setting in Indstillinger."""
        settings = getattr(self.window(), "settings", None)
        return float(getattr(settings, "default_timeout", STEP_DEFAULT_TIMEOUT))

    def _wait_hint(self, action: str) -> str:
        default = f"{self.default_timeout():g}".replace(".", ",")
        if action == "focus":
            what = self.tr("Så længe ventes der på vinduet.")
        elif action == "wait_for":
            what = self.tr("Så længe ventes der på, at ankeret ses (eller forsvinder).")
        else:
            what = self.tr("Så længe ventes der på, at ankeret ses.")
        return what + " " + self.tr("Tomt: standarden fra Indstillinger, {0} sekunder.").format(
            default)

    def _action_label(self, action: str, key: str, labels: dict) -> str:
        if action == "type" and key == "text":
            return self.tr("Skriv")
        if action == "read_text" and key == "size":
            return self.tr("Læs et felt (b, h)")
        if action == "read_text" and key == "offset":
            return self.tr("Feltets midte (dx, dy)")
        return labels[key]

    def _editor(self, group: str, key: str, kind: str, text: str = "") -> FieldEditor:
        ed = FieldEditor(key, kind, _choices(key), text=text)
        ed.edited.connect(lambda _k, g=group, k=key: self._edited(g, k))
        self.editors[(group, key)] = ed
        return ed

    @staticmethod
    def _example(action: str) -> dict:
        """A minimal valid step of an action (to learn which fields its class has)."""
        t = {"text": "x"}
        return {"click": {"target": t}, "double_click": {"target": t}, "right_click": {"target": t},
                "type": {"text": "x"}, "press": {"keys": "Return"}, "scroll": {},
                "drag": {"target": t, "to": t}, "wait": {"seconds": 1}, "wait_for": {"target": t},
                "read_text": {"target": t, "size": [1, 1], "into": "x"}, "expect": {"target": t},
                "checkpoint": {"message": "x"}, "launch": {"command": ["x"]},
                "focus": {"window": "x"}}[action] | {"action": action}

    def _fill(self, step) -> None:
        for (group, key), ed in self.editors.items():
            if group:
                target = getattr(step, group, None)
                ed.set_value(getattr(target, key) if target is not None else None)
            else:
                ed.set_value(getattr(step, key, None))
        timeout = self.editors.get(("", "timeout"))
        if timeout is not None:
            # A step without a timeout of its own follows the settings' default: left empty,
            # so that an edit of another field does not give it one.
            timeout.editor.setPlaceholderText(f"{self.default_timeout():g}".replace(".", ","))
            if "timeout" not in step.model_fields_set:
                timeout.set_value(None)
        self._show_words(step)

    def _show_words(self, step) -> None:
        """The pictures and sentences that follow the fields: the targets and the failure."""
        for group, section in self.sections.items():
            section.show_target(self.document, step, getattr(step, group, None))
        self.failure_hint.setText(self._failure_text(step.on_failure))
        self.wait_hint.setText(self._wait_hint(self._wait_action))

    def _failure_text(self, choice: str) -> str:
        from recipes.runner import RETRIES

        if choice == "retry":
            return self.tr("Trinnet prøves op til {0} gange mere; lykkes det ikke, stopper "
                           "kørslen.").format(RETRIES)
        if choice == "skip":
            return self.tr("Kørslen fortsætter med næste trin.")
        return self.tr("Kørslen stopper her, og robotten gør ikke mere.")

    # -- editing -------------------------------------------------------------------------------
    def _data(self) -> tuple[dict, dict]:
        """The step as the form says it, and the fields that could not be read."""
        data: dict = {"action": self.action.currentData()}
        bad: dict = {}
        targets: dict[str, dict] = {}
        for (group, key), ed in self.editors.items():
            try:
                value = ed.value()
            except ValueError as exc:
                bad[(group, key)] = str(exc)
                continue
            if group:
                if value is not None and not (key == "offset" and value == (0, 0)):
                    targets.setdefault(group, {})[key] = value
            elif value is not None and value != "":
                data[key] = value
        for group, tdata in targets.items():
            data[group] = tdata
        self._keep_unshown(data)
        return data, bad

    def _keep_unshown(self, data: dict) -> None:
        """Fields of the step that the form has no editor for stay as they are: an edit of the
        note must never drop what the form does not show."""
        if self.index is None:
            return
        current = self.document.recipe.steps[self.index]
        if current.action != data["action"]:
            return
        shown = {(g, k) for g, k in self.editors}
        before = current.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        for key, value in before.items():
            if isinstance(value, dict) and any(g == key for g, _ in shown):
                for sub, subvalue in value.items():
                    if (key, sub) not in shown and key in data:
                        data[key].setdefault(sub, subvalue)
            elif ("", key) not in shown and key not in data:
                data[key] = value

    def _offset_chosen(self, group: str, dx: int, dy: int, merge: bool) -> None:
        """The marker was dragged (one undo step per drag) or moved with the arrow keys."""
        self.editors[(group, "offset")].set_value((dx, dy))
        self._edited(group, "offset", merge=merge)

    def _edited(self, group: str, key: str, merge: bool = True) -> None:
        if self.index is None:
            return
        data, bad = self._data()
        for ed in self.editors.values():
            ed.set_error(None)
        self.form_error.hide()
        for where, msg in bad.items():
            self.editors[where].set_error(msg)
        if bad:
            return
        try:
            step = STEP_ADAPTER.validate_python(data)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        if step == self.document.recipe.steps[self.index]:
            return
        self._pushing = True
        try:
            text = (self.tr("Flyt klikpunkt") if key == "offset" and group else
                    self.tr("Ret {0}").format(field_labels().get(key, key).lower()))
            self.document.push(ReplaceStep(self.index, step, text,
                                           field=f"{group}.{key}" if merge else None))
        finally:
            self._pushing = False
        self._show_words(step)
        self.show_problems()
        self.stepEdited.emit(self.index)

    def show_problems(self) -> None:
        """Problems of the whole recipe that concern this step (unknown placeholder, duplicate
        id, undeclared secret): the recipe cannot be saved until they are fixed."""
        from workbench.recipe_io import problems

        mine = [str(p) for p in problems(self.document.recipe)
                if str(p).startswith(f"step {self.index + 1}:") or
                str(p).startswith(f"step {self.index + 1} ")]
        if mine:
            self.form_error.setText(self.tr("Opskriften kan ikke gemmes, før dette er rettet:")
                                    + "\n" + "\n".join(mine))
            self.form_error.show()

    def _show_errors(self, exc: ValidationError) -> None:
        general = []
        for err in exc.errors():
            loc = [str(p) for p in err["loc"] if not str(p).startswith(("ClickStep", "TypeStep"))]
            loc = [p for p in loc if p not in ACTIONS]
            ed = None
            if len(loc) >= 2 and (loc[0], loc[1]) in self.editors:
                ed = self.editors[(loc[0], loc[1])]
            elif loc and ("", loc[0]) in self.editors:
                ed = self.editors[("", loc[0])]
            elif loc and loc[0] in ("target", "to"):
                # a target-wide rule (needs text, image or point): shown on its text field, or
                # on its window field where the rule is about the window
                field = "window" if "`window`" in str(err.get("msg", "")) else "text"
                ed = self.editors.get((loc[0], field))
            if ed is not None:
                ed.set_error(danish_message(err))
            else:
                general.append(danish_message(err))
        if general:
            self.form_error.setText("\n".join(general))
            self.form_error.show()

    def _action_changed(self, _i: int) -> None:
        """Changing the action keeps the general fields and the target where both have one."""
        if self.index is None:
            return
        action = self.action.currentData()
        old = self.document.recipe.steps[self.index]
        data = self._example(action)
        for key in ("id", "note", "timeout", "on_failure", "screenshot"):
            data[key] = getattr(old, key)
        if getattr(old, "target", None) is not None and "target" in data:
            data["target"] = old.target.model_dump()
        step = STEP_ADAPTER.validate_python(data)
        self.document.push(ReplaceStep(self.index, step, self.tr("Skift handling til {0}").format(
            action_label(action))))
        self.show_step(self.index)

    def _document_changed(self, change) -> None:
        if self._pushing or self.index is None:
            return
        if self.index >= len(self.document.recipe.steps):
            self.show_step(None)
        elif change.kind in ("update", "reset", "move", "insert", "remove"):
            self.show_step(self.index)
