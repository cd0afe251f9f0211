"""The book's "Data" page content, generated from ``datapackage.json`` so it cannot drift."""

from __future__ import annotations

from collections import Counter

from widgets.datapackage import load_resource, package_metadata
from widgets.formatting import markdown_table_cell
from widgets.render import SITE_DATA_PREFIX


def resource_summary(name: str) -> dict:
    """Row count and the sources (with row counts) of one resource."""
    frame = load_resource(name)
    sources = Counter(frame["citation_key"])
    return {"rows": len(frame), "sources": sources}


def catalog_markdown(site_data_prefix: str = SITE_DATA_PREFIX) -> str:
    """Markdown describing every resource: description, fields, sources, license and download link."""
    meta = package_metadata()
    lines: list[str] = []
    for resource in meta["resources"]:
        summary = resource_summary(resource["name"])
        # A section of the page (h2, under the page's h1): headings go in order, and the page's
        # contents list names every dataset.
        lines += [f"## {resource['title']}", "", resource["description"], "",
                  f"**Rows:** {summary['rows']} · **Download:** [{resource['path']}]({site_data_prefix}{resource['path']})"
                  f" · **Primary key:** `{', '.join(resource['schema'].get('primaryKey', []))}`", ""]
        lines += ["| Field | Type | Required | Meaning or allowed values |", "|---|---|---|---|"]
        # A shared schema (e.g. the stated figures') may leave optional a field this resource always fills.
        also_required = set(resource.get("x-requiredFields", []))
        for field in resource["schema"]["fields"]:
            c = field.get("constraints", {})
            required = c.get("required") or field["name"] in also_required
            meaning = field.get("description", "")
            if "enum" in c:
                meaning = (meaning + "; " if meaning else "") + "one of: " + ", ".join(f"`{v}`" for v in c["enum"])
            if field.get("x-citation"):
                meaning = "Citation key in the book's bibliography"
            if "minimum" in c or "maximum" in c:
                meaning += f" (range {c.get('minimum', '')}–{c.get('maximum', '')})"
            lines.append(f"| `{field['name']}` | {field['type']} | {'yes' if required else 'no'} | {markdown_table_cell(meaning)} |")
        # {cite:t} roles (rendered because outputs are parsed as MyST) link each source to the bibliography.
        sources = "; ".join(f"{{cite:t}}`{k}` ({n} {'row' if n == 1 else 'rows'})" for k, n in summary["sources"].most_common())
        lines += ["", f"**Sources:** {sources}", ""]
    return "\n".join(lines)
