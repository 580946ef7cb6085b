"""Real adapters for the ports in `recipes.ports` on an X11 desktop (screen, input, windows,
keyring, the virtual screen). Heavy or display-bound libraries are imported inside functions, so
that importing this package works on a machine without a display."""
