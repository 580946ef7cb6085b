"""A small Tk form used as a replay target: a case number, a remark field and a "Gem" button.

On "Gem" it writes the remark to the file given by --out and exits. On start it prints the screen
geometry of its widgets as JSON on stdout, so a test can cut an image anchor from a screenshot.
`--scale 2` draws everything twice as large (a display scaled to 200 %).
"""

import argparse
import json
import sys
import tkinter as tk
import tkinter.font as tkfont


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--geometry", default="+200+200")
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--case", default="2024-00017")
    args = p.parse_args()

    root = tk.Tk(className="Sagsform")
    root.title("Sagsform")
    root.tk.call("tk", "scaling", 96 / 72 * args.scale)
    size = round(11 * args.scale)
    for name in ("TkDefaultFont", "TkTextFont"):
        tkfont.nametofont(name).configure(family="DejaVu Sans", size=-size * 96 // 72)
    pad = round(10 * args.scale)
    frame = tk.Frame(root, padx=pad, pady=pad)
    frame.pack()
    tk.Label(frame, text="Sagsnr.:").grid(row=0, column=0, sticky="w", pady=pad // 2)
    tk.Label(frame, text=args.case).grid(row=0, column=1, sticky="w")
    tk.Label(frame, text="Bemærkning").grid(row=1, column=0, sticky="w", pady=pad // 2)
    entry = tk.Entry(frame, width=30)
    entry.grid(row=1, column=1, padx=pad)

    def save() -> None:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(entry.get())
        root.destroy()

    gem = tk.Button(frame, text="Gem", command=save, padx=pad, bg="#d8e4f0")
    gem.grid(row=2, column=1, sticky="e", pady=pad)
    root.geometry(args.geometry)

    def report() -> None:
        root.update_idletasks()
        boxes = {name: [w.winfo_rootx(), w.winfo_rooty(), w.winfo_width(), w.winfo_height()]
                 for name, w in (("gem", gem), ("entry", entry))}
        print(json.dumps(boxes), flush=True)

    root.after(400, report)
    root.mainloop()


if __name__ == "__main__":
    sys.exit(main())
