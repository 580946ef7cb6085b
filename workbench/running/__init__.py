"""Running a recipe from the window: the controller, the bridge to the runner's worker thread, the
run bar and panel, the checkpoint and inputs dialogs, the failure view, and guided practice."""
