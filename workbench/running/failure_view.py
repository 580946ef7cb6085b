"""What a failed step looks like: the expected anchor beside the screen at the failure, with the
best candidate(s) marked, the reason, and "Ret anker" / "Prøv igen"."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from workbench.anchor_geometry import anchor_box
from workbench.frames import frame_to_qimage
from workbench.thumbnails import load_image, recorded_screen
from workbench.run_words import step_reason


def _fmt(score: float) -> str:
    return f"{score:.2f}".replace(".", ",")


class FailureView(QWidget):
    editAnchor = Signal(int)
    retry = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.index = -1
        self.setObjectName("failure")
        self.setStyleSheet("QWidget#failure { background: #fff4f4; border: 1px solid #e7b4b4; "
                           "border-radius: 6px; }")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("color: #b3261e;")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.expected = QLabel()
        self.actual = QLabel()
        for pic in (self.expected, self.actual):
            pic.setAlignment(Qt.AlignCenter)
            pic.setStyleSheet("background: #3a3f44; color: #e0e0e0; padding: 3px;")
        self.expected_caption = QLabel(self.tr("Forventet anker (optaget)"))
        self.actual_caption = QLabel(self.tr("Skærmen ved fejlen – bedste kandidat markeret"))
        fix = QPushButton(self.style().standardIcon(QStyle.SP_FileDialogDetailedView),
                          self.tr("&Ret anker"))
        self.fix_button = fix
        again = QPushButton(self.style().standardIcon(QStyle.SP_BrowserReload), self.tr("Prøv &igen"))
        again.setObjectName("primary")
        fix.clicked.connect(lambda: self.editAnchor.emit(self.index))
        again.clicked.connect(lambda: self.retry.emit(self.index))
        self.reason.setMaximumHeight(90)
        self.expected.setFixedSize(240, 150)
        self.actual.setFixedHeight(150)
        self.actual.setMinimumWidth(300)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(fix)
        buttons.addWidget(again)
        buttons.addStretch(1)
        left.addLayout(buttons)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0, 2, 1)
        grid.addWidget(self.expected_caption, 0, 1)
        grid.addWidget(self.actual_caption, 0, 2)
        grid.addWidget(self.expected, 1, 1)
        grid.addWidget(self.actual, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.setMaximumHeight(200)

    def show_failure(self, index: int, step, result, document) -> None:
        self.index = index
        self.title.setText(self.tr("Trin {0} fejlede").format(index + 1))
        part = failed_part(step, result)
        target = getattr(step, part, None)
        what = describe(target)
        if part == "to":
            what = self.tr("{0} (hvor trækket slutter)").format(what)
        code = (getattr(result, "problem", None) or {}).get("code")
        if result.candidates and len(result.candidates) > 1 and code == "anchor_ambiguous":
            lead = self.tr("Ankeret {0} findes flere steder på skærmen, og robotten gætter "
                           "ikke. Angiv forekomst, område eller nær-position.").format(what)
        elif result.candidates:
            best = max(result.candidates, key=lambda c: c.score)
            lead = self.tr("Ankeret {0} blev ikke fundet sikkert nok inden for {1} s. Det "
                           "bedste bud havde score {2}.").format(
                what, f"{step.timeout:g}", _fmt(best.score))
        elif target is not None:
            lead = self.tr("Ankeret {0} blev ikke fundet på skærmen inden for {1} s, og intet "
                           "lignende var at se.").format(what, f"{step.timeout:g}")
        else:
            lead = self.tr("Trinnet kunne ikke udføres.")
        details = step_reason(result) or self.tr("Ukendt fejl")
        label = self.tr("Detaljer")
        self.reason.setText(f"<b>{lead}</b><br><span style='color:#5b6570'>"
                            f"{label}: {_html(details)}</span>")
        self._show_expected(step, target, document)
        self._show_actual(result, target)
        self.show()

    def _show_expected(self, step, target, document) -> None:
        pix = None
        if target is not None and target.image:
            img = load_image(document.resolve(target.image))
            pix = QPixmap.fromImage(img) if img is not None else None
        if pix is None and target is not None:
            img = recorded_screen(document, step)
            box = anchor_box(target)
            if img is not None and box is not None:
                x, y, w, h = box
                pad = max(w, h)
                pix = QPixmap.fromImage(img.copy(QRect(x - pad, y - pad // 2, w + 2 * pad, h + pad)))
                p = QPainter(pix)
                p.setPen(QPen(QColor("#1f6fd1"), 2))
                p.drawRect(pad, pad // 2, w, h)
                p.end()
        if pix is None:
            self.expected.setText(describe(target))
        else:
            self.expected.setPixmap(pix.scaled(232, 142, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def _show_actual(self, result, target=None) -> None:
        if result.screenshot is None:
            self.actual.setText(self.tr("Intet skærmbillede"))
            return
        pix = QPixmap.fromImage(frame_to_qimage(result.screenshot))
        p = QPainter(pix)
        for n, c in enumerate(sorted(result.candidates, key=lambda c: -c.score)[:6]):
            colour = QColor("#ef8a00")
            p.setPen(QPen(colour, 4 if n == 0 else 2, Qt.SolidLine if n == 0 else Qt.DashLine))
            p.drawRect(c.x - 3, c.y - 3, c.w + 6, c.h + 6)
            p.fillRect(c.x - 3, c.y - 26, 64, 22, colour)
            p.setPen(QColor("white"))
            f = p.font()
            f.setPointSize(12)
            p.setFont(f)
            p.drawText(QRect(c.x - 3, c.y - 26, 64, 22), Qt.AlignCenter, _fmt(c.score))
        p.end()
        # show the neighbourhood of the best candidate (or of where the anchor was recorded)
        best = max(result.candidates, key=lambda c: c.score) if result.candidates else None
        centre = ((best.x + best.w // 2, best.y + best.h // 2) if best is not None
                  else (target.near if target is not None and target.near else None))
        if centre is not None:
            w, h = 900, 340
            pix = pix.copy(QRect(centre[0] - w // 2, centre[1] - h // 2, w, h))
        self.actual.setPixmap(pix.scaled(560, 142, Qt.KeepAspectRatio, Qt.SmoothTransformation))


def failed_part(step, result) -> str:
    """The step's target a failure is about: `to` where a drag found its start but not its end."""
    if (getattr(step, "to", None) is not None and getattr(result, "found", None) is not None
            and getattr(result, "found_to", None) is None):
        return "to"
    return "target"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def describe(target) -> str:
    from workbench.labels import describe_target

    return describe_target(target) if target is not None else ""
