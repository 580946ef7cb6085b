#!/usr/bin/python3
"""LønAdmin 2004: a small legacy-style payroll program in GTK 3, with fictitious data.

A payroll clerk logs in, looks an employee up by number, registers the hours worked in a week
and a supplement (aften, weekend, nat or none) and confirms in a dialog. Every registration is
appended to $WORKBENCH_HOME/demo/lonadmin_gemt.jsonl (else <tmp>/lonadmin-demo/), one JSON
object a line, readable by its owner only, so a test can compare what the robot entered.

Runs on Debian's python3 with python3-gi (GTK 3). The fictitious password is Sommer2024!.
"""

import datetime
import json
import os
import signal
import sys
import tempfile
from pathlib import Path

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import GLib, Gtk  # noqa: E402

USER, PASSWORD = "lonbeh", "Sommer2024!"
EMPLOYEES = {
    "1001": ("Karen Holm Østergaard", "Løn og Personale"),
    "1002": ("Jens Ågård Nielsen", "Teknik og Miljø"),
    "1003": ("Mette Bæk Sørensen", "Borgerservice"),
    "1004": ("Ahmad Rasuli", "Ældre og Sundhed"),
}
SUPPLEMENTS = ("Intet tillæg", "Aftentillæg", "Weekendtillæg", "Nattillæg")


def store() -> Path:
    home = os.environ.get("WORKBENCH_HOME")
    base = Path(home) / "demo" if home else Path(tempfile.gettempdir()) / "lonadmin-demo"
    return base / "lonadmin_gemt.jsonl"


def save(record: dict) -> None:
    path = store()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with open(fd, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


def hours_value(text: str) -> float | None:
    """'37,5' or '37.5' -> 37.5; None for anything else or out of 0..80."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if 0 < value <= 80 else None


class LonAdmin(Gtk.Window):
    def __init__(self):
        super().__init__(title="LønAdmin 2004 – Timeregistrering")
        self.set_default_size(640, 440)
        self.move(80, 60)
        self.connect("destroy", Gtk.main_quit)
        self.stack = Gtk.Stack()
        self.add(self.stack)
        self.stack.add_named(self._login_page(), "login")
        self.stack.add_named(self._main_page(), "main")
        self.employee = None

    @staticmethod
    def _row(grid, row, text, widget):
        widget.set_halign(Gtk.Align.START)
        label = Gtk.Label(label=text, xalign=1)
        grid.attach(label, 0, row, 1, 1)
        grid.attach(widget, 1, row, 1, 1)
        return label

    def _login_page(self):
        grid = Gtk.Grid(column_spacing=14, row_spacing=10, margin=40)
        title = Gtk.Label(xalign=0)
        title.set_markup("<b>Velkommen til LønAdmin</b>")
        grid.attach(title, 0, 0, 2, 1)
        self.user = Gtk.Entry(width_chars=18)
        self.password = Gtk.Entry(width_chars=18, visibility=False)
        self._row(grid, 1, "Brugernavn:", self.user)
        self._row(grid, 2, "Adgangskode:", self.password)
        button = Gtk.Button(label="Log ind")
        button.connect("clicked", self._log_in)
        self.password.connect("activate", self._log_in)
        grid.attach(button, 1, 3, 1, 1)
        self.login_error = Gtk.Label(xalign=0)
        grid.attach(self.login_error, 1, 4, 1, 1)
        return grid

    def _main_page(self):
        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6)
        grid = Gtk.Grid(column_spacing=14, row_spacing=10, margin=24)
        box.pack_start(grid, True, True, 0)
        self.number = Gtk.Entry(width_chars=8)
        find = Gtk.Button(label="Find")
        find.connect("clicked", self._find)
        self.number.connect("activate", self._find)
        row = Gtk.Box(spacing=8)
        row.pack_start(self.number, False, False, 0)
        row.pack_start(find, False, False, 0)
        self._row(grid, 0, "Medarbejdernr.:", row)
        self.name = Gtk.Label(label="–", xalign=0, selectable=False)
        self.department = Gtk.Label(label="–", xalign=0)
        self._row(grid, 1, "Navn:", self.name)
        self._row(grid, 2, "Afdeling:", self.department)
        self.week = Gtk.Entry(width_chars=6)
        self.hours = Gtk.Entry(width_chars=6)
        self._row(grid, 3, "Uge:", self.week)
        self._row(grid, 4, "Timer:", self.hours)
        radios = Gtk.Box(spacing=12)
        self.supplements = []
        first = None
        for text in SUPPLEMENTS:
            radio = Gtk.RadioButton.new_with_label_from_widget(first, text)
            first = first or radio
            radios.pack_start(radio, False, False, 0)
            self.supplements.append(radio)
        self._row(grid, 5, "Tillæg:", radios)
        self.register = Gtk.Button(label="Registrér")
        self.register.connect("clicked", self._register)
        grid.attach(self.register, 1, 6, 1, 1)
        self.status = Gtk.Label(label="Klar.", xalign=0, margin=8)
        box.pack_end(self.status, False, False, 0)
        box.pack_end(Gtk.Separator(), False, False, 0)
        return box

    def _log_in(self, *_):
        if self.user.get_text() == USER and self.password.get_text() == PASSWORD:
            self.stack.set_visible_child_name("main")
            self.number.grab_focus()
        else:
            self.login_error.set_text("Forkert brugernavn eller adgangskode.")
            self.password.set_text("")

    def _find(self, *_):
        found = EMPLOYEES.get(self.number.get_text().strip())
        self.employee = self.number.get_text().strip() if found else None
        self.name.set_text(found[0] if found else "–")
        self.department.set_text(found[1] if found else "–")
        self.status.set_text("Medarbejder fundet." if found else "Ukendt medarbejdernummer.")

    def _register(self, *_):
        hours = hours_value(self.hours.get_text())
        week = self.week.get_text().strip()
        if self.employee is None:
            self.status.set_text("Find en medarbejder først.")
            return
        if hours is None or not week.isdigit() or not 1 <= int(week) <= 53:
            self.status.set_text("Udfyld uge (1-53) og timer (fx 37,0).")
            return
        supplement = next(r.get_label() for r in self.supplements if r.get_active())
        name = EMPLOYEES[self.employee][0]
        dialog = Gtk.MessageDialog(transient_for=self, modal=True,
                                   message_type=Gtk.MessageType.QUESTION,
                                   buttons=Gtk.ButtonsType.NONE, title="Bekræft registrering",
                                   text=f"Registrér {hours:.1f} timer i uge {week}".replace(".", ",")
                                   + f" for {name}?")
        dialog.add_button("Nej", Gtk.ResponseType.NO)
        dialog.add_button("Ja", Gtk.ResponseType.YES)
        answer = dialog.run()
        dialog.destroy()
        if answer != Gtk.ResponseType.YES:
            self.status.set_text("Ikke registreret.")
            return
        save({"medarbejdernr": self.employee, "navn": name, "uge": int(week), "timer": hours,
              "tillaeg": supplement, "bruger": USER,
              "gemt": datetime.datetime.now().astimezone().isoformat(timespec="seconds")})
        self.status.set_text(f"Registreret for {name}.")
        self.number.set_text("")
        self.week.set_text("")
        self.hours.set_text("")
        self.name.set_text("–")
        self.department.set_text("–")
        self.supplements[0].set_active(True)
        self.employee = None
        self.number.grab_focus()


def main() -> int:
    Gtk.Settings.get_default().set_property("gtk-font-name", "DejaVu Sans 11")
    window = LonAdmin()
    window.show_all()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, Gtk.main_quit)
    Gtk.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
