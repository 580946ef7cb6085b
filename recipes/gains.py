"""Gains and quality from the run history: hours saved, årsværk against the yearly target,
kroner, straight-through / hand-off / failure rates and the failure Pareto.

One production run (`mode` "run": the whole recipe, from the workbench's Kør, `run` or one row
of `run --data`) is one case. Runs of part of a recipe (from a step, one step, step through)
are an author's tests and count nowhere here, nor do runs refused before their first step (a
password missing from the keyring: nothing was attempted).

For every case with a manual time (the recipe's baseline when the run started):

- gross hours = the manual time of every case the robot took on (what people would have spent);
- human hours = the time people spent at its checkpoints, plus, for a case that did not go
  straight through (handed off at a checkpoint, failed, aborted), its whole manual time: a
  person finishes it by hand, and the robot's part is not credited;
- net hours = gross - human: the manual time of the straight-through cases, less the time
  people spent at checkpoints.

A case without a manual time counts in the case numbers and rates but in no hours (the report
says how many). Årsværk = net hours / hours per årsværk (default 1,924); kroner = net hours x
the hourly cost. Everything is typed data; the command line and the workbench word it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from recipes.run import FAILURE_CATEGORIES

OUTCOMES = ("straight_through", "handed_off", "failed", "aborted")
HOURS_PER_FTE = 1924.0
# The budget proposal (ØU02, 2024-priser): 1.500.000 kr a year for 3 årsværk, i.e.
# 500.000 kr per årsværk / 1.924 hours = 260 kr per hour (rounded).
HOURLY_COST = 260.0
# Årsværk to be freed per year, from the same proposal: 3, 5, 6, 8.
TARGETS = {2024: 3.0, 2025: 5.0, 2026: 6.0, 2027: 8.0}


@dataclass(frozen=True)
class Assumptions:
    hours_per_fte: float = HOURS_PER_FTE
    hourly_cost: float = HOURLY_COST
    targets: dict[int, float] = field(default_factory=lambda: dict(TARGETS))

    def target(self, year: int) -> float | None:
        """The year's target; after the last year given, the last target holds."""
        if year in self.targets:
            return self.targets[year]
        earlier = [y for y in self.targets if y < year]
        return self.targets[max(earlier)] if earlier else None


@dataclass(frozen=True)
class Case:
    """One production run as the report sees it."""

    recipe: str
    started: dt.date
    outcome: str                      # OUTCOMES
    category: str | None              # FAILURE_CATEGORIES, None where straight through
    robot_seconds: float
    human_seconds: float              # at checkpoints
    baseline_seconds: float | None
    baseline_source: str | None       # målt, indtastet, estimeret

    @property
    def month(self) -> str:
        return f"{self.started.year:04d}-{self.started.month:02d}"


@dataclass
class Figures:
    """The figures of a group of cases (one recipe, one month, both, or all)."""

    cases: int = 0
    outcomes: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    gross_seconds: float = 0.0
    human_seconds: float = 0.0        # at checkpoints and finishing cases by hand
    robot_seconds: float = 0.0
    measured_seconds: float = 0.0     # of gross, resting on a measured (målt) baseline
    without_baseline: int = 0

    def add(self, case: Case) -> None:
        self.cases += 1
        self.outcomes[case.outcome] += 1
        if case.category:
            self.categories[case.category] += 1
        self.robot_seconds += case.robot_seconds
        if case.baseline_seconds is None:
            self.without_baseline += 1
            return
        self.gross_seconds += case.baseline_seconds
        if case.baseline_source == "målt":
            self.measured_seconds += case.baseline_seconds
        self.human_seconds += case.human_seconds
        if case.outcome != "straight_through":
            self.human_seconds += case.baseline_seconds

    # hours
    @property
    def gross_hours(self) -> float:
        return self.gross_seconds / 3600

    @property
    def human_hours(self) -> float:
        return self.human_seconds / 3600

    @property
    def net_hours(self) -> float:
        return (self.gross_seconds - self.human_seconds) / 3600

    def fte(self, a: Assumptions) -> float:
        return self.net_hours / a.hours_per_fte

    def kroner(self, a: Assumptions) -> float:
        return self.net_hours * a.hourly_cost

    # rates (shares of the cases, 0..1; None for no cases)
    def rate(self, outcome: str) -> float | None:
        return self.outcomes[outcome] / self.cases if self.cases else None

    @property
    def measured_share(self) -> float | None:
        """The share of the gross hours that rests on measured baselines."""
        return self.measured_seconds / self.gross_seconds if self.gross_seconds else None

    # minutes per case
    @property
    def robot_minutes_per_case(self) -> float | None:
        return self.robot_seconds / 60 / self.cases if self.cases else None

    @property
    def human_minutes_per_case(self) -> float | None:
        """People's minutes per case with a baseline: at checkpoints, and finishing by hand the
        cases that did not go straight through."""
        with_baseline = self.cases - self.without_baseline
        return self.human_seconds / 60 / with_baseline if with_baseline else None


@dataclass
class YearTarget:
    year: int
    net_hours: float
    fte: float
    target: float | None

    @property
    def share(self) -> float | None:
        return self.fte / self.target if self.target else None


