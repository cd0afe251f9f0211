"""The book's one theme: every colour a chart uses is named in widgets/theme.py."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import altair as alt

import widgets.render  # noqa: F401  (registers the theme, as importing any chart does)
from widgets import theme

CHARTS = Path(__file__).resolve().parent.parent / "widgets" / "charts"
# A hex colour (#abc, #aabbcc, #aabbccdd) or a CSS colour function.
COLOUR_LITERAL = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b|\b(?:rgba?|hsla?)\(")


def _colour_literals(source: str) -> list[tuple[int, str]]:
    """Colour literals in the string constants of ``source`` (comments may mention colours)."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
            found += [(token.start[0], match.group(0)) for match in COLOUR_LITERAL.finditer(token.string)]
    return found


def test_chart_modules_write_no_colour_of_their_own():
    found = {path.name: literals for path in sorted(CHARTS.glob("*.py"))
             if (literals := _colour_literals(path.read_text(encoding="utf-8")))}
    assert not found, f"use a colour named in widgets/theme.py instead: {found}"


def test_the_check_finds_a_colour_in_a_string_but_not_in_a_comment():
    assert _colour_literals('COLOUR = "#0072B2"  # not "#ffffff" here\nx = f"{1}#abc"\n') == [(1, "#0072B2"),
                                                                                             (2, "#abc")]
    assert _colour_literals("# only a comment: #0072B2\n") == []


def test_theme_colours_are_colours_and_the_palette_is_the_okabe_ito_order():
    named = {name: value for name, value in vars(theme).items()
             if name.isupper() and (name.endswith(("_COLOR", "_FILL")) or name in ("BLUE", "ORANGE"))}
    assert all(re.fullmatch(r"#[0-9a-fA-F]{6}|white", value) for value in named.values()), named
    assert theme.PALETTE[:7] == ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
    for palette in (theme.CURRENT_PROPOSED_COLORS, theme.STEP_STATUS_COLORS, theme.PHASE_COLORS, theme.SPAN_COLORS):
        assert set(palette) <= set(theme.PALETTE)


def test_theme_is_registered_and_enabled():
    assert alt.theme.active == theme.THEME_NAME
    config = alt.Chart().mark_point().to_dict()["config"]
    assert config["axis"]["gridColor"] == theme.GRID_COLOR and config["background"] == theme.BACKGROUND_COLOR
