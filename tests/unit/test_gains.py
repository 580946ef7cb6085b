"""The gains report's computations on a history built here: straight-through, handed-off, failed
and aborted cases, a recipe without a baseline, an author's partial runs, a month with no runs."""

import datetime as dt

import pytest

from recipes.errors import AnchorNotFound, CheckpointRejected, DataError, UserAbort
from recipes.gains import Assumptions, build_report, cases_from_history
from recipes.history import History
from recipes.run import Run, StepReporter, StepResult, failure_category


class Clock:
    def __init__(self):
        self.t = 0.0

    def now(self):
        return self.t

    def sleep(self, s):
        self.t += s


def store(history, recipe, day, status, *, seconds=60.0, checkpoint=0.0, baseline=None,
          source="målt", category_error=None, mode="run"):
    """A finished run as the runner leaves it: its steps, times and baseline."""
    run = Run(recipe, f"/opskrifter/{recipe}.yaml", "ab" * 32, mode=mode,
              started_at=f"{day}T10:00:00+01:00")
    run.baseline_seconds, run.baseline_source = (baseline, source) if baseline else (None, None)
    history.begin(run)
    clock = Clock()
    run.steps.append(StepResult(0, "gem", "click", status="passed",
                                duration=seconds - checkpoint))
    if checkpoint:
        answer = StepResult(1, "ok", "checkpoint")
        with StepReporter(answer, clock):
            if status == "rejected":
                raise CheckpointRejected("Mette")
        answer.duration = checkpoint
        run.steps.append(answer)
    if category_error is not None:
        failed = StepResult(2, "x", "wait_for" if category_error == "wait" else "click")
        error = {"anchor": AnchorNotFound("text 'Gem'", 5.0), "wait": AnchorNotFound("text", 5.0),
                 "data": DataError("no password"), "abort": UserAbort("stop")}[category_error]
        try:
            with StepReporter(failed, clock):
                raise error
        except UserAbort:
            pass
        run.steps.append(failed)
    for step in run.steps:
        history.add_step(run, step)
    run.status, run.duration = status, seconds
    history.finish(run)
    return run


@pytest.fixture
def history(tmp_path):
    h = History(tmp_path)
    # November: Løn (measured 300 s a case): 3 straight through with a 20 s checkpoint each,
    # one handed off at the checkpoint (40 s there), one failed on a missing anchor.
    for _ in range(3):
        store(h, "Løn", "2026-11-03", "passed", seconds=90, checkpoint=20, baseline=300)
    store(h, "Løn", "2026-11-04", "rejected", seconds=70, checkpoint=40, baseline=300)
    store(h, "Løn", "2026-11-05", "failed", seconds=30, baseline=300, category_error="anchor")
    # January: Faktura (typed-in 120 s): 2 straight through, one aborted by the person.
    store(h, "Faktura", "2027-01-10", "passed", seconds=40, baseline=120, source="indtastet")
    store(h, "Faktura", "2027-01-11", "passed", seconds=40, baseline=120, source="indtastet")
    store(h, "Faktura", "2027-01-12", "aborted", seconds=10, baseline=120, source="indtastet",
          category_error="abort")
    # Brugere has no baseline: counted as a case, in no hours.
    store(h, "Brugere", "2027-01-12", "failed", seconds=15, category_error="wait")
    # An author's tests (one step, from a step) count nowhere.
    store(h, "Løn", "2026-11-03", "passed", seconds=5, baseline=300, mode="single_step")
    store(h, "Løn", "2026-11-03", "failed", seconds=5, baseline=300, mode="from_step",
          category_error="anchor")
    return h


def test_each_run_records_what_the_report_needs(history):
    rows = {r["id"]: r for r in history.db["runs"].rows}
    handed = rows[4]
    assert (handed["outcome"], handed["failure_category"]) == ("handed_off",
                                                               "rejected_at_checkpoint")
    assert (handed["human_seconds"], handed["robot_seconds"]) == (40, 30)
    assert (rows[5]["outcome"], rows[5]["failure_category"]) == ("failed", "anchor_not_found")
    assert (rows[8]["outcome"], rows[8]["failure_category"]) == ("aborted", "user_abort")
    assert rows[9]["failure_category"] == "timeout"                 # waited for it in vain
    assert (rows[1]["baseline_seconds"], rows[1]["baseline_source"]) == (300, "målt")
    assert rows[1]["recipe_hash"] == "ab" * 32