@dataclass
class Report:
    assumptions: Assumptions
    start: dt.date | None
    end: dt.date | None
    months: list[str]                           # every month of the period, none left out
    total: Figures
    by_recipe: dict[str, Figures]
    by_month: dict[str, Figures]
    by_recipe_month: dict[tuple[str, str], Figures]
    years: list[YearTarget]
    # Net hours of each year before the period began (so "so far this year" is the year's)
    earlier_this_year: dict[int, float] = field(default_factory=dict)

    @property
    def pareto(self) -> list[tuple[str, int]]:
        """Why cases did not go straight through, most frequent first."""
        order = {c: i for i, c in enumerate(FAILURE_CATEGORIES)}
        return sorted(self.total.categories.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))

    def cumulative(self) -> list[tuple[str, float, float | None]]:
        """(month, net hours so far this year, target hours so far this year) through the
        period: both start again each January, and the target grows by a twelfth of the year's
        target årsværk each month from January (not from the period's first month), so a
        month's line reads the same whatever period is chosen."""
        out, net, year_seen = [], 0.0, None
        for month in self.months:
            year, number = int(month[:4]), int(month[5:7])
            if year != year_seen:
                year_seen = year
                net = self.earlier_this_year.get(year, 0.0)
            net += self.by_month[month].net_hours if month in self.by_month else 0.0
            target = self.assumptions.target(year)
            goal = (target * self.assumptions.hours_per_fte * number / 12
                    if target is not None else None)
            out.append((month, net, goal))
        return out

    def top_recipes(self, n: int = 5) -> list[tuple[str, Figures]]:
        return sorted(self.by_recipe.items(), key=lambda kv: -kv[1].net_hours)[:n]


def _months(first: dt.date, last: dt.date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def build_report(cases: list[Case], assumptions: Assumptions = Assumptions(),
                 start: dt.date | None = None, end: dt.date | None = None) -> Report:
    """The report of the cases started from `start` to `end` (both days included)."""
    chosen = [c for c in cases if (start is None or c.started >= start)
              and (end is None or c.started <= end)]
    total = Figures()
    by_recipe: dict[str, Figures] = {}
    by_month: dict[str, Figures] = {}
    by_both: dict[tuple[str, str], Figures] = {}
    for c in chosen:
        for figures in (total, by_recipe.setdefault(c.recipe, Figures()),
                        by_month.setdefault(c.month, Figures()),
                        by_both.setdefault((c.recipe, c.month), Figures())):
            figures.add(c)
    first = start or min((c.started for c in chosen), default=None)
    last = end or max((c.started for c in chosen), default=None)
    months = _months(first, last) if first and last else []
    years = []
    for year in sorted({int(m[:4]) for m in months}):
        net = sum(f.net_hours for m, f in by_month.items() if m.startswith(f"{year:04d}-"))
        years.append(YearTarget(year, net, net / assumptions.hours_per_fte,
                                assumptions.target(year)))
    earlier: dict[int, float] = {}
    if first is not None:
        before = Figures()
        for c in cases:
            if c.started.year == first.year and c.started < first:
                before.add(c)
        earlier[first.year] = before.net_hours
    return Report(assumptions, start, end, months, total, by_recipe, by_month, by_both, years,
                  earlier)


def cases_from_history(db) -> list[Case]:
    """The production runs of a history database (sqlite-utils), as cases."""
    out = []
    for r in db.query(
            "select recipe_name, started_at, outcome, failure_category, robot_seconds, "
            "human_seconds, baseline_seconds, baseline_source from runs "
            "where mode = 'run' and outcome is not null "
            "and coalesce(failure_category, '') != 'not_started' order by id"):
        try:
            started = dt.datetime.fromisoformat(r["started_at"]).date()
        except (TypeError, ValueError):
            continue
        # Every finished run has these (History writes them; older runs were backfilled).
        outcome, human = r["outcome"], r["human_seconds"] or 0.0
        robot = r["robot_seconds"] or 0.0
        out.append(Case(r["recipe_name"], started, outcome,
                        None if outcome == "straight_through"
                        else (r["failure_category"] or "other"),
                        robot, human, r["baseline_seconds"], r["baseline_source"]))
    return out


def load_assumptions(home) -> Assumptions:
    """The assumptions as the workbench's settings give them (recipes.settings_file:
    `hours_per_fte`, `hourly_cost`, `fte_targets` as "2024:3;2025:5"), each falling back to its
    default where missing or unreadable."""
    from recipes.settings_file import number, read_settings

    values = read_settings(home)
    try:
        targets = parse_targets(values.get("fte_targets", ""))
    except ValueError:
        targets = {}
    return Assumptions(number(values, "hours_per_fte", HOURS_PER_FTE),
                       number(values, "hourly_cost", HOURLY_COST), targets or dict(TARGETS))


def parse_targets(text: str) -> dict[int, float]:
    """ "2024:3;2025:5" (or with commas between, decimal commas allowed) as {2024: 3.0, ...};
    ValueError naming the part that is not a year and a number."""
    out: dict[int, float] = {}
    for part in text.replace(" ", "").strip('"').split(";"):
        if not part:
            continue
        year, _, value = part.partition(":")
        try:
            out[int(year)] = float(value.replace(",", "."))
        except ValueError:
            raise ValueError(f"'{part}' is not a year and a number of årsværk (2025:5)") from None
    return out
