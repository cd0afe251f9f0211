"""Expected-sanction calculator: the law-and-economics account of compliance, with the reader's inputs.

The model (as LeClercq describes the law-and-economics view in "A Worker-Centered Trade Policy",
Part II.A): a self-interested actor complies when the expected cost of a violation, the chance of
enforcement times the penalty, is greater than what the violation gains it. Every input here is the
reader's hypothetical, set with sliders; nothing is a statistic about real cases, so the chart draws
no rows from the data package. All the arithmetic runs in Vega-Lite expressions, so the calculator
works in the static page with no Python kernel.
"""

from __future__ import annotations

import altair as alt

from widgets.charts.conventions import finish_chart
from widgets.theme import BACKGROUND_COLOR, BLUE, COMPLY_COLOR, NEUTRAL_COLOR, ORANGE, ORANGE_TEXT_COLOR, VIOLATE_COLOR

# Names of the Vega-Lite parameters the sliders set (they are also the names used in expressions).
PROBABILITY = "enforcement_pct"
PENALTY = "penalty_if_caught"
GAIN = "violation_gain"

# Illustrative starting values, not data: chosen so that the starting verdict is "violates" and
# moving one slider far enough flips it, which is the lesson the chart teaches.
DEFAULT_PROBABILITY = 30
DEFAULT_PENALTY = 50
DEFAULT_GAIN = 20

COMPLIES, VIOLATES, INDIFFERENT = "complies", "violates", "is indifferent"
# The decision, in integers so that the break-even case is exact: the slider steps are whole numbers,
# and p% × penalty compared with gain is the same comparison as p × penalty with 100 × gain.
DECISION_EXPR = (f"{PROBABILITY} * {PENALTY} > 100 * {GAIN} ? '{COMPLIES}' : "
                 f"({PROBABILITY} * {PENALTY} < 100 * {GAIN} ? '{VIOLATES}' : '{INDIFFERENT}')")
EXPECTED_EXPR = f"{PROBABILITY} * {PENALTY} / 100"
# The probability (in %) at which expected penalty equals the gain; MAX_VALUE when no penalty can deter.
BREAKEVEN_EXPR = f"{PENALTY} > 0 ? 100 * {GAIN} / {PENALTY} : ({GAIN} > 0 ? MAX_VALUE : 0)"

TITLE_WIDTH = 60  # characters per title line
LINE_COLOR, GAIN_COLOR = BLUE, ORANGE  # the expected penalty, the gain
SOURCE = ("none; this is a hypothetical model, not data. The rule is the law-and-economics view "
          "of compliance as LeClercq (2023), Part II.A, describes it; every input is yours, in arbitrary units.")


def _one_row() -> alt.Chart:
    """A chart over a single generated row, for marks whose position comes only from the sliders."""
    return alt.Chart(alt.sequence(0, 1, 1, as_="row"))


