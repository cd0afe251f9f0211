"""The book's one chart theme: a colour-blind-safe palette, system fonts and consistent sizes.

Registered with Altair as ``"worker-centered-trade"`` by :func:`register_theme` (called once by
``widgets.render`` on import), so chapters never style charts themselves.

Every colour a chart uses is named here: the palette's hues, roles (text, muted text, fills,
rules, what is absent, complying and violating) and the series palettes of fixed sets of
categories. Chart modules import these names and write no colour of their own
(``tests/test_theme.py`` fails on a colour literal in ``widgets/charts/``).
"""

from __future__ import annotations

import altair as alt

THEME_NAME = "worker-centered-trade"

# Okabe & Ito's palette, distinguishable under the common forms of colour blindness, extended by two
# colours from Paul Tol's muted scheme (wine, olive) for the timeline's ten kinds of event. Charts
# name these hues (through the roles below) rather than writing colours of their own.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
PINK = "#CC79A7"
SKY_BLUE = "#56B4E9"
VERMILION = "#D55E00"
YELLOW = "#F0E442"
BLACK = "#000000"
WINE = "#882255"
OLIVE = "#999933"
PALETTE = [BLUE, ORANGE, GREEN, PINK, SKY_BLUE, VERMILION, YELLOW, BLACK, WINE, OLIVE]

# Roles: text and marks that carry no category.
TEXT_COLOR = "#222222"           # body text, labels, the outline of the chosen card
MUTED_COLOR = "#5f6368"          # secondary text (sources, notes) and neutral marks and rules
FAINT_TEXT_COLOR = "#9a9a9a"     # text not yet reached (steps ahead of a slider)
MISSING_TEXT_COLOR = "#8a8a8a"   # text standing in for a value the sources do not give
ORANGE_TEXT_COLOR = "#9a6a00"    # the palette's orange darkened for text on white (contrast)
BACKGROUND_COLOR = "white"       # the page, hollow marks, and gaps between cells
AXIS_COLOR = "#888888"           # axis lines and ticks, and a zero line drawn like them
GRID_COLOR = "#e5e5e5"           # gridlines
ROW_RULE_COLOR = "#e3e3e3"       # faint rules along the rows of a grid
OUTLINE_COLOR = "#d0d0d0"        # the outline of a card that is not chosen
ABSENT_COLOR = "#c9c9c9"         # a small dot where a participant takes no part
PLAIN_FILL = "#f3f3f3"           # a grid cell that is not chosen
HIGHLIGHT_FILL = "#cfe3f1"       # a chosen grid cell: a pale tint of BLUE
HIGHLIGHT_BAND_FILL = "#eef4fa"  # a paler tint of BLUE behind a highlighted column of marks

# Roles: colours that carry a meaning.
COMPLY_COLOR = GREEN             # complying pays, or a facility complies
VIOLATE_COLOR = VERMILION        # violating pays, or a facility violates
NEUTRAL_COLOR = MUTED_COLOR      # neither (a tie, a break-even line)

# Series palettes: the hues of a fixed set of categories, in the order of their domain.
CURRENT_PROPOSED_COLORS = [ORANGE, BLUE]                    # current U.S. practice, LeClercq's proposal
STEP_STATUS_COLORS = [ORANGE, SKY_BLUE, GREEN, BLUE, PINK]  # in use, kept, revised, new, alternative
PHASE_COLORS = [BLUE, ORANGE, GREEN]                        # negotiation, monitoring, enforcement
SPAN_COLORS = [SKY_BLUE, VERMILION]                         # time to resolution, time to a new vote
# System fonts: nothing to download, and they match the site's body text closely.
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
DEFAULT_WIDTH = 640


def theme_config() -> alt.theme.ThemeConfig:
    """Return the theme as a Vega-Lite config dictionary."""
    return alt.theme.ThemeConfig({
        "config": {
            "font": FONT,
            "background": BACKGROUND_COLOR,
            "padding": 8,
            "view": {"stroke": None, "continuousWidth": DEFAULT_WIDTH, "continuousHeight": 320},
            "range": {"category": PALETTE},
            "title": {"anchor": "start", "fontSize": 16, "fontWeight": 600, "color": TEXT_COLOR,
                      "subtitleFontSize": 12, "subtitleColor": MUTED_COLOR, "subtitlePadding": 6, "offset": 12},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 500, "labelColor": TEXT_COLOR,
                     "titleColor": TEXT_COLOR, "gridColor": GRID_COLOR, "domainColor": AXIS_COLOR, "tickColor": AXIS_COLOR,
                     "labelLimit": 260},
            # Vertical, below the plot: a legend wider than the plot would make Vega shrink the plot
            # to fit the legend inside a container-width chart.
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 500, "orient": "bottom",
                       "direction": "vertical", "labelLimit": 300},
            "header": {"labelFontSize": 12, "titleFontSize": 12},
            "text": {"fontSize": 12, "color": TEXT_COLOR},
            "point": {"size": 90, "filled": True},
            "bar": {"cornerRadiusEnd": 2},
        }
    })


def register_theme() -> None:
    """Register and enable the book's theme (idempotent)."""
    alt.theme.register(THEME_NAME, enable=True)(theme_config)


# Dark mode: the site's dark theme (pydata-sphinx-theme's) draws charts with these colours instead.
# Each light role keeps its meaning with a counterpart that reads on a dark page; the palette's hues
# stay, except black, which would vanish. ``widgets.render``'s draw script swaps them in a chart's
# spec when the page is dark and draws again when the reader switches.
DARK_BACKGROUND_COLOR = "#121212"  # sphinx-book-theme's dark page background
DARK_TEXT_COLOR = "#e3e6ea"


def dark_variant() -> dict:
    """The dark counterparts: ``colors`` maps each light colour (lower case) to its dark one, and
    ``config`` overrides Vega-Lite defaults that the light theme leaves black (legends, headers)."""
    colors = {
        TEXT_COLOR: DARK_TEXT_COLOR,
        MUTED_COLOR: "#a9b1ba",
        FAINT_TEXT_COLOR: "#6e757d",
        MISSING_TEXT_COLOR: "#8f969e",
        ORANGE_TEXT_COLOR: ORANGE,
        BACKGROUND_COLOR: DARK_BACKGROUND_COLOR,
        AXIS_COLOR: "#8a9099",
        GRID_COLOR: "#2d333b",
        ROW_RULE_COLOR: "#2d333b",
        OUTLINE_COLOR: "#4b525b",
        ABSENT_COLOR: "#5b626b",
        PLAIN_FILL: "#232830",
        HIGHLIGHT_FILL: "#1f3d56",
        HIGHLIGHT_BAND_FILL: "#1a2937",
        BLACK: "#d0d4d9",
    }
    return {
        "colors": {light.lower(): dark for light, dark in colors.items()},
        "config": {
            "background": DARK_BACKGROUND_COLOR,
            # A shape legend's symbols are black by default (a colour legend fills its own).
            "legend": {"labelColor": DARK_TEXT_COLOR, "titleColor": DARK_TEXT_COLOR, "symbolFillColor": DARK_TEXT_COLOR},
            "header": {"labelColor": DARK_TEXT_COLOR, "titleColor": DARK_TEXT_COLOR},
            "style": {"guide-label": {"fill": DARK_TEXT_COLOR}, "guide-title": {"fill": DARK_TEXT_COLOR}},
        },
    }
