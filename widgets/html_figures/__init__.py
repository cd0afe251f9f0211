"""Figures that lay out words (cards, matrices of text, step lists) as HTML built from the data rows.

One module per figure, each with a function that takes tidy data and returns an
:class:`~widgets.html_figures.frame.HtmlFigure` (Jupyter displays it as ``text/html``); the frame they
share, with its conventions and the contract with ``book/assets/figures.js``, is in
:mod:`widgets.html_figures.frame`. Vega-Lite (``widgets.charts``) stays wherever numbers or dates are
plotted.

Chapters import the one module they need (``from widgets.html_figures.recommendations import ...``):
this package imports none of them, so a chapter reads, and goes stale with, only its own figure's code.
"""

# The figure functions, by module: the tests check that every call in a chapter has a case.
FIGURE_FUNCTIONS = {
    "case_comparison": "case_comparison_figure",
    "proposal_stages": "proposal_stages_figure",
    "recommendations": "recommendations_figure",
    "scenario_steps": "scenario_steps_figure",
    "theory_comparison": "theory_comparison_figure",
}
