"""Gevinst: the gains and quality of the production runs, drawn from the history.

Key figures for the period (cases, straight through, net hours, årsværk against the year's
target, kroner, the share resting on measured baselines); monthly net hours with the cumulative
line against the target trajectory; the outcome rates per month; the failure Pareto; the top
recipes. Numbers in the interface's locale (1.234,5 in Danish). The assumptions (hours per
årsværk, hourly cost, yearly targets) are set here and saved in the settings; the report is
exported to XLSX and to CSV for Danish Excel (recipes.gains_export). Charts by matplotlib, on
its Qt canvas.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit, QDoubleSpinBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from recipes.gains import Assumptions, Report, build_report, cases_from_history, parse_targets

OUTCOME_COLOURS = {"straight_through": "#2e7d32", "handed_off": "#ef8a00", "failed": "#c62828",
                   "aborted": "#8a8a8a"}


def number(value: float | None, decimals: int = 1) -> str:
    """A number as the interface's locale writes it: 1.234,5 in Danish, 1,234.5 in English."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float | None) -> str:
    return "–" if value is None else number(100 * value, 0) + " %"


class Card(QFrame):
    """One key figure: a caption, the figure, and a line under it."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: white; border: 1px solid #d9dee4; "
                           "border-radius: 6px; }")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #5f6b77;")
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f2d3a;")
        self.note = QLabel("")
        self.note.setStyleSheet("color: #5f6b77;")
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        for w in (self.caption, self.value, self.note):
            lay.addWidget(w)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class GainsPage(QWidget):
    def __init__(self, history, settings=None, save_settings=None, parent=None):
        super().__init__(parent)
        self.history = history
        self.settings = settings
        self._save_settings = save_settings   # (Settings) -> None, where the window keeps them
        self.report: Report | None = None
        title = QLabel(self.tr("Gevinst og kvalitet"))
        title.setObjectName("pageTitle")
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), 1, 1), calendarPopup=True)
        self.end = QDateEdit(today, calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(lambda *_: self.refresh())
        self.export_xlsx = QPushButton(self.tr("Eksportér til E&xcel …"))
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_csv = QPushButton(self.tr("Eksportér &CSV …"))
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Fra")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("Til")))
        bar.addWidget(self.end)
        bar.addSpacing(12)
        bar.addWidget(self.export_xlsx)
        bar.addWidget(self.export_csv)

        self.cards = {key: Card(caption) for key, caption in (
            ("cases", self.tr("Sager")), ("straight", self.tr("Lige igennem")),
            ("net", self.tr("Netto timer sparet")), ("fte", self.tr("Årsværk")),
            ("kroner", self.tr("Kroner")), ("measured", self.tr("Timer på målt baseline")))}
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #ad6800;")

        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(13, 3.8), layout="constrained")
        self.figure.set_facecolor("#f6f7f9")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(330)

        self.top = QTableWidget(0, 6)
        self.top.setAccessibleName(self.tr("Opskrifterne med den største gevinst"))
        self.top.setHorizontalHeaderLabels([
            self.tr("Opskrift"), self.tr("Sager"), self.tr("Lige igennem"),
            self.tr("Netto timer"), self.tr("Robot min./sag"), self.tr("Person min./sag")])
        self.top.verticalHeader().hide()
        self.top.setEditTriggers(QTableWidget.NoEditTriggers)
        self.top.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.top.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.top.setMaximumHeight(170)

        self.hours = QDoubleSpinBox(minimum=100, maximum=5000, decimals=0, singleStep=10)
        self.cost = QDoubleSpinBox(minimum=1, maximum=10000, decimals=0, singleStep=10,
                                   suffix=self.tr(" kr."))
        self.targets = QLineEdit()
        self.targets.setMinimumWidth(240)
        self.targets.setMaximumWidth(320)
        self.targets.setToolTip(self.tr("Årsværk, der skal frigøres pr. år, fx "
                                        "2024:3;2025:5;2026:6;2027:8"))
        self.targets_error = QLabel()
        self.targets_error.setStyleSheet("color: #b3261e;")
        a = self._assumptions_from_settings()
        self.hours.setValue(a.hours_per_fte)
        self.cost.setValue(a.hourly_cost)
        self.targets.setText(";".join(f"{y}:{number(v, 1 if v % 1 else 0)}"
                                      for y, v in sorted(a.targets.items())))
        self.hours.valueChanged.connect(lambda *_: self._assumptions_changed())
        self.cost.valueChanged.connect(lambda *_: self._assumptions_changed())
        self.targets.editingFinished.connect(self._assumptions_changed)
        assumptions = QGridLayout()
        assumptions.addWidget(QLabel(self.tr("Timer pr. årsværk")), 0, 0)
        assumptions.addWidget(self.hours, 0, 1)
        assumptions.addWidget(QLabel(self.tr("Timepris")), 0, 2)
        assumptions.addWidget(self.cost, 0, 3)
        assumptions.addWidget(QLabel(self.tr("Mål (årsværk pr. år)")), 0, 4)
        assumptions.addWidget(self.targets, 0, 5)
        assumptions.addWidget(self.targets_error, 1, 4, 1, 2)
        assumptions.setColumnStretch(6, 1)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(cards)
        lay.addWidget(self.warning)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.top)
        lay.addLayout(assumptions)

    # -- assumptions ---------------------------------------------------------------------------
    def _assumptions_from_settings(self) -> Assumptions:
        s = self.settings
        if s is None:
            return Assumptions()
        try:
            targets = parse_targets(s.fte_targets)
        except ValueError:
            targets = {}
        return Assumptions(s.hours_per_fte, s.hourly_cost, targets or Assumptions().targets)

    def assumptions(self) -> Assumptions:
        try:
            targets = parse_targets(self.targets.text())
            self.targets_error.setText("")
        except ValueError:
            targets = None
            self.targets_error.setText(self.tr("Skriv år:årsværk adskilt af semikolon, fx "
                                               "2025:5;2026:6"))
        return Assumptions(self.hours.value(), self.cost.value(),
                           targets if targets else self._assumptions_from_settings().targets)

    def _assumptions_changed(self) -> None:
        a = self.assumptions()
        if self.settings is not None and self._save_settings is not None \
                and not self.targets_error.text():
            self.settings = replace(self.settings, hours_per_fte=a.hours_per_fte,
                                    hourly_cost=a.hourly_cost,
                                    fte_targets=";".join(f"{y}:{v:g}"
                                                         for y, v in sorted(a.targets.items())))
            self._save_settings(self.settings)
        self.refresh()

    # -- figures -------------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def refresh(self) -> None:
        if self.history is None:
            return
        start, end = self.period()
        self.report = r = build_report(cases_from_history(self.history.db), self.assumptions(),
                                       start, end)
        t, a = r.total, r.assumptions
        self.cards["cases"].show_value(number(t.cases, 0), self.tr(
            "{0} overdraget, {1} fejlet, {2} afbrudt").format(
            number(t.outcomes["handed_off"], 0), number(t.outcomes["failed"], 0),
            number(t.outcomes["aborted"], 0)))
        self.cards["straight"].show_value(percent(t.rate("straight_through")),
                                          self.tr("gjort færdige af robotten (kontrolpunkter "
                                                  "medregnet)"))
        self.cards["net"].show_value(number(t.net_hours), self.tr("brutto {0}, personer {1}").format(
            number(t.gross_hours), number(t.human_hours)))
        year = r.years[-1] if r.years else None
        if year is not None and year.target:
            self.cards["fte"].show_value(number(year.fte, 2), self.tr(
                "{0}: {1} af årets mål på {2} årsværk").format(
                    year.year, percent(year.share),
                    number(year.target, 0 if year.target == int(year.target) else 1)))
        else:
            self.cards["fte"].show_value(number(t.fte(a), 2), self.tr("ingen mål for året"))
        self.cards["kroner"].show_value(number(t.kroner(a), 0), self.tr("ved {0} kr. i timen").format(
            number(a.hourly_cost, 0)))
        self.cards["measured"].show_value(percent(t.measured_share),
                                          self.tr("resten indtastet eller estimeret"))
        self.warning.setText((self.tr(
            "1 sag er fra en opskrift uden manuel tid pr. sag og tæller ikke i timerne.")
            if t.without_baseline == 1 else self.tr(
            "{0} sager er fra opskrifter uden manuel tid pr. sag og tæller ikke i timerne.")
            .format(t.without_baseline)) + " " + self.tr(
            "Giv opskriften en manuel tid (Redigér ▸ Opskrift, eller mål den med stopuret).")
            if t.without_baseline else "")
        self.warning.setVisible(bool(t.without_baseline))
        self._draw(r)
        self._top(r)

    def _draw(self, r: Report) -> None:
        from matplotlib.ticker import FuncFormatter

        fig = self.figure
        fig.clear()
        from matplotlib.ticker import MaxNLocator

        hours, rates, pareto = fig.subplots(1, 3, width_ratios=[4, 4, 5])
        fmt = FuncFormatter(lambda v, _p: number(v, 0 if abs(v) >= 10 or v == int(v) else 1))
        for ax in (hours, rates, pareto):
            ax.set_facecolor("white")
            ax.spines[["top", "right"]].set_visible(False)
        months = r.months
        labels = [f"{m[5:]}-{m[2:4]}" for m in months]
        x = list(range(len(months)))
        net = [r.by_month[m].net_hours if m in r.by_month else 0.0 for m in months]
        cumulative = r.cumulative()
        hours.bar(x, net, color="#1f6fd1", label=self.tr("Netto timer pr. måned"))
        hours.plot(x, [c[1] for c in cumulative], color="#0b3d7a", marker="o",
                   label=self.tr("Netto timer i år indtil nu"))
        if any(c[2] for c in cumulative):
            hours.plot(x, [c[2] if c[2] is not None else float("nan") for c in cumulative],
                       color="#c62828", linestyle="--", marker="_", markersize=14,
                       label=self.tr("Mål i år indtil nu"))
        hours.set_title(self.tr("Timer sparet mod målet"), loc="left", fontsize=10)
        hours.yaxis.set_major_formatter(fmt)
        hours.legend(fontsize=8, frameon=False)
        bottom = [0.0] * len(months)
        names = {"straight_through": self.tr("Lige igennem"), "handed_off": self.tr("Overdraget"),
                 "failed": self.tr("Fejlet"), "aborted": self.tr("Afbrudt")}
        for outcome, colour in OUTCOME_COLOURS.items():
            share = [100 * (r.by_month[m].rate(outcome) or 0) if m in r.by_month else 0
                     for m in months]
            rates.bar(x, share, bottom=bottom, color=colour, label=names[outcome])
            bottom = [b + s for b, s in zip(bottom, share)]
        rates.set_ylim(0, 122)
        rates.set_yticks([0, 25, 50, 75, 100])
        rates.set_title(self.tr("Sagernes udfald pr. måned (%)"), loc="left", fontsize=10)
        rates.legend(fontsize=8, frameon=False, ncols=4, loc="upper center",
                     handlelength=1, columnspacing=1)
        for ax in (hours, rates):
            ax.set_xticks(x, labels, fontsize=8)
        from workbench.labels import failure_category_label

        items = r.pareto
        if items:
            total = sum(n for _c, n in items)
            ys = list(range(len(items)))[::-1]
            counts = [n for _c, n in items]
            pareto.barh(ys, counts, color="#c62828", height=0.6)
            pareto.set_yticks(ys, [failure_category_label(c) for c, _n in items], fontsize=8)
            for y, n in zip(ys, counts):
                pareto.text(n, y, " " + self.tr("{0} ({1})").format(
                    number(n, 0), percent(n / total)), va="center", fontsize=8, color="#5f6b77")
            pareto.set_xlim(0, max(counts) * 1.3)
            pareto.xaxis.set_major_locator(MaxNLocator(integer=True))
            pareto.xaxis.set_major_formatter(fmt)
            pareto.set_xlabel(self.tr("sager (andel af dem, der ikke gik lige igennem)"),
                              fontsize=8)
        else:
            pareto.text(0.5, 0.5, self.tr("Ingen fejl i perioden") if r.total.cases
                        else self.tr("Ingen kørsler i perioden"), ha="center", va="center",
                        transform=pareto.transAxes, color="#5f6b77")
            pareto.set_xticks([])
            pareto.set_yticks([])
        pareto.set_title(self.tr("Hvorfor sager ikke gik lige igennem"), loc="left", fontsize=10)
        self.canvas.draw_idle()

    def _top(self, r: Report) -> None:
        top = r.top_recipes(5)
        self.top.setRowCount(len(top))
        for row, (name, f) in enumerate(top):
            for col, text in enumerate((
                    name, number(f.cases, 0), percent(f.rate("straight_through")),
                    number(f.net_hours), number(f.robot_minutes_per_case),
                    number(f.human_minutes_per_case))):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.top.setItem(row, col, item)

    # -- export --------------------------------------------------------------------------------
    def export(self, kind: str) -> str | None:
        from recipes.gains_export import write_csv, write_xlsx

        if self.report is None:
            self.refresh()
        start, end = self.period()
        name = f"gevinst_{start:%Y-%m-%d}_{end:%Y-%m-%d}.{kind}"
        filters = {"xlsx": self.tr("Excel-projektmappe (*.xlsx)"),
                   "csv": self.tr("CSV til dansk Excel (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér gevinstrapport"),
                                              str(Path.home() / name), filters[kind])
        if not path:
            return None
        if not path.lower().endswith("." + kind):
            path += "." + kind
        try:
            (write_xlsx if kind == "xlsx" else write_csv)(self.report, Path(path))
        except OSError as e:
            QMessageBox.warning(self, self.tr("Kunne ikke eksportere"), self.tr(
                "{0} kunne ikke skrives ({1}). Er filen åben i Excel?").format(
                    path, e.strerror or e))
            return None
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Eksporteret: {0}").format(path), 8000)
        return path
