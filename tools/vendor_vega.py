"""Refresh the vendored vega, vega-lite and vega-embed builds from the npm registry.

The book must render charts with no network, so these three scripts ship inside the site
(book/assets/vendor/). Their versions must be the ones the pinned Altair expects:
vega-lite exactly alt.VEGALITE_VERSION, vega and vega-embed the newest release of the major
version Altair names. Run after changing the Altair pin:

    python tools/vendor_vega.py

It needs `npm` (the registry, not a CDN) and writes the minified UMD builds, each package's
license, and VERSIONS.json, which tests/test_vendored_vega.py compares with Altair.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

import altair as alt

VENDOR_DIR = Path(__file__).resolve().parent.parent / "book" / "assets" / "vendor"


def _npm(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["npm", *args], check=True, capture_output=True, text=True, cwd=cwd).stdout.strip()


def _release_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("-")[0].split("."))


def _newest(spec: str) -> str:
    """Newest published version matching an npm range such as 'vega@6'."""
    versions = json.loads(_npm("view", spec, "version", "--json"))
    # npm lists the matches in no version order (vega@6 once ended with 6.3.0, after 6.4.0): compare
    # the numbers.
    return max(versions, key=_release_key) if isinstance(versions, list) else versions


# What a UMD build says it is at run time (``vega.version``); vega-embed compares it with the spec.
EMBEDDED_VERSION = re.compile(rb'\bversion\s*=\s*"(\d+\.\d+\.\d+)"')


def embedded_version(build: bytes) -> str | None:
    """The version constant a vega build reports, or ``None`` if the build names none."""
    found = EMBEDDED_VERSION.search(build)
    return found.group(1).decode() if found else None


def wanted_versions() -> dict[str, str]:
    """The exact versions to vendor for the installed Altair."""
    return {
        "vega": _newest(f"vega@{alt.VEGA_VERSION}"),
        "vega-lite": alt.VEGALITE_VERSION,
        "vega-embed": _newest(f"vega-embed@{alt.VEGAEMBED_VERSION}"),
    }


def vendor(versions: dict[str, str]) -> None:
    """Write each package's minified UMD build and license, and record version and SHA-256.

    The record comes from each tarball's package.json. A build whose own version constant disagrees
    is refused: vega 6.3.0's npm build reported ``vega.version === "5.33.1"`` (a stale constant,
    fixed upstream in 6.3.1), so vega-embed warned on every chart.
    """
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    record = {}
    with tempfile.TemporaryDirectory() as tmp:
        for package, version in versions.items():
            tarball = _npm("pack", f"{package}@{version}", "--silent", cwd=Path(tmp)).splitlines()[-1]
            with tarfile.open(Path(tmp) / tarball) as archive:
                manifest = json.load(archive.extractfile("package/package.json"))
                assert manifest["version"] == version, (package, manifest["version"], version)
                build = archive.extractfile(f"package/build/{package}.min.js").read()
                if package == "vega" and embedded_version(build) != version:
                    raise SystemExit(f"vega {version}'s build reports version {embedded_version(build)}")
                (VENDOR_DIR / f"{package}.min.js").write_bytes(build)
                license_member = next(m for m in archive.getnames() if m.lower().startswith("package/license"))
                (VENDOR_DIR / f"LICENSE-{package}.txt").write_bytes(archive.extractfile(license_member).read())
            record[package] = {"version": version, "file": f"{package}.min.js",
                               "sha256": hashlib.sha256(build).hexdigest()}
    (VENDOR_DIR / "VERSIONS.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    chosen = wanted_versions()
    vendor(chosen)
    print("vendored", ", ".join(f"{k} {v}" for k, v in chosen.items()), "into", VENDOR_DIR)
