"""The book's one chart theme: a colour-blind-safe palette, system fonts and consistent sizes.

Registered with Altair as ``"worker-centered-trade"`` by :func:`register_theme` (called once by
``widgets.render`` on import), so chapters never style charts themselves.
"""

from __future__ import annotations

import altair as alt

THEME_NAME = "worker-centered-trade"

# Okabe & Ito's palette, distinguishable under the common forms of colour blindness, extended by two
# colours from Paul Tol's muted scheme (wine, olive) for the timeline's ten kinds of event.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#882255", "#999933"]
TEXT_COLOR = "#222222"
MUTED_COLOR = "#5f6368"
# System fonts: nothing to download, and they match the site's body text closely.
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
DEFAULT_WIDTH = 640


def theme_config() -> alt.theme.ThemeConfig:
    """Return the theme as a Vega-Lite config dictionary."""
    return alt.theme.ThemeConfig({
        "config": {
            "font": FONT,
            "background": "white",
            "padding": 8,
            "view": {"stroke": None, "continuousWidth": DEFAULT_WIDTH, "continuousHeight": 320},
            "range": {"category": PALETTE},
            "title": {"anchor": "start", "fontSize": 16, "fontWeight": 600, "color": TEXT_COLOR,
                      "subtitleFontSize": 12, "subtitleColor": MUTED_COLOR, "subtitlePadding": 6, "offset": 12},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": 500, "labelColor": TEXT_COLOR,
                     "titleColor": TEXT_COLOR, "gridColor": "#e5e5e5", "domainColor": "#888888", "tickColor": "#888888",
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
