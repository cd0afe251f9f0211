"""The book's chart renderer emits offline, deterministic, accessible HTML."""

import json
import re

import altair as alt
import pandas as pd

import widgets.render as render


def _chart(title="A finding"):
    data = pd.DataFrame({"x": [1, 2], "label": ["a", "b"]})
    chart = alt.Chart(data).mark_bar().encode(x="x:Q", y="label:N")
    return chart.properties(title=title, description="Two bars", usermeta={"wct": {"table_columns": {"label": "Label", "x": "Value"}}})


def test_book_renderer_is_active_after_import():
    assert alt.renderers.active == render.RENDERER_NAME


def test_html_has_no_external_address_and_no_random_id():
    spec = _chart().to_dict()
    html = render.chart_html(spec)
    # "$schema" names the Vega-Lite version (vega-embed reads it, never fetches it); nothing else may.
    without_schema = html.replace(json.dumps(spec["$schema"]), '""')
    assert "http://" not in without_schema and "https://" not in without_schema
    element_ids = re.findall(r'id="([^"]+)"', html)
    assert element_ids and all(re.fullmatch(r"wct-chart-[0-9a-f]{12}-\d+", i) for i in element_ids)


def test_same_spec_gets_the_same_id_stem():
    first = re.search(r'id="(wct-chart-[0-9a-f]{12})-', render.chart_html(_chart().to_dict())).group(1)
    second = re.search(r'id="(wct-chart-[0-9a-f]{12})-', render.chart_html(_chart().to_dict())).group(1)
    other = re.search(r'id="(wct-chart-[0-9a-f]{12})-', render.chart_html(_chart("Other").to_dict())).group(1)
    assert first == second != other


def test_html_carries_description_and_data_table():
    html = render.chart_html(_chart().to_dict())
    assert 'aria-label="Two bars"' in html
    assert "<details" in html and "<th scope=\"col\">Label</th>" in html and "<td>a</td>" in html


def test_script_closing_tag_in_data_cannot_break_out():
    data = pd.DataFrame({"x": [1], "label": ["</script><b>"]})
    html = render.chart_html(alt.Chart(data).mark_bar().encode(x="x:Q", y="label:N").to_dict())
    script = html.split("<script", 1)[1].split("</script>", 1)[0]
    assert "<\\/script>" in script


def test_editor_and_source_actions_are_off():
    # Those actions would link readers out of the site.
    assert render.EMBED_OPTIONS["actions"] == {"export": True, "source": False, "compiled": False, "editor": False}


def test_live_renderer_switches_to_offline_jupyter_and_back():
    try:
        render.use_live_renderer()
        assert alt.renderers.active == "jupyter"
        assert alt.renderers.options.get("offline") is True
    finally:
        render.use_book_renderer()
    assert alt.renderers.active == render.RENDERER_NAME


def test_data_table_links_the_full_csv_in_the_site():
    chart = _chart()
    spec = chart.properties(usermeta={"wct": {"table_columns": {"label": "Label"}, "csv": "cases.csv"}}).to_dict()
    assert 'href="../data/cases.csv" download' in render.chart_html(spec)
