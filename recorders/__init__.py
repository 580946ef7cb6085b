"""Turn live input into recipe steps: a person works in any desktop program, a recipe comes out.

    recorders.api        start_recording / stop_recording / recover_recording (workbench, CLI)
    recorders.recorder   the Recorder interface and the SyntheticRecorder for tests
    recorders.x11        the X11 backend (pynput on X RECORD)
    recorders.session    one recording: journal, screenshots, password fields decided at capture
    recorders.journal    the append-only journal that makes a crash or kill -9 lose nothing
    recorders.ring       the short ring of screenshots taken before each event
    recorders.fold       raw events -> gestures (click, double click, drag, scroll, type, press)
    recorders.anchors    the anchor of a pointer step, chosen from the screenshot before it
    recorders.sensitive  password fields and CPR numbers
    recorders.steps      gestures + screenshots -> a Recipe with its anchor images
    recorders.output     journal -> recipe file and images, written atomically
    recorders.cli        `main.py record OUT.yaml [--recover]`

Nothing here imports Qt; `pynput` is imported only when the X11 backend starts.
"""
