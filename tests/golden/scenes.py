"""Real X programs that make the golden screenshots and the locate benchmark's screens.

`TK_FORM` is a small Danish case-handling form in Tk, run as its own process; it prints the screen
boxes of its widgets as one JSON line once it is mapped, so tests and the benchmark know where each
anchor really is. `scale` renders it larger (fonts and padding), as on a 125-200 % display.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

TK_FORM = r'''
import json, sys, tkinter as tk
scale = float(sys.argv[1]); x, y = int(sys.argv[2]), int(sys.argv[3]); variant = sys.argv[4]
root = tk.Tk()
root.title("Sagsbehandling")
root.tk.call("tk", "scaling", 96 / 72 * scale)
font = ("DejaVu Sans", 10)
bold = ("DejaVu Sans", 10, "bold")
p = lambda n: int(round(n * scale))
root.configure(bg="#d9d9d9")
w = {}
banner = tk.Label(root, text="Status: Afventer godkendelse", bg="#1f3a5f", fg="white", font=bold,
                  padx=p(8), pady=p(4), anchor="w")
banner.grid(row=0, column=0, columnspan=4, sticky="ew")
w["banner"] = banner
for i, (key, label, value) in enumerate([("cpr", "CPR-nummer:", "010203-1234"),
                                         ("navn", "Navn:", "Søren Ærøskøbing"),
                                         ("adresse", "Adresse:", "Åboulevarden 12")]):
    lab = tk.Label(root, text=label, font=font, bg="#d9d9d9")
    lab.grid(row=i + 1, column=0, sticky="w", padx=p(8), pady=p(3))
    ent = tk.Entry(root, font=font, width=22)
    ent.insert(0, value)
    ent.grid(row=i + 1, column=1, columnspan=3, sticky="w", padx=p(8), pady=p(3))
    w["label_" + key], w["entry_" + key] = lab, ent
lb = tk.Listbox(root, font=font, height=4, width=24, exportselection=False,
                selectbackground="#3465a4", selectforeground="white")
for item in ["Æblegrød til ældre", "Øresund sag", "Åbne sager", "Lukkede sager"]:
    lb.insert("end", item)
lb.selection_set(1)
lb.activate(1)
lb.grid(row=4, column=0, columnspan=2, sticky="w", padx=p(8), pady=p(6))
w["list"] = lb
bar = tk.Frame(root, bg="#d9d9d9")
bar.grid(row=5, column=0, columnspan=4, sticky="w", padx=p(8), pady=p(6))
names = ["Godkend", "Afvis", "Gem"] if variant == "form" else ["Gem", "Annuller", "Gem"]
for i, name in enumerate(names):
    b = tk.Button(bar, text=name, font=font, padx=p(10), pady=p(2))
    b.pack(side="left", padx=p(4))
    w["button_%d_%s" % (i, name)] = b
root.geometry("+%d+%d" % (x, y))
def report():
    root.update_idletasks()
    out = {k: [v.winfo_rootx(), v.winfo_rooty(), v.winfo_width(), v.winfo_height()]
           for k, v in w.items()}
    out["window"] = [root.winfo_rootx(), root.winfo_rooty(), root.winfo_width(), root.winfo_height()]
    print(json.dumps(out), flush=True)
root.after(400, report)
root.mainloop()
'''


def start_tk_form(env: dict, x: int, y: int, scale: float = 1.0, variant: str = "form"):
    """Start the Tk form at (x, y); return (process, widget boxes in screen pixels)."""
    proc = subprocess.Popen([sys.executable, "-c", TK_FORM, str(scale), str(x), str(y), variant],
                            env=env, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    return proc, json.loads(line)


def start(env: dict, command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def window_box(env: dict, name: str, timeout: float = 10.0) -> tuple[int, int, int, int]:
    """Screen box of the first visible window whose title matches `name` (via xdotool)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env,
                             capture_output=True, text=True).stdout.split()
        if ids:
            out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", ids[-1]], env=env,
                                 capture_output=True, text=True).stdout
            vals = dict(line.split("=", 1) for line in out.split())
            return int(vals["X"]), int(vals["Y"]), int(vals["WIDTH"]), int(vals["HEIGHT"])
        time.sleep(0.1)
    raise TimeoutError(f"no window named {name!r}")


def move_window(env: dict, name: str, x: int, y: int) -> None:
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env,
                         capture_output=True, text=True).stdout.split()
    for wid in ids:
        subprocess.run(["xdotool", "windowmove", wid, str(x), str(y)], env=env)
