"""The gains report written for a spreadsheet: CSV for Danish Excel (semicolon, decimal comma,
UTF-8 with a BOM) and XLSX (numbers as numbers with formats, a sheet of the assumptions).

Both are in Danish: they go to the municipality's own follow-up. The words of a column are in
`COLUMNS`; one rule for each figure lives in `recipes.gains`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from recipes.gains import Figures, Report

OUTCOME_WORDS = {"straight_through": "Lige igennem", "handed_off": "Overdraget til person",
                 "failed": "Fejlet", "aborted": "Afbrudt"}
# The same words as the workbench's (workbench/labels.py failure_category_label).
CATEGORY_WORDS = {"anchor_not_found": "Anker ikke fundet",
                  "program_changed": "Programmet ser anderledes ud",
                  "timeout": "Ventede forgæves", "data_error": "Fejl i sagens data",
                  "user_abort": "Stoppet af en person",
                  "rejected_at_checkpoint": "Afvist ved kontrolpunkt", "other": "Andet"}
SOURCE_WORDS = {"målt": "målt", "indtastet": "indtastet", "estimeret": "estimeret"}

# (heading, value of a Figures, Excel number format)
COLUMNS = (
    ("Sager", lambda f, a: f.cases, "0"),
    ("Lige igennem", lambda f, a: f.outcomes["straight_through"], "0"),
    ("Overdraget", lambda f, a: f.outcomes["handed_off"], "0"),
    ("Fejlet", lambda f, a: f.outcomes["failed"], "0"),
    ("Afbrudt", lambda f, a: f.outcomes["aborted"], "0"),
    ("Andel lige igennem", lambda f, a: f.rate("straight_through"), "0.0%"),
    ("Andel overdraget", lambda f, a: f.rate("handed_off"), "0.0%"),
    ("Andel fejlet", lambda f, a: f.rate("failed"), "0.0%"),
    ("Brutto timer sparet", lambda f, a: f.gross_hours, "#,##0.0"),
    ("Timer brugt af personer", lambda f, a: f.human_hours, "#,##0.0"),
    ("Netto timer", lambda f, a: f.net_hours, "#,##0.0"),
    ("Årsværk", lambda f, a: f.fte(a), "0.000"),
    ("Kroner", lambda f, a: f.kroner(a), "#,##0"),
    ("Robot min. pr. sag", lambda f, a: f.robot_minutes_per_case, "0.0"),
    ("Person min. pr. sag", lambda f, a: f.human_minutes_per_case, "0.0"),
    ("Andel på målt baseline", lambda f, a: f.measured_share, "0.0%"),
    ("Sager uden baseline", lambda f, a: f.without_baseline, "0"),
)


def rows(report: Report) -> list[tuple[str, str, Figures]]:
    """(recipe, month, figures): each recipe's months and its total, then each month of all
    recipes and the grand total. Months without runs appear in the all-recipes rows."""
    out = []
    for recipe in sorted(report.by_recipe):
        for month in report.months:
            if (recipe, month) in report.by_recipe_month:
                out.append((recipe, month, report.by_recipe_month[(recipe, month)]))
        out.append((recipe, "I alt", report.by_recipe[recipe]))
    for month in report.months:
        out.append(("Alle opskrifter", month, report.by_month.get(month, Figures())))
    out.append(("Alle opskrifter", "I alt", report.total))
    return out


def _danish(value, number_format: str) -> str:
    """A number as Danish Excel reads it from a CSV: decimal comma, no thousands separator."""
    if value is None:
        return ""
    if number_format.endswith("%"):
        value = value * 100
        decimals = number_format.count("0") - 1
    elif "." in number_format:
        decimals = len(number_format.split(".")[1])
    else:
        return str(round(value))
    return f"{value:.{decimals}f}".replace(".", ",")


def write_csv(report: Report, path: Path) -> None:
    """Semicolons, decimal commas and a BOM, so Danish Excel opens it in columns with æøå."""
    import csv
    import io

    from recipes.fileformat import atomic_write_bytes

    buffer = io.StringIO()
    w = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    w.writerow(["Opskrift", "Måned"] + [h + (" (%)" if fmt.endswith("%") else "")
                                        for h, _g, fmt in COLUMNS])
    for recipe, month, f in rows(report):
        w.writerow([recipe, month] + [_danish(get(f, report.assumptions), fmt)
                                      for _h, get, fmt in COLUMNS])
    atomic_write_bytes(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def write_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    a = report.assumptions
    book = Workbook()
    bold = Font(bold=True)

    def sheet(title, headings, first=False):
        ws = book.active if first else book.create_sheet()
        ws.title = title
        ws.append(headings)
        for cell in ws[1]:
            cell.font = bold
        ws.freeze_panes = "A2"
        return ws

    def put(ws, values, formats):
        ws.append(values)
        for cell, fmt in zip(ws[ws.max_row], formats):
            if fmt and isinstance(cell.value, (int, float)):
                cell.number_format = fmt

    def widths(ws, first=28, rest=14):
        for i in range(1, ws.max_column + 1):
            ws.column_dimensions[get_column_letter(i)].width = first if i == 1 else rest

    ws = sheet("Oversigt", ["År", "Netto timer", "Årsværk", "Mål (årsværk)", "Andel af mål",
                            "Kroner"], first=True)
    for y in report.years:
        put(ws, [y.year, y.net_hours, y.fte, y.target, y.share, y.net_hours * a.hourly_cost],
            ["0", "#,##0.0", "0.000", "0.0", "0.0%", "#,##0"])
    t = report.total
    put(ws, ["I alt", t.net_hours, t.fte(a), None, None, t.kroner(a)],
         [None, "#,##0.0", "0.000", None, None, "#,##0"])
    widths(ws, 12)

    ws = sheet("Pr. opskrift og måned", ["Opskrift", "Måned"] + [c[0] for c in COLUMNS])
    for recipe, month, f in rows(report):
        put(ws, [recipe, month] + [get(f, a) for _h, get, _f in COLUMNS],
            [None, None] + [fmt for _h, _g, fmt in COLUMNS])
    widths(ws)

    ws = sheet("Pr. måned", ["Måned", "Netto timer", "Netto timer i år indtil nu",
                             "Mål, timer i år indtil nu",
                             "Andel lige igennem", "Andel overdraget", "Andel fejlet"])
    for month, cumulative, goal in report.cumulative():
        f = report.by_month.get(month, Figures())
        put(ws, [month, f.net_hours, cumulative, goal, f.rate("straight_through"),
                 f.rate("handed_off"), f.rate("failed")],
            [None, "#,##0.0", "#,##0.0", "#,##0.0", "0.0%", "0.0%", "0.0%"])
    widths(ws, 12)

    ws = sheet("Fejl (Pareto)", ["Årsag", "Sager", "Andel"])
    failures = sum(n for _c, n in report.pareto)
    for category, n in report.pareto:
        put(ws, [CATEGORY_WORDS.get(category, category), n, n / failures], [None, "0", "0.0%"])
    widths(ws)

    ws = sheet("Antagelser", ["Antagelse", "Værdi"])
    for label, value, fmt in assumption_rows(report):
        put(ws, [label, value], [None, fmt])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 90
    from recipes.fileformat import atomic_write_bytes
    import io

    data = io.BytesIO()
    book.save(data)
    atomic_write_bytes(Path(path), data.getvalue())


def assumption_rows(report: Report) -> list[tuple[str, object, str | None]]:
    a = report.assumptions
    period = (f"{report.start or (report.months[0] + '-01' if report.months else '-')} – "
              f"{report.end or 'i dag'}")
    out = [("Periode", period, None),
           ("Lavet", dt.datetime.now().astimezone().strftime("%d-%m-%Y %H:%M"), None),
           ("Timer pr. årsværk", a.hours_per_fte, "#,##0"),
           ("Timepris (kr.)", a.hourly_cost, "#,##0")]
    for year in sorted(a.targets):
        out.append((f"Mål {year} (årsværk)", a.targets[year], "0.0"))
    out += [
        ("En sag", "Én hel kørsel af en opskrift (Kør, run eller én række af run --data). "
                   "Kørsler af en del af en opskrift (fra et trin, ét trin, trin for trin) er "
                   "test og tæller ikke.", None),
        ("Brutto timer sparet", "Den manuelle tid (baseline) for hver sag, robotten tog.", None),
        ("Timer brugt af personer", "Tiden ved kontrolpunkter, og for en sag der ikke gik lige "
                                    "igennem hele den manuelle tid (en person gør den færdig).",
         None),
        ("Netto timer", "Brutto minus timer brugt af personer.", None),
        ("Årsværk", "Netto timer / timer pr. årsværk.", None),
        ("Baseline", "Opskriftens manuelle tid pr. sag, da kørslen startede; kilden er målt "
                     "(stopur i arbejdsbordet), indtastet eller estimeret. Sager uden baseline "
                     "tæller i antal og andele, ikke i timer.", None),
    ]
    return out