def test_hours_follow_the_rules_per_recipe_and_month(history):
    report = build_report(cases_from_history(history.db))
    assert report.total.cases == 9                                    # not the two test runs
    lon = report.by_recipe["Løn"]
    # gross: 5 cases x 300 s; human: 3 x 20 + 40 at checkpoints, + 300 + 300 by hand.
    assert lon.gross_seconds == 1500 and lon.human_seconds == 60 + 40 + 600
    assert lon.net_hours == pytest.approx((1500 - 700) / 3600)
    assert lon.measured_share == 1.0
    fak = report.by_recipe["Faktura"]
    assert fak.net_hours == pytest.approx((360 - 120) / 3600) and fak.measured_share == 0.0
    bru = report.by_recipe["Brugere"]
    assert bru.cases == 1 and bru.without_baseline == 1 and bru.gross_seconds == 0
    assert report.total.measured_share == pytest.approx(1500 / 1860)
    assert report.by_recipe_month[("Løn", "2026-11")].cases == 5


def test_rates_pareto_and_minutes_per_case(history):
    report = build_report(cases_from_history(history.db))
    t = report.total
    assert t.rate("straight_through") == pytest.approx(5 / 9)
    assert t.rate("handed_off") == pytest.approx(1 / 9)
    assert t.rate("failed") == pytest.approx(2 / 9) and t.rate("aborted") == pytest.approx(1 / 9)
    assert report.pareto == [("anchor_not_found", 1), ("timeout", 1), ("user_abort", 1),
                             ("rejected_at_checkpoint", 1)]
    lon = report.by_recipe["Løn"]
    assert lon.robot_minutes_per_case == pytest.approx((3 * 70 + 30 + 30) / 60 / 5)
    assert lon.human_minutes_per_case == pytest.approx(700 / 60 / 5)


def test_a_month_with_no_runs_is_in_the_period_with_nothing_in_it(history):
    report = build_report(cases_from_history(history.db))
    assert report.months == ["2026-11", "2026-12", "2027-01"]
    assert "2026-12" not in report.by_month
    cumulative = report.cumulative()
    # December adds no hours, but the target keeps growing: so far this year, 6 årsværk a year
    # in 2026 (11 and 12 twelfths of it), and from January 2027 one twelfth of 8.
    assert cumulative[1][1] == cumulative[0][1]
    assert cumulative[0][2] == pytest.approx(6 * 1924 * 11 / 12)
    assert cumulative[1][2] == pytest.approx(6 * 1924)
    assert cumulative[2][2] == pytest.approx(8 * 1924 / 12)
    assert cumulative[2][1] == pytest.approx(report.by_month["2027-01"].net_hours)  # a new year


def test_a_months_line_reads_the_same_whatever_the_period(history):
    whole = dict((m, (net, goal)) for m, net, goal in
                 build_report(cases_from_history(history.db)).cumulative())
    december = build_report(cases_from_history(history.db), start=dt.date(2026, 12, 1),
                            end=dt.date(2026, 12, 31)).cumulative()
    assert december == [("2026-12", *whole["2026-12"])]            # November's hours counted


def test_fte_kroner_and_the_yearly_target_use_the_assumptions(history):
    a = Assumptions(hours_per_fte=1600, hourly_cost=300, targets={2026: 2.0})
    report = build_report(cases_from_history(history.db), a)
    net_2026 = (1500 - 700) / 3600
    y2026, y2027 = report.years
    assert y2026.net_hours == pytest.approx(net_2026) and y2026.fte == pytest.approx(net_2026 / 1600)
    assert y2026.share == pytest.approx(net_2026 / 1600 / 2.0)
    assert y2027.target == 2.0                                        # the last target holds
    assert report.total.kroner(a) == pytest.approx(report.total.net_hours * 300)


def test_the_period_is_both_days_included(history):
    report = build_report(cases_from_history(history.db), start=dt.date(2027, 1, 11),
                          end=dt.date(2027, 1, 12))
    assert report.total.cases == 3 and set(report.by_recipe) == {"Faktura", "Brugere"}
    assert report.months == ["2027-01"]
    empty = build_report(cases_from_history(history.db), start=dt.date(2025, 1, 1),
                         end=dt.date(2025, 2, 28))
    assert empty.total.cases == 0 and empty.months == ["2025-01", "2025-02"]
    assert empty.total.rate("straight_through") is None and empty.pareto == []


