"""`python main.py report`: the gains report of the run history in plain English lines, and
the same report written as CSV for Danish Excel and as XLSX (recipes.gains_export).

Exit statuses: 0 done; 2 a date, a number or an output file is wrong.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID = 0, 2

OUTCOME_NAMES = {"straight_through": "straight through", "handed_off": "handed off",
                 "failed": "failed", "aborted": "aborted"}
CATEGORY_NAMES = {"anchor_not_found": "anchor not found", "program_changed": "program changed",
                  "timeout": "timeout", "data_error": "data error", "user_abort": "user abort",
                  "rejected_at_checkpoint": "rejected at checkpoint", "other": "other"}


def _date(text: str | None, flag: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{flag} {text!r} is not a date; write it as YYYY-MM-DD (2026-01-31)")


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f} %"


def _num(x: float | None, decimals: int = 1) -> str:
    return "-" if x is None else f"{x:,.{decimals}f}"


def report_command(args) -> int:
    from recipes.gains import Assumptions, build_report, cases_from_history, load_assumptions
    from recipes.history import History, workbench_home

    try:
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if start and end and end < start:
            raise ValueError(f"--to {end} comes before --from {start}")
        for flag, value in (("--hours-per-fte", args.hours_per_fte),
                            ("--hourly-cost", args.hourly_cost)):
            if value is not None and value <= 0:
                raise ValueError(f"{flag} must be above 0")
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_INVALID
    home = workbench_home()
    a = load_assumptions(home)
    a = Assumptions(args.hours_per_fte or a.hours_per_fte, args.hourly_cost or a.hourly_cost,
                    a.targets)
    report = build_report(cases_from_history(History(home).db), a, start, end)
    print("\n".join(report_lines(report)))
    from recipes.gains_export import write_csv, write_xlsx

    for option, write in ((args.csv, write_csv), (args.xlsx, write_xlsx)):
        if not option:
            continue
        target = Path(option)
        if not target.parent.is_dir():
            print(f"error: the folder {target.parent} does not exist; nothing was written to "
                  f"{target}", file=sys.stderr)
            return EXIT_INVALID
        try:
            write(report, target)
        except OSError as e:
            print(f"error: {target} could not be written ({e.strerror or e}); is it open in "
                  "Excel?", file=sys.stderr)
            return EXIT_INVALID
        print(f"written: {target}")
    return EXIT_OK


def report_lines(report) -> list[str]:
    a = report.assumptions
    t = report.total
    period = (f"{report.months[0]} to {report.months[-1]}" if report.months else "no runs")
    out = [f"Gains report, {period} (hours per årsværk {a.hours_per_fte:g}, "
           f"{a.hourly_cost:g} kr per hour)"]
    if not t.cases:
        return out + ["no production runs in this period (whole runs of a recipe: Kør in the "
                      "workbench, `run`, or a row of `run --data`)"]
    out.append(f"cases: {t.cases}; " + ", ".join(
        f"{OUTCOME_NAMES[o]} {t.outcomes[o]} ({_pct(t.rate(o))})" for o in OUTCOME_NAMES))
    out.append(f"hours: gross {_num(t.gross_hours)}, spent by people {_num(t.human_hours)}, "
               f"net {_num(t.net_hours)} = {t.fte(a):.3f} årsværk = {t.kroner(a):,.0f} kr")
    out.append(f"minutes per case: robot {_num(t.robot_minutes_per_case)}, people "
               f"{_num(t.human_minutes_per_case)}; hours on measured baselines: "
               f"{_pct(t.measured_share)}")
    if t.without_baseline:
        out.append(f"  ! {t.without_baseline} case(s) of recipes without a manual time count in "
                   "no hours: give each recipe a baseline")
    for y in report.years:
        goal = (f" of a target of {y.target:g} ({_pct(y.share)})" if y.target is not None
                else " (no target for this year)")
        out.append(f"{y.year} (in this period): net {_num(y.net_hours)} hours = {y.fte:.3f} "
                   f"årsværk{goal}")
    out.append("")
    out.append(f"{'recipe':28s} {'month':8s} {'cases':>5s} {'straight':>8s} {'net h':>8s} "
               f"{'årsværk':>8s} {'robot m':>8s} {'human m':>8s}")
    from recipes.gains_export import rows

    for recipe, month, f in rows(report):
        month = "total" if month == "I alt" else month
        recipe = "all recipes" if recipe == "Alle opskrifter" else recipe
        out.append(f"{recipe[:28]:28s} {month:8s} {f.cases:5d} "
                   f"{_pct(f.rate('straight_through')):>8s} {_num(f.net_hours):>8s} "
                   f"{f.fte(a):8.3f} {_num(f.robot_minutes_per_case):>8s} "
                   f"{_num(f.human_minutes_per_case):>8s}")
    if report.pareto:
        out.append("")
        out.append("why cases did not go straight through:")
        out += [f"  {CATEGORY_NAMES.get(c, c):24s} {n}" for c, n in report.pareto]
    return out
