"""A blank Tk canvas used as a replay target: nothing on it to find a click by, no text, no
picture, one colour everywhere.

Every click prints `klik X Y` on stdout (canvas coordinates, which are the window's: the canvas
fills it from its corner); letters typed after a click are drawn at that place, and Return prints
`tekst X Y: TEXT` and ends the program.
"""

import argparse
import sys
import tkinter as tk


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--geometry", default="+150+150")
    args = p.parse_args()

    root = tk.Tk(className="Tegneflade")
    root.title("Tegneflade")
    canvas = tk.Canvas(root, width=640, height=420, bg="white", highlightthickness=0, bd=0)
    canvas.pack()
    root.geometry(args.geometry)
    state = {"x": 0, "y": 0, "text": "", "item": None}

    def clicked(event) -> None:
        canvas.focus_set()
        state.update(x=event.x, y=event.y, text="", item=None)
        print(f"klik {event.x} {event.y}", flush=True)

    def key(event) -> None:
        if event.keysym in ("Return", "KP_Enter"):
            print(f"tekst {state['x']} {state['y']}: {state['text']}", flush=True)
            root.destroy()
            return
        if not event.char or not event.char.isprintable():
            return
        state["text"] += event.char
        if state["item"] is None:
            state["item"] = canvas.create_text(state["x"], state["y"], anchor="w",
                                               font=("DejaVu Sans", -18), fill="black")
        canvas.itemconfigure(state["item"], text=state["text"])

    canvas.bind("<Button-1>", clicked)
    canvas.bind("<Key>", key)
    root.mainloop()


if __name__ == "__main__":
    sys.exit(main())
