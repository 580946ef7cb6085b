"""A small Tk case list whose session has run out: a click on "Hent sager" (which has nothing to do
with passwords) makes the program open a log-in dialog by itself, far from the click, with the
keyboard focus already in its password field (bullets, label "Kode:"). Return writes the password
typed to --out and closes the program.
"""

import argparse
import sys
import tkinter as tk
import tkinter.font as tkfont


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--geometry", default="+100+100")
    p.add_argument("--dialog", default="+900+600")
    args = p.parse_args()

    root = tk.Tk(className="Sagsliste")
    root.title("Sagsliste")
    root.tk.call("tk", "scaling", 96 / 72)
    for name in ("TkDefaultFont", "TkTextFont"):
        tkfont.nametofont(name).configure(family="DejaVu Sans", size=-15)
    frame = tk.Frame(root, padx=16, pady=16)
    frame.pack()
    tk.Label(frame, text="Sager i indbakken").pack(anchor="w")

    def relogin() -> None:
        dialog = tk.Toplevel(root)
        dialog.title("Log ind igen")
        dialog.geometry(args.dialog)
        body = tk.Frame(dialog, padx=16, pady=16)
        body.pack()
        tk.Label(body, text="Sessionen er udløbet.").grid(row=0, column=0, columnspan=2, sticky="w")
        tk.Label(body, text="Kode:").grid(row=1, column=0, sticky="w", pady=8)
        entry = tk.Entry(body, width=24, show="\u2022")
        entry.grid(row=1, column=1, padx=8)

        def done(_event=None) -> None:
            with open(args.out, "w", encoding="utf-8") as f:
                f.write(entry.get())
            root.destroy()

        entry.bind("<Return>", done)
        dialog.after(300, entry.focus_force)

    tk.Button(frame, text="Hent sager", command=relogin).pack(anchor="w", pady=8)
    root.geometry(args.geometry)
    root.mainloop()


if __name__ == "__main__":
    sys.exit(main())
