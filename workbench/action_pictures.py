"""Small pictures for steps that have no screenshot: a key cap for `press`, a text field for
`type`, a clock for `wait`, a raised hand for `checkpoint`... so the step list reads at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

INK = QColor("#3b4652")
CARD = QColor("#eef1f4")
ACCENT = QColor("#1f6fd1")
WARN = QColor("#ad6800")


def _card(size: QSize) -> tuple[QPixmap, QPainter]:
    pix = QPixmap(size)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(QColor("#d5dbe1"), 1))
    p.setBrush(CARD)
    p.drawRoundedRect(QRectF(1, 1, size.width() - 2, size.height() - 2), 6, 6)
    return pix, p


def _text(p: QPainter, rect: QRectF, text: str, size: float, colour=INK, bold=False) -> None:
    f = QFont()
    f.setPointSizeF(size)
    f.setBold(bold)
    p.setFont(f)
    p.setPen(colour)
    elided = p.fontMetrics().elidedText(text, Qt.ElideRight, int(rect.width()))
    p.drawText(rect, Qt.AlignCenter, elided)


def action_picture(step, size: QSize) -> QPixmap | None:
    a = step.action
    w, h = size.width(), size.height()
    if a == "press":
        pix, p = _card(size)
        keys = step.keys.split("+")
        cap_w = (w - 12 - 4 * (len(keys) - 1)) / max(1, len(keys))
        x = 6.0
        for k in keys:
            r = QRectF(x, h * 0.22, cap_w, h * 0.56)
            p.setPen(QPen(INK, 1.2))
            p.setBrush(QColor("white"))
            p.drawRoundedRect(r, 4, 4)
            _text(p, r, k, 8.5, bold=True)
            x += cap_w + 4
    elif a == "type":
        pix, p = _card(size)
        r = QRectF(6, h * 0.25, w - 12, h * 0.5)
        p.setPen(QPen(ACCENT, 1.2))
        p.setBrush(QColor("white"))
        p.drawRect(r)
        if step.secret and step.field == "username":
            shown = QCoreApplication.translate("ActionPictures", "brugernavn")
        else:
            shown = "••••••" if step.secret else (step.text or "")
        _text(p, r.adjusted(4, 0, -4, 0), shown + "|", 9)
    elif a in ("wait", "wait_for"):
        pix, p = _card(size)
        c = QRectF(8, h / 2 - 13, 26, 26)
        p.setPen(QPen(INK, 2))
        p.setBrush(Qt.NoBrush)
        p.drawEllipse(c)
        p.drawLine(c.center(), c.center() + QRectF(0, -9, 0, 0).topLeft())
        p.drawLine(c.center(), c.center() + QRectF(6, 0, 0, 0).topLeft())
        label = f"{step.seconds:g} s" if a == "wait" else "…"
        _text(p, QRectF(38, 0, w - 42, h), label, 10)
    elif a == "checkpoint":
        pix, p = _card(size)
        c = QRectF(8, h / 2 - 13, 26, 26)
        p.setPen(Qt.NoPen)
        p.setBrush(WARN)
        p.drawEllipse(c)
        _text(p, c, "?", 13, QColor("white"), bold=True)
        _text(p, QRectF(38, 0, w - 42, h), QCoreApplication.translate("Labels", "Godkend?"), 9,
              WARN, bold=True)
    elif a in ("launch", "focus"):
        pix, p = _card(size)
        r = QRectF(8, 8, w - 16, h - 16)
        p.setPen(QPen(INK, 1.2))
        p.setBrush(QColor("white"))
        p.drawRect(r)
        p.setBrush(ACCENT)
        p.drawRect(QRectF(r.x(), r.y(), r.width(), 8))
        text = step.command[-1] if a == "launch" else step.window
        _text(p, r.adjusted(2, 8, -2, 0), text, 7.5)
    else:
        return None
    p.end()
    return pix
