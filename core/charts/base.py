"""What every chart shares: figure set-up, default texts, label shortening, ink colour."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from core.catalogue import area_texts
from core.numbers import InDigits, in_digits

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def chart_texts(language: str = "en") -> dict[str, str]:
    """The chart words of ``language`` by the short names the charts use (the catalogue's ``charts`` area)."""
    return dict(_chart_words(language))


@cache
def _chart_words(language: str) -> Mapping[str, str]:
    # Once per language: the window asks at every slider step, and the texts never change in a run.
    return MappingProxyType({key.removeprefix("charts."): text
                             for key, text in area_texts(language, "charts").items()})


CHART_TEXTS = chart_texts()  # English: what a chart says when no ``texts`` are passed
TEXTS = {key: CHART_TEXTS[key] for key in ("score_lower", "score_higher", "likelihood", "impact", "more_options",
                                           "more_in_map", "residual_map", "residual_grid")}
TOP_OPTIONS = 15  # bars a ranking chart draws; the rest are summarised in one line
LABEL_CHARS = 34
BEST_COLOR, OTHER_COLOR = "#2E6DB4", "#9DB8D9"
VALUE_CELL_COLOR = "#E8EAED"


Layout = Literal["constrained"] | None


def _figure(figure: Figure | None, size: tuple[float, float], layout: Layout = "constrained") -> Figure:
    """A new figure of ``size`` inches, or ``figure`` cleared; ``layout`` None means fixed margins."""
    if figure is None:
        from matplotlib.figure import Figure

        return Figure(figsize=size, layout=layout)
    figure.clear()
    figure.set_layout_engine(layout)
    return figure


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXTS, **(texts or {})}


def plain(text: str) -> str:
    """User text made literal for matplotlib, which would read ``$…$`` as mathematics."""
    return text.replace("$", r"\$")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (labels and headers are narrow)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """User ``text`` shortened for an axis label and made literal for matplotlib."""
    return plain(shorten(text, limit))


