"""The Data page is generated from datapackage.json, so every resource and source appears on it."""

from widgets.data_catalog import catalog_markdown
from widgets.datapackage import load_resource, package_metadata


def test_catalog_lists_every_resource_with_download_link_and_every_source():
    text = catalog_markdown()
    for resource in package_metadata()["resources"]:
        assert f"\n## {resource['title']}\n" in "\n" + text
        assert f"]({'../data/'}{resource['path']})" in text
        for key in set(load_resource(resource["name"])["citation_key"]):
            assert f"{{cite:t}}`{key}`" in text
