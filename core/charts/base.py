"""What every chart shares: figure set-up, default texts, label shortening, ink colour."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from core.catalogue import catalogue

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def chart_texts(language: str = "en") -> dict[str, str]:
    """The chart words of ``language`` by the short names the charts use (the catalogue's ``charts`` area)."""
    return {key.removeprefix("charts."): text for key, text in catalogue(language).items()
            if key.startswith("charts.")}


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


def label_grid(ax, rows: list[str], columns: list[str]) -> None:
    """Tick labels on the left and top, white lines between the cells."""
    ax.set_xticks(range(len(columns)), columns, fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.xaxis.tick_top()
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