def expected_sanction_chart(*, title: str, description: str, probability: int = DEFAULT_PROBABILITY,
                            penalty: int = DEFAULT_PENALTY, gain: int = DEFAULT_GAIN,
                            max_amount: int = 100) -> alt.LayerChart:
    """A calculator: does a purely rational facility comply, for the probability, penalty and gain you set?

    Three sliders (Vega-Lite parameters bound to range inputs) set the probability of enforcement
    (0–100 %), the penalty if caught and the gain from the violation (0–``max_amount`` arbitrary
    units). The blue line is the expected penalty (probability × penalty) at every probability; the
    dashed orange line is the gain. Where the blue line lies under the gain, violating pays (shaded);
    the marked point is the reader's own probability, coloured by what a purely rational facility
    does. ``probability``, ``penalty`` and ``gain`` are the sliders' illustrative starting values.
    """
    for name, value, top in (("probability", probability, 100), ("penalty", penalty, max_amount),
                             ("gain", gain, max_amount)):
        if not 0 <= value <= top:
            raise ValueError(f"{name} must be between 0 and {top}, got {value}")
    p = alt.param(name=PROBABILITY, value=probability,
                  bind=alt.binding_range(min=0, max=100, step=1, name="Probability of enforcement (%) "))
    f = alt.param(name=PENALTY, value=penalty,
                  bind=alt.binding_range(min=0, max=max_amount, step=1, name="Penalty if caught (units) "))
    g = alt.param(name=GAIN, value=gain,
                  bind=alt.binding_range(min=0, max=max_amount, step=1, name="Gain from the violation (units) "))

    # Headroom above the largest possible value keeps the verdict text clear of the lines.
    # Three lines of verdict above the plot's top value: each short enough for a phone.
    top = max_amount * 1.36
    x_scale = alt.Scale(domain=[0, 100], nice=False)
    y_scale = alt.Scale(domain=[0, top], nice=False)
    x_axis = alt.Axis(values=list(range(0, 101, 10)), labelExpr="datum.value + '%'")
    y_axis = alt.Axis(values=list(range(0, max_amount + 1, max_amount // 5)), grid=True)
    x = alt.X("x:Q", title="Probability that the violation is caught and penalized", scale=x_scale, axis=x_axis)
    source_tip = alt.Tooltip("source:N", title="Source")
    source_expr = "'Your hypothetical inputs, not data; model per LeClercq (2023), Part II.A'"

    # Colours are fixed per value (scale=None): layers that shared a colour scale would merge their
    # domains, and the verdict's colour would then no longer match its meaning.
    band_color = alt.Color("band_color:N", scale=None, legend=None)
    decision_color = alt.Color("decision_color:N", scale=None, legend=None)
    bands_data = alt.Data(values=[{"band": "Violating pays", "band_color": VIOLATE_COLOR},
                                  {"band": "Complying pays", "band_color": COMPLY_COLOR}])

    # Shaded bands: probabilities at which violating pays (below break-even) and complying pays.
    bands = (alt.Chart(bands_data)
             .transform_calculate(breakeven=BREAKEVEN_EXPR)
             .transform_calculate(cut="min(100, max(0, datum.breakeven))")
             .transform_calculate(x="datum.band === 'Violating pays' ? 0 : datum.cut",
                                  x2="datum.band === 'Violating pays' ? datum.cut : 100")
             # With no penalty and no gain every probability is a tie: shade nothing.
             .transform_filter(f"datum.x2 > datum.x && ({PENALTY} > 0 || {GAIN} > 0)")
             .mark_rect(opacity=0.10)
             .encode(x=x, x2="x2:Q",
                     color=band_color))
    band_labels = (alt.Chart(bands_data)
                   .transform_calculate(breakeven=BREAKEVEN_EXPR)
                   .transform_calculate(cut="min(100, max(0, datum.breakeven))")
                   .transform_calculate(x="datum.band === 'Violating pays' ? datum.cut / 2 : (datum.cut + 100) / 2",
                                        width="datum.band === 'Violating pays' ? datum.cut : 100 - datum.cut",
                                        y=f"{max_amount} * 1.04")
                   # Only label a band wide enough to hold its label, even on a phone.
                   .transform_filter(f"datum.width >= 40 && ({PENALTY} > 0 || {GAIN} > 0)")
                   .mark_text(baseline="bottom", fontWeight=600, fontSize=11)
                   .encode(x=x, y=alt.Y("y:Q", scale=y_scale), text="band:N",
                           color=band_color))

    # The expected penalty at every probability from 0 to 100 %.
    line = (alt.Chart(alt.sequence(0, 101, 1, as_="x"))
            .transform_calculate(expected=f"datum.x * {PENALTY} / 100", source=source_expr)
            .mark_line(color=LINE_COLOR, strokeWidth=3)
            .encode(x=x,
                    y=alt.Y("expected:Q", title="Amount (arbitrary units)", scale=y_scale, axis=y_axis),
                    tooltip=[alt.Tooltip("x:Q", title="Probability of enforcement (%)"),
                             alt.Tooltip("expected:Q", title="Expected penalty (units)", format=".1f"),
                             source_tip]))
    line_label = (_one_row()
                  .transform_calculate(x="100", y=f"{PENALTY}")
                  .mark_text(align="right", dx=-4, dy=-12, color=LINE_COLOR, fontWeight=600)
                  .encode(x=x, y=alt.Y("y:Q", scale=y_scale), text=alt.value("Expected penalty")))

    # The gain from violating: the same at every probability.
    gain_rule = (_one_row()
                 .transform_calculate(x="0", x2="100", y=f"{GAIN}", source=source_expr)
                 .mark_rule(color=GAIN_COLOR, strokeWidth=3, strokeDash=[7, 4])
                 .encode(x=x, x2="x2:Q", y=alt.Y("y:Q", scale=y_scale),
                         tooltip=[alt.Tooltip("y:Q", title="Gain from the violation (units)"), source_tip]))
    gain_label = (_one_row()
                  .transform_calculate(x="0", y=f"{GAIN}")
                  .mark_text(align="left", dx=4, dy=-7, color=ORANGE_TEXT_COLOR, fontWeight=600)
                  .encode(x=x, y=alt.Y("y:Q", scale=y_scale), text=alt.value("Gain from violating")))

    # Break-even probability: where the expected penalty line crosses the gain.
    breakeven = (_one_row()
                 .transform_calculate(breakeven=BREAKEVEN_EXPR)
                 .transform_filter("datum.breakeven > 0 && datum.breakeven <= 100")
                 .transform_calculate(x="datum.breakeven", y="0", y2=f"{max_amount}",
                                      label="'Break-even: ' + format(datum.breakeven, '.1~f') + '%'")
                 )
    breakeven_rule = breakeven.mark_rule(color=NEUTRAL_COLOR, strokeDash=[2, 3]).encode(
        x=x, y=alt.Y("y:Q", scale=y_scale), y2="y2:Q")
    # Left of the line when it sits near the right edge, so the label stays inside the plot.
    # At the foot of the line (the line label sits at the top right), and to the left of the line
    # when it is near the right edge, so the label stays inside the plot.
    breakeven_text_right = breakeven.transform_filter("datum.breakeven <= 60").mark_text(
        align="left", dx=4, dy=-4, baseline="bottom", color=NEUTRAL_COLOR).encode(
        x=x, y=alt.Y("y:Q", scale=y_scale), text="label:N")
    breakeven_text_left = breakeven.transform_filter("datum.breakeven > 60").mark_text(
        align="right", dx=-4, dy=-4, baseline="bottom", color=NEUTRAL_COLOR).encode(
        x=x, y=alt.Y("y:Q", scale=y_scale), text="label:N")
    no_breakeven = (_one_row()
                    .transform_calculate(breakeven=BREAKEVEN_EXPR)
                    .transform_filter("datum.breakeven > 100")
                    .transform_calculate(x="100", y=f"{max_amount}")
                    .mark_text(align="right", dx=-4, baseline="top", color=NEUTRAL_COLOR, lineBreak="\n")
                    .encode(x=x, y=alt.Y("y:Q", scale=y_scale),
                            text=alt.value("No break-even: even certain\nenforcement costs less than the gain")))

    # The reader's own point, coloured by the verdict, and the verdict in words.
    verdict = (_one_row()
               .transform_calculate(x=f"{PROBABILITY}", expected=EXPECTED_EXPR, decision=DECISION_EXPR,
                                    gain=f"{GAIN}", penalty=f"{PENALTY}", source=source_expr)
               .transform_calculate(
                   line1=(f"'Expected penalty = ' + {PROBABILITY} + '% × ' + {PENALTY} + ' = ' + "
                          "format(datum.expected, '.1~f')"),
                   line1b=("(datum.decision === 'complies' ? '> ' : "
                           "(datum.decision === 'violates' ? '< ' : '= ')) + 'gain of ' + datum.gain"),
                   line2="'A purely rational facility ' + datum.decision + '.'",
                   decision_color=(f"datum.decision === '{COMPLIES}' ? '{COMPLY_COLOR}' : "
                                   f"(datum.decision === '{VIOLATES}' ? '{VIOLATE_COLOR}' : '{NEUTRAL_COLOR}')"),
                   y=f"{max_amount} * 1.34"))
    point = verdict.mark_point(filled=True, size=220, stroke=BACKGROUND_COLOR, strokeWidth=1.5, opacity=1).encode(
        x=x, y=alt.Y("expected:Q", scale=y_scale), color=decision_color,
        tooltip=[alt.Tooltip("x:Q", title="Your probability of enforcement (%)"),
                 alt.Tooltip("penalty:Q", title="Your penalty if caught (units)"),
                 alt.Tooltip("expected:Q", title="Expected penalty (units)", format=".1f"),
                 alt.Tooltip("gain:Q", title="Your gain from the violation (units)"),
                 alt.Tooltip("decision:N", title="A purely rational facility"),
                 source_tip])
    words1 = verdict.mark_text(align="left", baseline="top", dx=2, fontWeight=600, fontSize=13).encode(
        x=alt.value(0), y=alt.Y("y:Q", scale=y_scale), text="line1:N", color=decision_color)
    words1b = verdict.mark_text(align="left", baseline="top", dx=2, dy=16, fontWeight=600, fontSize=13).encode(
        x=alt.value(0), y=alt.Y("y:Q", scale=y_scale), text="line1b:N", color=decision_color)
    words2 = verdict.mark_text(align="left", baseline="top", dx=2, dy=33, fontSize=13).encode(
        x=alt.value(0), y=alt.Y("y:Q", scale=y_scale), text="line2:N", color=decision_color)

    chart = (alt.layer(bands, band_labels, gain_rule, gain_label, breakeven_rule, breakeven_text_right,
                       breakeven_text_left, no_breakeven, line,
                       line_label, point, words1, words1b, words2)
             .add_params(p, f, g)
             .properties(width="container", height=340))
    # No table and no CSV: every value is the reader's input. The note says the starting values are
    # illustrative; the title is wrapped, since a container-width chart can be narrower than one line.
    return finish_chart(
        chart, title=title, source=SOURCE, description=description, table=None,
        note=(f"Starting values ({probability}%, penalty {penalty}, gain {gain}) are illustrative, not data "
              "about any real case. Move the sliders below the chart."),
        title_width=TITLE_WIDTH)
