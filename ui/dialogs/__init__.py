"""Dialogs of the window: weighting (points, swing, AHP) and file prompts."""
