"""A guide (recipes.guide.Guide) as PDF, drawn with Qt's own PDF writer from the same HTML as
the HTML guide (its pictures given to the text document as resources)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from recipes.guide import Guide
from recipes.guide_writers import html_text, png_bytes


def write_pdf(guide: Guide, path: Path) -> None:
    """A4, written beside the target and moved into place (never a half-written file)."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["opskrift", "-platform", os.environ.get("QT_QPA_PLATFORM",
                                                                        "offscreen")])
    path = Path(path)
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setFamily("DejaVu Sans")
    font.setPointSize(11)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet("h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; } "
                             ".note { color: #3d4a57; } .facts { color: #5f6b77; }")
    for s in guide.steps:
        if s.picture is not None:
            image = QImage.fromData(png_bytes(s.picture), "PNG")
            doc.addResource(QTextDocument.ImageResource, QUrl(f"guide:trin{s.number}.png"), image)
    doc.setHtml(html_text(guide, image_src=lambda s: f"guide:trin{s.number}.png",
                          image_scale=1.4))
    fd, temp = tempfile.mkstemp(prefix=".guide-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(temp)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Millimeter))
        writer.setResolution(150)
        writer.setTitle(f"Vejledning: {guide.name}")
        writer.setCreator("Opskrift")
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
        doc.print_(writer)
        del writer
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


FORMATS = ("pdf", "docx", "html")


def write_guide(guide: Guide, path: Path, kind: str) -> None:
    """The guide in one of FORMATS: PDF here (Qt), DOCX and HTML by recipes.guide_writers."""
    from recipes.guide_writers import write_docx, write_html

    {"pdf": write_pdf, "docx": write_docx, "html": write_html}[kind](guide, path)
