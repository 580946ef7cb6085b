"""Run by the Windows Python of the portable build: the workbench's main window on Qt's offscreen
platform (under Wine 8, Qt's windows platform aborts: it asks WinRT for
Windows.UI.ViewManagement.UISettings, which Wine 8 lacks), drawn into the PNG named by argv[1]."""

import os
import sys

# The offscreen platform reads fonts from a folder; Wine's own font folder is empty here.
os.environ["QT_QPA_FONTDIR"] = r"Z:\usr\share\fonts\truetype\dejavu"

from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication(["opskrift", "-platform", "offscreen"])
from workbench.app import build_window  # noqa: E402  (after the QApplication)

window = build_window(app)
window.resize(1280, 800)
window.show()
for _ in range(20):
    app.processEvents()
window.grab().save(sys.argv[1])
print(window.windowTitle(), flush=True)
if len(sys.argv) > 2:   # the gains dashboard: matplotlib on its Qt canvas, under Windows
    window.tabs.setCurrentWidget(window.gains_page)
    for _ in range(20):
        app.processEvents()
    window.grab().save(sys.argv[2])
# What is shown is what this proves; the interpreter's teardown of Qt under Wine's offscreen
# platform ended once with exit code 9 after the picture was saved, so it is not waited for.
os._exit(0)
