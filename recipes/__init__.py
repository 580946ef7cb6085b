"""The pure core of the workbench: recipes, locating anchors, the runner and run history.

Nothing here imports Qt or input libraries at module level; side effects come in through
`recipes.ports`.
"""
