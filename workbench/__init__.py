"""The Qt workbench: windows, table models, widgets, undo commands and the bridge from worker
threads. It adapts the pure models of `recipes/` and the recorder of `recorders/`; nothing outside
this package imports Qt. Start it with `workbench.app.main(args)` (what `python main.py` does).

Map of the package:
- app.py, main_window.py, settings*.py, i18n.py: starting, the window, Indstillinger, language
- library*.py: Opskrifter (the recipe folder, trash, preview)
- document.py, commands.py, undo.py, recipe_io.py: an open recipe, its edits (pure commands
  wrapped in QUndoCommand), atomic saving and autosave
- steps_model.py, steps_view.py, step_form.py, field_widgets.py, recipe_panel.py, editor.py:
  the step editor
- anchor_*.py, live_find.py, thumbnails.py, action_pictures.py: anchors
  and pictures
- run_*.py, failure_view.py, checkpoint_dialog.py, inputs_dialog.py, highlight.py: running
- history_view.py, history_access.py: Historik
- record_controller.py: Optag
"""
