"""Indstillinger: OCR languages, default timeout, abort hotkey, recipe folder, interface language,
how long failure screenshots are kept."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSpinBox, QWidget,
)

from recipes.keys import parse_combo
from workbench.field_widgets import ERROR_STYLE
from workbench.i18n import LANGUAGES
from workbench.settings import Settings



class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indstillinger"))
        self.settings = settings
        self.ocr = QComboBox()
        for value, label in (("dan+eng", self.tr("Dansk og engelsk")), ("dan", self.tr("Dansk")),
                             ("eng", self.tr("Engelsk"))):
            self.ocr.addItem(label, value)
        i = self.ocr.findData(settings.ocr_languages)
        if i < 0:
            self.ocr.addItem(settings.ocr_languages, settings.ocr_languages)
            i = self.ocr.count() - 1
        self.ocr.setCurrentIndex(i)
        self.timeout = QDoubleSpinBox(minimum=0.5, maximum=600, decimals=1, suffix=" s")
        self.timeout.setValue(settings.default_timeout)
        self.hotkey = QLineEdit(settings.abort_hotkey)
        self.hotkey_error = QLabel()
        self.hotkey_error.setStyleSheet(ERROR_STYLE)
        self.hotkey.textChanged.connect(self._check_hotkey)
        self.stop_key = QLineEdit(settings.stop_recording_hotkey)
        self.stop_key.setToolTip(self.tr("Tasterne, der stopper en optagelse (vises på "
                                         "optagelsens kontrol)"))
        self.stop_key.textChanged.connect(self._check_hotkey)
        self.folder = QLineEdit(str(settings.folder))
        browse = QPushButton(self.tr("Væ&lg …"))
        browse.clicked.connect(self._browse)
        folder_row = QWidget()
        fl = QHBoxLayout(folder_row)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.folder, 1)
        fl.addWidget(browse)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.user = QLineEdit(settings.user_name, placeholderText=settings.who)

        self.minimize = QCheckBox(self.tr("Minimé&r arbejdsbordet, mens robotten kører"))
        self.minimize.setChecked(settings.minimize_during_run)
        self.retention = QSpinBox(minimum=1, maximum=3650, suffix=self.tr(" dage"))
        self.retention.setValue(settings.screenshot_retention_days)
        self.retention.setToolTip(self.tr("Skærmbilleder af fejlede trin kan vise personoplysninger "
                                          "og slettes efter så mange dage. Kørslerne bliver i "
                                          "historikken."))
        form = QFormLayout(self)
        form.addRow(self.tr("&OCR-sprog"), self.ocr)
        form.addRow(self.tr("Standard-&ventetid pr. trin"), self.timeout)
        form.addRow(self.tr("Nø&dstop-tast (kørsel)"), self.hotkey)
        form.addRow(self.tr("S&top optagelse-tast"), self.stop_key)
        form.addRow("", self.hotkey_error)
        form.addRow(self.tr("&Mappe med opskrifter"), folder_row)
        form.addRow(self.tr("S&prog i programmet"), self.language)
        form.addRow(self.tr("D&it navn (ved kontrolpunkter)"), self.user)
        form.addRow("", self.minimize)
        form.addRow(self.tr("Gem &skærmbilleder af fejl i"), self.retention)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Gem"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("A&nnuller"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._check_hotkey(self.hotkey.text())

    def _check_hotkey(self, _text: str = "") -> None:
        """Both hotkeys must be keys the workbench knows, and not the same keys."""
        problem = None
        combos = []
        for label, field in ((self.tr("Nødstop-tast"), self.hotkey),
                             (self.tr("Stop optagelse-tast"), self.stop_key)):
            try:
                combos.append(parse_combo(field.text()))
            except Exception as exc:
                problem = problem or self.tr("{0}: ukendt tastkombination: {1}").format(label, exc)
        if problem is None and len(combos) == 2 and combos[0] == combos[1]:
            problem = self.tr("Nødstop og stop af optagelse skal være forskellige taster.")
        self.hotkey_error.setText(problem or "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(problem is None)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("&Mappe med opskrifter"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def result_settings(self) -> Settings:
        return replace(self.settings, ocr_languages=self.ocr.currentData(),
                       default_timeout=self.timeout.value(), abort_hotkey=self.hotkey.text().strip(),
                       stop_recording_hotkey=self.stop_key.text().strip(),
                       recipe_folder=self.folder.text().strip(),
                       language=self.language.currentData(), user_name=self.user.text().strip(),
                       minimize_during_run=self.minimize.isChecked(),
                       screenshot_retention_days=self.retention.value())
