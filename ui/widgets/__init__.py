"""Panels and small widgets of the main window."""
