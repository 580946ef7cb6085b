"""KommuneSag 2003: a fictitious old municipal case and payroll program, the demo's "legacy system".

The robot is demonstrated and tested on this program. Standard library only (tkinter), so that it
runs with any Python 3 that has Tk:

    python resources/demo/legacy_app.py [--store FILE] [--geometry +X+Y] [--scale F]

Login: user ``sagsbeh``, password ``Sommer2024!`` (or the value of the environment variable
``DEMO_PASSWORD`` where set). The bundled recipe (demo.yaml) takes the password from the OS keyring
entry ``kommunesag``.

Citizens (fictitious) are in kommunesag_core.REGISTER, e.g. 120375-1234 Søren Ærø Ågesen,
240188-2468 Åse Møller Kjær, 050762-3579 Jørgen Østergård; case types in CASE_TYPES.

Flow and window titles (distinct, plain ASCII so that `xdotool search --name` and other tools that
read the legacy WM_NAME property find them; the program is one window whose content and title change,
plus modal dialogs):
    "KommuneSag - Velkommen"        log-in: Brugernavn, Adgangskode (shown as *), "Log ind"
    "KommuneSag - Borgeropslag"     after log-in: CPR-nummer + "Søg"; recent cases of the session
    "KommuneSag - Sagsregistrering" the case form for the citizen found (Navn, CPR-nummer, Adresse
                                    read-only; Sagstype (drop-down, may be typed), Beløb (kr.),
                                    Bemærkning, "Borger er orienteret om sagen", "Gem", "Annuller")
    "KommuneSag - Kvittering"       dialog "Sagen er gemt" / "Sagsnr. YYYY-NNNNN" / "OK"
    "KommuneSag - Fejl"             error dialogs ("Forkert brugernavn eller adgangskode.",
                                    "Ingen borger fundet", "Ugyldigt CPR-nummer",
                                    "Sagen kan ikke gemmes")
Window texts are chosen so that the words a recipe anchors on ("Log ind", "Søg", "Gem", "OK",
"Sagen er gemt", field labels) show only once on the screen at a time.

Each saved case is appended as one JSON line to the store file (default
$WORKBENCH_HOME/demo/saved_cases.jsonl, else <tmp>/kommunesag-demo/saved_cases.jsonl), flushed
and fsynced before the confirmation shows:
    {"case_number": "2026-00017", "cpr": "120375-1234", "name": "Søren Ærø Ågesen",
     "user": "sagsbeh", "saved_at": "...",
     "fields": {"sagstype": "Enkeltydelse", "beloeb": "1.250,00", "beloeb_decimal": "1250.00",
                "bemaerkning": "...", "borger_orienteret": true}}
Case numbers count on from 00017 by the records already in the store.

Only one program runs per store file and display: a second start asks the running one to come to
the front and exits (status 0), so a second `launch` does not stack up copies. The program stays
logged in until "Filer > Log ud", so a recipe logs in once and then handles case after case.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import tkinter as tk
from datetime import date
from pathlib import Path
from tkinter import ttk

sys.path.insert(0, str(Path(__file__).resolve().parent))
import kommunesag_core as core  # noqa: E402
from kommunesag_widgets import READONLY, Look, message_dialog  # noqa: E402

PREFIX = "KommuneSag - "
RECENT_FORMAT = "%-12s %-26s %-16s %15s"
VERSION_TEXT = "Version 4.2.1  ·  Demoversion med fiktive data"
LOGIN_DELAY_MS, SEARCH_DELAY_MS, SAVE_DELAY_MS = 400, 300, 800


class App:
    def __init__(self, store: Path, position: tuple[int, int], scale: float):
        self.store = core.CaseStore(store)
        self.position = position
        self.root = tk.Tk(className="KommuneSag")
        self.root.withdraw()
        self.look = Look(self.root, scale)
        self.px = self.look.px
        self.user = ""
        self.citizen: tuple[str, str, str] | None = None   # cpr, name, address
        self.instance: core.SingleInstance | None = None
        # One program window: its content (and title) changes from log-in to search to case.
        self.login_screen = self._build_login()
        self.main_screen = self._build_main()
        self.root.protocol("WM_DELETE_WINDOW", self.quit)
        self.root.after(200, self._poll_raise)
        self.show_login()

    # ---------------------------------------------------------------- log-in screen
    def _build_login(self) -> tk.Frame:
        px = self.px
        screen = tk.Frame(self.root)
        self.look.banner(screen, "KommuneSag 2003", "Sags- og lønsystem").pack(fill="x")
        footer = tk.Frame(screen)
        footer.pack(fill="x", side="bottom", padx=px(2), pady=px(2))
        self.login_status = self.look.status_cell(footer, VERSION_TEXT, expand=True)
        body = tk.Frame(screen, padx=px(28), pady=px(16))
        body.pack(fill="both", expand=True)
        tk.Label(body, text="Kun for autoriserede medarbejdere.").grid(
            row=0, column=0, columnspan=2, sticky="w", pady=(0, px(12)))
        tk.Label(body, text="Brugernavn:").grid(row=1, column=0, sticky="w", pady=px(4))
        self.user_entry = tk.Entry(body, width=22)
        self.user_entry.grid(row=1, column=1, sticky="w", padx=(px(12), 0))
        tk.Label(body, text="Adgangskode:").grid(row=2, column=0, sticky="w", pady=px(4))
        self.pw_entry = tk.Entry(body, width=22, show="*")
        self.pw_entry.grid(row=2, column=1, sticky="w", padx=(px(12), 0))
        buttons = tk.Frame(body)
        buttons.grid(row=3, column=0, columnspan=2, sticky="e", pady=(px(18), 0))
        self.login_btn = self.look.button(buttons, "Log ind", self.login)
        self.login_btn.pack(side="left", padx=(0, px(8)))
        self.look.button(buttons, "Afslut", self.quit).pack(side="left")
        for entry in (self.user_entry, self.pw_entry):
            entry.bind("<Return>", lambda e: self.login())
        return screen

    def show_login(self) -> None:
        self.user = ""
        self.citizen = None
        self.main_screen.pack_forget()
        self.root.config(menu="")
        self.login_screen.pack(fill="both", expand=True)
        self.root.title(PREFIX + "Velkommen")
        self.root.geometry("")
        self.root.geometry("+%d+%d" % self.position)
        self.user_entry.delete(0, "end")
        self.pw_entry.delete(0, "end")
        self.login_status.config(text=VERSION_TEXT)
        self.root.deiconify()
        self.user_entry.focus_set()

    def login(self) -> None:
        if str(self.login_btn["state"]) == "disabled":
            return
        self.login_btn.config(state="disabled")
        self.login_status.config(text="Kontrollerer adgang…")
        self.root.config(cursor="watch")
        self.root.after(LOGIN_DELAY_MS, self._login_checked)

    def _login_checked(self) -> None:
        self.root.config(cursor="")
        self.login_btn.config(state="normal")
        user, pw = self.user_entry.get().strip(), self.pw_entry.get()
        if user != core.DEMO_USER or pw != core.password():
            self.login_status.config(text="Adgang nægtet")
            self.pw_entry.delete(0, "end")

            def again() -> None:
                self.login_status.config(text=VERSION_TEXT)
                self.pw_entry.focus_set()
            message_dialog(self.look, self.root, PREFIX + "Fejl", "Forkert brugernavn eller adgangskode.",
                           ["Kontrollér oplysningerne og prøv igen."], "error", again)
            return
        self.user = user
        self.status_user.config(text=f"Bruger: {user}")
        self.login_screen.pack_forget()
        self.root.config(menu=self.menubar)
        self.main_screen.pack(fill="both", expand=True)
        w, h = self.px(800), self.px(500)
        # Keep the whole window on the screen (room for the title bar and frame), as a window
        # manager would; a given position wins where it fits.
        x = max(0, min(self.position[0], self.root.winfo_screenwidth() - w))
        y = max(0, min(self.position[1], self.root.winfo_screenheight() - h - 60))
        self.root.geometry("%dx%d+%d+%d" % (w, h, x, y))
        self.show_search()

    # ---------------------------------------------------------------- main window
    def _build_main(self) -> tk.Frame:
        px = self.px
        root = tk.Frame(self.root)
        menubar = self.menubar = tk.Menu(self.root)
        filer = tk.Menu(menubar, tearoff=False)
        filer.add_command(label="Nyt opslag", command=lambda: self.show_search())
        filer.add_command(label="Udskriv…", state="disabled")
        filer.add_separator()
        filer.add_command(label="Log ud", command=self.show_login)
        filer.add_command(label="Afslut", command=self.quit)
        menubar.add_cascade(label="Filer", menu=filer)
        for title, items in (("Rediger", ("Kopiér", "Indsæt")),
                             ("Sager", ("Sagsoversigt", "Journalnotat")),
                             ("Løn", ("Lønkørsel", "Refusioner"))):
            sub = tk.Menu(menubar, tearoff=False)
            for item in items:
                sub.add_command(label=item, state="disabled")
            menubar.add_cascade(label=title, menu=sub)
        hjaelp = tk.Menu(menubar, tearoff=False)
        hjaelp.add_command(label="Om KommuneSag…", command=self.about)
        menubar.add_cascade(label="Hjælp", menu=hjaelp)

        self.look.banner(root, "KommuneSag 2003", "Sags- og lønsystem  ·  Demo Kommune").pack(
            fill="x")
        status = tk.Frame(root)
        status.pack(fill="x", side="bottom", padx=px(2), pady=px(2))
        self.status_text = self.look.status_cell(status, "Klar", expand=True)
        self.status_user = self.look.status_cell(status, "Bruger: –")
        self.look.status_cell(status, "Server: KSAG-PROD01")
        self.look.status_cell(status, date.today().strftime("%d-%m-%Y"))
        self.content = tk.Frame(root, padx=px(14), pady=px(12))
        self.content.pack(fill="both", expand=True)
        self.search_frame = self._build_search(self.content)
        self.case_frame = self._build_case(self.content)
        return root

    def _build_search(self, parent: tk.Frame) -> tk.Frame:
        px = self.px
        frame = tk.Frame(parent)
        box = tk.LabelFrame(frame, text=" Borgeropslag ", padx=px(12), pady=px(10))
        box.pack(fill="x")
        tk.Label(box, text="Opslag i borgerregistret efter personnummer (DDMMÅÅ-XXXX).").grid(
            row=0, column=0, columnspan=4, sticky="w", pady=(0, px(8)))
        tk.Label(box, text="CPR-nummer:").grid(row=1, column=0, sticky="w")
        self.cpr_entry = tk.Entry(box, width=14)
        self.cpr_entry.grid(row=1, column=1, sticky="w", padx=px(10))
        self.cpr_entry.bind("<Return>", lambda e: self.search())
        self.search_btn = self.look.button(box, "Søg", self.search)
        self.search_btn.grid(row=1, column=2, sticky="w")
        box.columnconfigure(3, weight=1)
        recent = tk.LabelFrame(frame, text=" Seneste sager i denne session ", padx=px(8),
                               pady=px(8))
        recent.pack(fill="both", expand=True, pady=(px(14), 0))
        tk.Label(recent, text=RECENT_FORMAT % ("Nummer", "Borger", "Type", "Kroner"),
                 font=self.look.mono, anchor="w", padx=px(4)).pack(fill="x")
        self.recent_list = tk.Listbox(recent, height=6, font=self.look.mono, bg="white",
                                      relief="sunken", bd=2, activestyle="none")
        self.recent_list.pack(fill="both", expand=True)
        return frame

    def _build_case(self, parent: tk.Frame) -> tk.Frame:
        px = self.px
        frame = tk.Frame(parent)
        person = tk.LabelFrame(frame, text=" Borger ", padx=px(12), pady=px(8))
        person.pack(fill="x")
        self.ro_vars = {k: tk.StringVar() for k in ("navn", "cpr", "adresse")}
        for row, (label, key, width) in enumerate((("Navn:", "navn", 34), ("CPR-nummer:", "cpr", 14),
                                                   ("Adresse:", "adresse", 34))):
            tk.Label(person, text=label, width=12, anchor="w").grid(row=row, column=0, sticky="w",
                                                                   pady=px(3))
            # Read-only values: sunken boxes with a little room inside, as the old system drew them.
            tk.Label(person, textvariable=self.ro_vars[key], width=width, anchor="w",
                     relief="sunken", bd=2, bg=READONLY, padx=px(5), pady=px(1)).grid(
                row=row, column=1, sticky="w", pady=px(1))
        case = tk.LabelFrame(frame, text=" Ny sag ", padx=px(12), pady=px(8))
        case.pack(fill="x", pady=(px(12), 0))
        tk.Label(case, text="Sagstype:", width=12, anchor="w").grid(row=0, column=0, sticky="w",
                                                                   pady=px(3))
        self.type_box = ttk.Combobox(case, values=core.CASE_TYPES, width=24, font=self.look.normal)
        self.type_box.grid(row=0, column=1, sticky="w")
        tk.Label(case, text="Beløb (kr.):", width=12, anchor="w").grid(row=1, column=0, sticky="w",
                                                                      pady=px(3))
        self.amount_entry = tk.Entry(case, width=14, justify="right")
        self.amount_entry.grid(row=1, column=1, sticky="w")
        tk.Label(case, text="Bemærkning:", width=12, anchor="nw").grid(row=2, column=0, sticky="nw",
                                                                      pady=px(3))
        self.note_text = tk.Text(case, width=44, height=3, wrap="word", bg="white", relief="sunken",
                                 bd=2, font=self.look.normal)
        self.note_text.grid(row=2, column=1, sticky="w", pady=px(3))
        self.note_text.bind("<Tab>", lambda e: (e.widget.tk_focusNext().focus_set(), "break")[1])
        self.informed = tk.BooleanVar(value=False)
        tk.Checkbutton(case, text="Borger er orienteret om sagen", variable=self.informed).grid(
            row=3, column=1, sticky="w", pady=(px(4), 0))
        buttons = tk.Frame(frame)
        buttons.pack(fill="x", pady=(px(14), 0))
        self.cancel_btn = self.look.button(buttons, "Annuller", self.cancel_case)
        self.cancel_btn.pack(side="right")
        self.save_btn = self.look.button(buttons, "Gem", self.save_case)
        self.save_btn.pack(side="right", padx=(0, px(8)))
        return frame

    def show_search(self) -> None:
        if not self.user:
            return
        self.citizen = None
        self.case_frame.pack_forget()
        self.search_frame.pack(fill="both", expand=True)
        self.root.title(PREFIX + "Borgeropslag")
        self.status_text.config(text="Klar")
        self.cpr_entry.delete(0, "end")
        self.cpr_entry.focus_set()

    def search(self) -> None:
        if str(self.search_btn["state"]) == "disabled":
            return
        cpr = core.normalize_cpr(self.cpr_entry.get())
        if cpr is None:
            message_dialog(self.look, self.root, PREFIX + "Fejl", "Ugyldigt CPR-nummer",
                           ["CPR-nummeret skal skrives som DDMMÅÅ-XXXX."], "error",
                           self._retry_cpr)
            return
        self.search_btn.config(state="disabled")
        self.status_text.config(text="Søger i borgerregistret…")
        self.root.config(cursor="watch")
        self.root.after(SEARCH_DELAY_MS, lambda: self._searched(cpr))

    def _searched(self, cpr: str) -> None:
        self.root.config(cursor="")
        self.search_btn.config(state="normal")
        found = core.find_citizen(cpr)
        if found is None:
            self.status_text.config(text="Klar")
            message_dialog(self.look, self.root, PREFIX + "Fejl", "Ingen borger fundet",
                           [f"Der findes ingen borger med personnummer {cpr}."], "error",
                           self._retry_cpr)
            return
        self.show_case(cpr, *found)

    def _retry_cpr(self) -> None:
        """After an error: the number stays, selected, so typing replaces it."""
        self.cpr_entry.focus_set()
        self.cpr_entry.select_range(0, "end")
        self.cpr_entry.icursor("end")

    # ---------------------------------------------------------------- case form
    def show_case(self, cpr: str, name: str, address: str) -> None:
        self.citizen = (cpr, name, address)
        for key, value in (("navn", name), ("cpr", cpr), ("adresse", address)):
            self.ro_vars[key].set(value)
        self.type_box.set("")
        self.amount_entry.delete(0, "end")
        self.note_text.delete("1.0", "end")
        self.informed.set(False)
        self.save_btn.config(state="normal")
        self.cancel_btn.config(state="normal")
        self.search_frame.pack_forget()
        self.case_frame.pack(fill="both", expand=True)
        self.root.title(PREFIX + "Sagsregistrering")
        self.status_text.config(text="Borger hentet fra registret")
        self.type_box.focus_set()

    def cancel_case(self) -> None:
        self.show_search()

    def save_case(self) -> None:
        if self.citizen is None or str(self.save_btn["state"]) == "disabled":
            return
        problems = []
        case_type = core.normalize_case_type(self.type_box.get())
        if case_type is None:
            problems.append("Vælg en sagstype fra listen.")
        amount = core.parse_amount(self.amount_entry.get())
        if amount is None:
            problems.append("Beløb skal være et tal, fx 1.250,00.")
        if problems:
            message_dialog(self.look, self.root, PREFIX + "Fejl", "Sagen kan ikke gemmes",
                           problems, "error")
            return
        fields = {
            "sagstype": case_type,
            "beloeb": core.format_amount(amount),
            "beloeb_decimal": amount,
            "bemaerkning": self.note_text.get("1.0", "end-1c").strip(),
            "borger_orienteret": bool(self.informed.get()),
        }
        self.save_btn.config(state="disabled")
        self.cancel_btn.config(state="disabled")
        self.status_text.config(text="Gemmer…")
        self.root.config(cursor="watch")
        self.root.after(SAVE_DELAY_MS, lambda: self._saved(fields))

    def _saved(self, fields: dict) -> None:
        cpr, name, _ = self.citizen
        record = self.store.save(cpr, name, self.user, fields)
        self.recent_list.insert(0, RECENT_FORMAT % (
            record["case_number"], name, fields["sagstype"], fields["beloeb"]))
        self.root.config(cursor="")
        self.status_text.config(text="Klar")
        message_dialog(self.look, self.root, PREFIX + "Kvittering", "Sagen er gemt",
                       [f"Sagsnr. {record['case_number']}"], "info", self.show_search)

    # ---------------------------------------------------------------- misc
    def about(self) -> None:
        message_dialog(self.look, self.root, PREFIX + "Om programmet", "KommuneSag 2003",
                       ["Version 4.2.1", "Demoversion med fiktive borgere."], "info")

    def _poll_raise(self) -> None:
        if self.instance is not None:
            while not self.instance.requests.empty():
                self.instance.requests.get()
                self.root.deiconify()
                self.root.lift()
                self.root.focus_force()
        self.root.after(200, self._poll_raise)

    def quit(self) -> None:
        self.root.quit()


def parse_position(text: str | None) -> tuple[int, int]:
    m = re.fullmatch(r"(?:\d+x\d+)?([+-]\d+)([+-]\d+)", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else (100, 80)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="KommuneSag 2003 (fiktivt demoprogram)")
    p.add_argument("--store", type=Path, default=None, help="JSON-lines file for saved cases")
    p.add_argument("--geometry", default=None, help="window position, +X+Y")
    p.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 2")
    args = p.parse_args(argv)
    store = args.store or core.default_store()
    instance = core.SingleInstance(store, os.environ.get("DISPLAY"))
    if instance.notify_running():
        print("KommuneSag kører allerede; vinduet er bragt frem.", file=sys.stderr)
        return 0
    try:
        app = App(store, parse_position(args.geometry), max(0.5, min(args.scale, 4.0)))
    except tk.TclError as e:
        print(f"KommuneSag kan ikke starte: {e}", file=sys.stderr)
        return 2
    instance.listen()
    app.instance = instance
    # Closed by a signal (a test, the demo ending): leave the main loop so the socket is removed.
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    try:
        app.root.mainloop()
    finally:
        instance.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