def ink_for(background: str) -> str:
    """Black or white, whichever reads better on the ``#RRGGBB`` background."""
    red, green, blue = (int(background[i:i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "#1A1A1A" if luminance > 0.45 else "#FFFFFF"


def label_grid(ax, rows: list[str], columns: list[str], right_to_left: bool = False) -> None:
    """Tick labels at the start side (left, or right when mirrored) and top, white lines between the cells.

    Mirrored, the first column is at the right, where an Arabic reader starts.
    """
    ax.set_xticks(range(len(columns)), [reading(c, right_to_left) for c in columns], fontsize=8)
    ax.set_yticks(range(len(rows)), [reading(r, right_to_left) for r in rows], fontsize=8)
    ax.xaxis.tick_top()
    if right_to_left:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
    ax.set_xticks([x - 0.5 for x in range(1, len(columns))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(rows))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0)


# The Arabic face shipped with Mizan (resources/fonts, SIL Open Font Licence), first for Arabic charts;
# DejaVu Sans, matplotlib's own, draws the Latin letters it lacks.
ARABIC_FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
ARABIC_FAMILY = "Noto Naskh Arabic"


def font_files() -> list[str]:
    """Paths of the shipped Arabic font files (for matplotlib here, and Qt's font database in the PDF)."""
    from importlib import resources

    folder = resources.files("resources").joinpath("fonts")
    return [str(folder.joinpath(name)) for name in ARABIC_FONT_FILES]


def chart_fonts(language: str) -> dict[Any, Any]:
    """matplotlib settings (for ``rc_context``) that draw ``language``'s letters, joined and right to left.

    matplotlib shapes text with libraqm (3.11 and later): Arabic letters join
    and runs are ordered by the Unicode bidi algorithm, given a font with the
    glyphs. English needs nothing: the defaults stay.
    """
    if language != "ar":
        return {}
    from matplotlib import font_manager

    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for path in font_files():
        if path not in known:
            font_manager.fontManager.addfont(path)
    return {"font.family": [ARABIC_FAMILY, "DejaVu Sans"]}


# ---- right to left and the digits of the preference -----------------------------------------------

RLM = "\u200f"  # a text takes its reading direction from its first strong letter: this one reads right to left


def reading(text: str, right_to_left: bool) -> str:
    """``text`` as a mirrored chart shows it: read right to left, so that "O1  name" puts the id at the right."""
    return RLM + text if right_to_left and text else text


def figures(digits: str, *values: float) -> list[InDigits]:
    """``values`` for ``str.format``: "{0}", "{1:.3g}" … come out in ``digits`` and the ids around them do not."""
    return [InDigits(value, digits) for value in values]


def mirror(ax, right_to_left: bool, digits: str, *, x: bool = True, y: bool = True) -> None:
    """Mirror ``ax`` for a right-to-left reader, and write its numeric ticks in ``digits``.

    Mirrored, the horizontal axis grows right to left (its low end, or the
    first category, at the right) and the vertical axis with its label moves
    to the right; the open side of the frame moves to the left. ``x`` / ``y``
    False leave an axis's tick labels alone (they are names, not numbers).
    """
    if right_to_left:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")
        left = ax.spines["left"].get_visible()
        ax.spines["left"].set_visible(ax.spines["right"].get_visible())
        ax.spines["right"].set_visible(left)
    if digits != "western":
        for axis, numeric in ((ax.xaxis, x), (ax.yaxis, y)):
            if numeric:
                axis.set_major_formatter(digits_formatter(axis.get_major_formatter(), digits))


def digits_formatter(inner, digits: str):
    """``inner`` (a matplotlib Formatter) writing its tick labels in ``digits``."""
    from matplotlib.ticker import Formatter

    class Digits(Formatter):
        def set_axis(self, axis) -> None:
            super().set_axis(axis)
            inner.set_axis(axis)

        def set_locs(self, locs) -> None:
            inner.set_locs(locs)

        def __call__(self, x, pos=None) -> str:
            return in_digits(inner(x, pos), digits)

        def format_ticks(self, values) -> list[str]:
            return [in_digits(text, digits) for text in inner.format_ticks(values)]

        def get_offset(self) -> str:
            return in_digits(inner.get_offset(), digits)

    return Digits()


_STYLE_LOCK = threading.Lock()


@contextmanager
def chart_style(language: str) -> Iterator[None]:
    """Draw and render a chart of ``language`` inside this: its font (:func:`chart_fonts`) is matplotlib's setting.

    matplotlib's settings are one global: two threads drawing charts of two
    languages at once (the window's and an export's) would swap fonts, so
    one chart at a time takes them.
    """
    from matplotlib import rc_context

    with _STYLE_LOCK:  # the font manager's list of fonts is a global too: the Arabic face is added under the lock
        settings = chart_fonts(language)
        if not settings:  # English: matplotlib's defaults
            yield
            return
        with rc_context(settings):
            yield


def legend_entries(handles: list, labels: list[str], columns: int, right_to_left: bool) -> tuple[list, list[str]]:
    """A legend's entries in the order that fills ``columns`` as the reader reads: mirrored, first column at the right.

    matplotlib fills a legend's columns left to right, the first ones one
    entry longer; mirrored, the same columns are laid out right to left, each
    padded with a blank entry to the full height, so that none shifts up.
    """
    if not right_to_left or not handles:
        return handles, labels
    from matplotlib.patches import Rectangle

    rows, longer = -(-len(handles) // columns), len(handles) % columns or columns
    sizes = [rows if k < longer else rows - 1 for k in range(columns)]
    starts = [sum(sizes[:k]) for k in range(columns)]
    order: list[int | None] = []
    for k in reversed(range(columns)):
        order += [*range(starts[k], starts[k] + sizes[k]), *[None] * (rows - sizes[k])]
    blank = Rectangle((0, 0), 0, 0, visible=False)
    return ([blank if i is None else handles[i] for i in order],
            ["" if i is None else reading(labels[i], True) for i in order])
