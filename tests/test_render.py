"""The book's chart renderer emits offline, deterministic, accessible HTML over short lines, with the
table a chart passes explicitly written into the page once."""

import json
import re

import altair as alt
import pandas as pd
import pytest

import widgets.render as render
from widgets.charts.conventions import ChartTable, finish_chart


def _chart(title="A finding", table="default", labels=("a", "b")):
    data = pd.DataFrame({"x": [1, 2], "label": list(labels)})
    if table == "default":
        table = ChartTable(data, {"label": "Label", "x": "Value"}, csv_file="cases.csv")
    chart = alt.Chart(data).mark_bar().encode(x="x:Q", y="label:N")
    return finish_chart(chart, title=title, source="Somebody (2024)", description="Two bars", table=table)


def _script(html: str) -> str:
    return html.split("<script", 1)[1].split("</script>", 1)[0]


def _embedded_json(html: str) -> dict:
    """The spec handed to vegaEmbed, parsed back from the page (the escapes used are all valid JSON)."""
    script = _script(html)
    start = script.index("var spec = ") + len("var spec = ")
    return json.loads(script[start:script.index(";\n  function draw", start)])


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


def test_same_spec_gets_the_same_id_stem_and_the_same_bytes():
    def stem(html):
        return re.search(r'id="(wct-chart-[0-9a-f]{12})-', html).group(1)

    first, second = render.chart_html(_chart().to_dict()), render.chart_html(_chart().to_dict())
    other = render.chart_html(_chart("Other").to_dict())
    assert stem(first) == stem(second) != stem(other)
    # Only the running number after the stem differs between two renderings of one spec.
    assert re.sub(r"(wct-chart-[0-9a-f]{12})-\d+", r"\1", first) == re.sub(r"(wct-chart-[0-9a-f]{12})-\d+", r"\1", second)


def test_html_carries_description_and_the_explicit_table():
    html = render.chart_html(_chart().to_dict())
    assert 'data-description="Two bars"' in html and 'role="img"' not in html.split("<script")[0]
    assert "<details" in html and "<th scope=\"col\">Label</th>" in html and "<td>a</td>" in html
    assert "<caption>Data behind: A finding</caption>" in html


def test_table_rows_are_in_the_page_once_and_not_in_the_spec_given_to_vega():
    table = ChartTable(pd.DataFrame({"label": ["only-in-the-table"], "x": [1]}), {"label": "Label"})
    html = render.chart_html(_chart(table=table).to_dict())
    assert html.count("only-in-the-table") == 1
    embedded = _embedded_json(html)
    assert "usermeta" not in embedded
    # The chart's own data is still there for vega to draw.
    assert [row["label"] for row in next(iter(embedded["datasets"].values()))] == ["a", "b"]


def test_embedded_spec_is_the_chart_spec_without_its_table():
    spec = _chart(labels=("</script><b>", "<!-- x")).to_dict()
    embedded = _embedded_json(render.chart_html(spec))
    expected = {key: value for key, value in spec.items() if key != "usermeta"}
    assert embedded == expected


def test_script_closing_tag_in_data_cannot_break_out():
    data = pd.DataFrame({"x": [1], "label": ["</script><b>"]})
    html = render.chart_html(alt.Chart(data).mark_bar().encode(x="x:Q", y="label:N").to_dict())
    script = _script(html)
    assert "<\\/script>" in script and "</script>" not in script.replace("<\\/script>", "")
    table_html = render.chart_html(_chart(labels=("</script><b>", "b")).to_dict()).split("</script>", 1)[1]
    assert "&lt;/script&gt;&lt;b&gt;" in table_html


def test_spec_and_table_run_over_short_lines_one_row_each():
    rows = 300
    data = pd.DataFrame({"x": range(rows), "label": [f"label number {i} " + "words " * 20 for i in range(rows)]})
    chart = finish_chart(alt.Chart(data).mark_bar().encode(x="x:Q", y="label:N", tooltip=["label:N"]),
                         title="A finding", source="S", description="D",
                         table=ChartTable(data, {"label": "Label", "x": "Value"}))
    html = render.chart_html(chart.to_dict())
    lines = html.splitlines()
    assert max(len(line) for line in lines) < 1000
    row_lines = [line for line in lines if line.lstrip().startswith('{"label":"label number')]
    assert len(row_lines) == rows  # one dataset row per line
    assert sum(line.startswith("<tr><td>") for line in lines) == rows  # one table row per line


def test_spec_json_is_valid_json_and_keeps_short_values_on_one_line():
    value = {"b": [1, 2], "a": {"deep": ["x" * 50, "y" * 50]}, "rows": [{"k": i} for i in range(40)]}
    text = render.spec_json(value)
    assert json.loads(text) == value
    assert '"b":[1,2]' in text
    assert text == render.spec_json(json.loads(text))


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


def test_data_table_links_the_full_csv_in_the_site_only_when_it_names_one():
    with_csv = render.chart_html(_chart().to_dict())
    assert 'href="../data/cases.csv" download' in with_csv
    data = pd.DataFrame({"x": [1], "label": ["a"]})
    without_csv = render.chart_html(_chart(table=ChartTable(data, {"label": "Label"})).to_dict())
    assert "<table>" in without_csv and "download" not in without_csv


def test_chart_without_a_table_has_no_table_and_no_data_line():
    spec = _chart(table=None).to_dict()
    assert spec["usermeta"]["wct"]["table"] is None
    assert "<details" not in render.chart_html(spec)
    assert [line for line in spec["title"]["subtitle"] if line.startswith("Data:")] == []


def test_source_line_names_the_csv_when_the_table_has_one():
    assert _chart().to_dict()["title"]["subtitle"] == ["Source: Somebody (2024)", "Data: data/cases.csv in this site"]


def test_table_keeps_only_its_columns_and_shows_missing_values_as_blank():
    data = pd.DataFrame({"label": ["a", None], "x": [1.0, float("nan")], "other": ["o", "p"]})
    meta = ChartTable(data, {"label": "Label", "x": "Value"}).to_usermeta("caption")
    assert meta["rows"] == [{"label": "a", "x": 1.0}, {"label": None, "x": None}]
    html = render.chart_html(_chart(table=ChartTable(data, {"label": "Label", "x": "Value"})).to_dict())
    assert "<tr><td>a</td><td>1</td></tr>" in html and "<tr><td></td><td></td></tr>" in html


def test_table_refuses_a_column_its_rows_lack():
    with pytest.raises(KeyError, match="missing"):
        ChartTable(pd.DataFrame({"label": ["a"]}), {"missing": "Missing"}).to_usermeta("caption")