def test_a_history_from_before_the_gains_columns_is_read(tmp_path):
    import sqlite3

    h = History(tmp_path / "old")
    store(h, "Løn", "2026-10-01", "rejected", seconds=50, checkpoint=30, baseline=200)
    with sqlite3.connect(tmp_path / "old" / "history.db") as db:
        for column in ("outcome", "failure_category", "robot_seconds", "human_seconds",
                       "baseline_seconds", "baseline_source"):
            db.execute(f"alter table runs drop column {column}")
        db.execute("alter table steps drop column category")
        db.execute("pragma user_version = 3")
    h = History(tmp_path / "old")                                     # migrates again
    row = next(h.db["runs"].rows)
    assert (row["outcome"], row["failure_category"], row["human_seconds"]) == (
        "handed_off", "rejected_at_checkpoint", 30)


def test_failure_categories_of_typed_errors():
    from recipes.errors import AmbiguousAnchor, SecretRefused, WindowNotFound

    assert failure_category(AmbiguousAnchor("x", []), "click") == "program_changed"
    assert failure_category(WindowNotFound("Sagsform", 5.0), "focus") == "program_changed"
    assert failure_category(SecretRefused("login", "xterm"), "type") == "data_error"
    assert failure_category(ValueError("bug"), "click") == "other"


def test_report_writes_csv_for_danish_excel_and_an_xlsx_that_reads_back(history, tmp_path,
                                                                          monkeypatch, capsys):
    import csv

    import openpyxl

    import main

    monkeypatch.setenv("WORKBENCH_HOME", str(history.home))
    out_csv, out_xlsx = tmp_path / "gevinst.csv", tmp_path / "gevinst.xlsx"
    assert main.main(["report", "--csv", str(out_csv), "--xlsx", str(out_xlsx),
                      "--hourly-cost", "300"]) == 0
    said = capsys.readouterr().out
    assert "cases: 9; straight through 5 (56 %)" in said and "anchor not found" in said
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                          # UTF-8 with BOM
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    head = table[0]
    lon = next(r for r in table if r[:2] == ["Løn", "I alt"])
    assert lon[head.index("Sager")] == "5"
    assert lon[head.index("Netto timer")] == "0,2"                  # decimal comma
    assert lon[head.index("Andel lige igennem (%)")] == "60,0"
    december = next(r for r in table if r[:2] == ["Alle opskrifter", "2026-12"])
    assert december[head.index("Sager")] == "0"                     # a month with no runs

    book = openpyxl.load_workbook(out_xlsx)
    assert book.sheetnames == ["Oversigt", "Pr. opskrift og måned", "Pr. måned",
                               "Fejl (Pareto)", "Antagelser"]
    ws = book["Pr. opskrift og måned"]
    head = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if [c.value for c in r[:2]] == ["Løn", "I alt"])
    net = row[head.index("Netto timer")]
    assert net.value == pytest.approx((1500 - 700) / 3600) and net.number_format == "#,##0.0"
    kroner = row[head.index("Kroner")]
    assert kroner.value == pytest.approx(net.value * 300)           # the hourly cost given
    assumptions = {r[0].value: r[1].value for r in book["Antagelser"].iter_rows(min_row=2)}
    assert assumptions["Timer pr. årsværk"] == 1924 and assumptions["Timepris (kr.)"] == 300
    assert assumptions["Mål 2027 (årsværk)"] == 8
    pareto = [[c.value for c in r] for r in book["Fejl (Pareto)"].iter_rows(min_row=2)]
    assert pareto[0][:2] == ["Anker ikke fundet", 1]


def test_report_says_what_is_wrong_with_a_date(history, monkeypatch, capsys):
    import main

    monkeypatch.setenv("WORKBENCH_HOME", str(history.home))
    assert main.main(["report", "--from", "31-01-2027"]) == 2
    assert "--from '31-01-2027' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err
    assert main.main(["report", "--from", "2027-02-01", "--to", "2027-01-01"]) == 2
    assert main.main(["report", "--xlsx", "/no/such/folder/x.xlsx"]) == 2
    assert "the folder /no/such/folder does not exist" in capsys.readouterr().err
