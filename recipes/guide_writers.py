"""A guide (recipes.guide.Guide) written as one HTML file with its pictures inlined, or as a
Word document (python-docx). Both in Danish; the PDF is drawn by the workbench with Qt."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from recipes.fileformat import atomic_write_bytes
from recipes.guide import Guide


def png_bytes(pixels) -> bytes:
    import cv2

    ok, data = cv2.imencode(".png", pixels)
    if not ok:
        raise ValueError("a picture could not be encoded as PNG")
    return data.tobytes()


CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; color: #1f2d3a; max-width: 860px;
       margin: 24px auto; padding: 0 16px; line-height: 1.45; }
h1 { font-size: 26px; margin-bottom: 4px; }
.facts { color: #5f6b77; margin-bottom: 20px; }
.facts td { padding: 2px 12px 2px 0; }
.step { border-top: 1px solid #d9dee4; padding: 14px 0; page-break-inside: avoid; }
.step h2 { font-size: 17px; margin: 0 0 6px 0; }
.step h2 .n { display: inline-block; min-width: 28px; color: #1f6fd1; }
.note { color: #3d4a57; font-style: italic; margin: 4px 0 8px 28px; }
.step img { margin-left: 28px; max-width: 780px; border: 1px solid #c5ccd3; }
.checkpoint h2 { color: #ad6800; }
"""


def html_text(guide: Guide, image_src=None, image_scale: float | None = None) -> str:
    """The guide as HTML; `image_src(step)` names a step's picture (default: inlined PNG);
    `image_scale` gives each picture a width (for Qt's text document, which ignores CSS)."""
    e = html.escape
    rows = [("Opskrift", guide.name), ("Version", guide.version), ("Forfatter", guide.author),
            ("Dato", guide.date)]
    if guide.inputs:
        rows.append(("Inddata", ", ".join(guide.inputs)))
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>Vejledning: {e(guide.name)}</title><style>{CSS}</style></head><body>",
           f"<h1>Vejledning: {e(guide.name)}</h1>",
           f"<p>{e(guide.description)}</p>" if guide.description else "",
           '<table class="facts">' + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>"
                                             for k, v in rows) + "</table>"]
    for s in guide.steps:
        kind = "step checkpoint" if s.action == "checkpoint" else "step"
        out.append(f'<div class="{kind}"><h2><span class="n">{s.number}.</span> '
                   f"{e(s.instruction)}</h2>")
        if s.note:
            out.append(f'<p class="note">{e(s.note)}</p>')
        if s.picture is not None:
            if image_src is None:
                data = base64.b64encode(png_bytes(s.picture)).decode("ascii")
                src = f"data:image/png;base64,{data}"
            else:
                src = image_src(s)
            width = (f' width="{int(s.picture.shape[1] * image_scale)}"' if image_scale
                     else "")
            out.append(f'<p class="picture"><img alt="Trin {s.number}" src="{src}"{width}></p>')
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(x for x in out if x)


def write_html(guide: Guide, path: Path) -> None:
    atomic_write_bytes(Path(path), html_text(guide).encode("utf-8"))


def write_docx(guide: Guide, path: Path) -> None:
    import io

    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    doc.core_properties.title = f"Vejledning: {guide.name}"
    doc.core_properties.author = guide.author
    doc.core_properties.language = "da-DK"
    doc.add_heading(f"Vejledning: {guide.name}", level=0)
    if guide.description:
        doc.add_paragraph(guide.description)
    facts = [("Opskrift", guide.name), ("Version", guide.version), ("Forfatter", guide.author),
             ("Dato", guide.date)] + ([("Inddata", ", ".join(guide.inputs))] if guide.inputs else [])
    table = doc.add_table(rows=0, cols=2)
    for key, value in facts:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    for s in guide.steps:
        heading = doc.add_heading(f"{s.number}. {s.instruction}", level=2)
        if s.action == "checkpoint":
            for run in heading.runs:
                run.font.color.rgb = RGBColor(0xAD, 0x68, 0x00)
        if s.note:
            note = doc.add_paragraph()
            run = note.add_run(s.note)
            run.italic = True
            run.font.size = Pt(10)
        if s.picture is not None:
            doc.add_picture(io.BytesIO(png_bytes(s.picture)), width=Cm(15))
    data = io.BytesIO()
    doc.save(data)
    atomic_write_bytes(Path(path), data.getvalue())
