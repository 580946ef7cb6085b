"""The library page: the folder of recipes, its preview, review and approval, the trainer's view
of guided practice, and guides as PDF."""
