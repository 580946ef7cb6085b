"""A small Tk case form for guided practice: a remark field, "Annuller" and "Gem".

Every button press is appended to the file given by --out ("klik Annuller", "klik Gem: REMARK");
"Gem" also shows "Sagen er gemt". Nothing closes: the trainee may click wrong first.
"""

import argparse
import tkinter as tk
import tkinter.font as tkfont


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--geometry", default="+220+240")
    args = p.parse_args()

    root = tk.Tk(className="Oevebog")
    root.title("Øvebog")
    for name in ("TkDefaultFont", "TkTextFont"):
        tkfont.nametofont(name).configure(family="DejaVu Sans", size=-15)
    frame = tk.Frame(root, padx=16, pady=16)
    frame.pack()
    tk.Label(frame, text="Bemærkning:").grid(row=0, column=0, sticky="w", pady=8)
    remark = tk.Entry(frame, width=24)
    remark.grid(row=0, column=1, columnspan=2, sticky="w", padx=8)
    status = tk.Label(frame, text="")
    status.grid(row=2, column=0, columnspan=3, sticky="w", pady=8)

    def pressed(name: str) -> None:
        with open(args.out, "a", encoding="utf-8") as f:
            f.write(f"klik {name}" + (f": {remark.get()}" if name == "Gem" else "") + "\n")
        if name == "Gem":
            status.configure(text="Sagen er gemt")

    tk.Button(frame, text="Annuller", padx=22, pady=10,
              command=lambda: pressed("Annuller")).grid(row=1, column=1, pady=12)
    tk.Button(frame, text="Gem", padx=22, pady=10,
              command=lambda: pressed("Gem")).grid(row=1, column=2, pady=12, padx=40)
    root.geometry(args.geometry)
    root.mainloop()


if __name__ == "__main__":
    main()
