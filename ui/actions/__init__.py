"""Menu controllers of the main window: File, Profiles and Export/Import, each a QObject that owns its actions."""
