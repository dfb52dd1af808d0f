"""The robustness feature: the dock, its weight, tornado and SMAA pages and their wording."""
