"""The editor page of one open recipe: the step list, the properties, the recipe's own fields, the
anchor editor with Find nu, and every edit as an undoable command."""
