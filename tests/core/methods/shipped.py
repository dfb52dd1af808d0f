"""The methods Mizan ships, in their order, each with the link under which it declares itself linear.

Tests compare the registry with this where a shipped method must be present
(one that vanishes fails them) and read the registry itself wherever a method
added by its module alone must be covered too.
"""

SHIPPED: dict[str, str | None] = {"wsm": "identity", "wpm": "log", "topsis": None, "vikor": None,
                                  "promethee2": "identity"}
