"""Chart functions: each takes tidy data from the data package and returns an Altair chart.

Chapters call these; they never build charts themselves. Importing this package registers the
book's renderer and theme (``widgets.render``), so a chart displayed in a chapter is offline HTML.
"""

import widgets.render  # noqa: F401  (registers the renderer and theme)
from widgets.charts.figure_comparison import figure_comparison_chart
from widgets.charts.rrm_process import rrm_process_chart
from widgets.charts.survey import survey_chart
from widgets.charts.timeline import timeline_chart

__all__ = ["figure_comparison_chart", "rrm_process_chart", "survey_chart", "timeline_chart"]
