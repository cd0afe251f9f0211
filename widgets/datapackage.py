"""The book's one data loader: read, validate and type the resources of ``data/datapackage.json``.

Every chart and glued number reads its data through :func:`load_resource`. Loading validates the
whole package first (types, required fields, allowed values, ranges, keys, date precision, and that
every citation key exists in ``references.bib``), so bad input stops a build or a test run with a
message that names the file, the line and the field. Nothing is silently dropped.

Run ``python -m widgets.datapackage`` to validate from the command line.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent
# WCT_DATA_PACKAGE lets a build of another checkout (the Sphinx extension sets it for the notebooks
# it executes) read its own data rather than the data next to this installed package.
PACKAGE_ENV = "WCT_DATA_PACKAGE"


def default_package_path() -> Path:
    """The package to load: $WCT_DATA_PACKAGE if set, else data/datapackage.json in this repository."""
    return Path(os.environ.get(PACKAGE_ENV) or REPO_ROOT / "data" / "datapackage.json")

# The source documents arrive as numbered files (000-004); readers never see those numbers, so a
# text cell must name the source ("LeClercq (2023)"), not the file ("002").
# Not after a digit and a space ("17 000" is a number with a space as thousands separator).
_SEED_FILE_NUMBER = re.compile(r"(?<![\d$])(?<!\d[,.])(?<!\d\s)\b00[0-4]\b(?!\d)(?![,.]\d)")
_BIB_KEY = re.compile(r"^\s*@\s*(\w+)\s*\{\s*([^,\s]+)\s*,", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """One validation failure, located precisely enough for an author to fix it."""

    file: str
    line: int | None  # line in the CSV file (the header is line 1); None for file-level problems
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field is not None:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class DataPackageError(ValueError):
    """Raised when the data package does not validate; lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"The data package has {len(problems)} problem(s):\n{listing}")


def bibliography_keys(bib_paths: list[Path]) -> set[str]:
    """Return the citation keys defined in the given BibTeX files (a missing file is a problem)."""
    keys: set[str] = set()
    for path in bib_paths:
        text = path.read_text(encoding="utf-8")
        keys.update(key for kind, key in _BIB_KEY.findall(text) if kind.lower() not in {"comment", "preamble", "string"})
    return keys


# --- cell parsing -------------------------------------------------------------------------------

def _parse_cell(raw: str, field: dict):
    """Parse one non-empty CSV cell per the Table Schema type; raise ValueError with a reason."""
    kind = field.get("type", "string")
    if kind == "string":
        return raw
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", raw):
            raise ValueError(f"'{raw}' is not a whole number")
        return int(raw)
    if kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"'{raw}' is not a number (write digits only, no commas or % signs)") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"'{raw}' is not a finite number")
        return value
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError(f"'{raw}' is not an ISO 8601 date (YYYY-MM-DD)")
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"'{raw}' is not a real calendar date") from None
    if kind == "boolean":
        if raw not in {"true", "false"}:
            raise ValueError(f"'{raw}' is not true or false")
        return raw == "true"
    raise ValueError(f"the schema uses an unsupported type '{kind}'")


def _check_constraints(value, raw: str, field: dict) -> str | None:
    c = field.get("constraints", {})
    if "enum" in c and value not in c["enum"]:
        return f"'{raw}' is not one of the allowed values: {', '.join(map(str, c['enum']))}"
    if "pattern" in c and not re.fullmatch(c["pattern"], raw):
        return f"'{raw}' does not match the pattern {c['pattern']}"
    if "minimum" in c and value < c["minimum"]:
        return f"{raw} is below the minimum {c['minimum']}"
    if "maximum" in c and value > c["maximum"]:
        return f"{raw} is above the maximum {c['maximum']}"
    return None


def _precision_problem(date: dt.date, precision: str) -> str | None:
    if precision == "month" and date.day != 1:
        return f"{date.isoformat()} has a day, but its precision is 'month' (use the 1st of the month)"
    if precision == "year" and (date.month, date.day) != (1, 1):
        return f"{date.isoformat()} has a month or day, but its precision is 'year' (use January 1)"
    return None


# --- validation ---------------------------------------------------------------------------------

@dataclass
class _Table:
    name: str
    file: str
    fields: list[dict]
    rows: list[dict]  # parsed values (None for empty cells)
    lines: list[int]  # the file line each row came from


def _read_table(resource: dict, base: Path, problems: list[Problem]) -> _Table | None:
    path = base / resource["path"]
    shown = f"data/{resource['path']}"
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    if not path.exists():
        problems.append(Problem(shown, None, None, "file is missing"))
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            records = list(reader)
        except csv.Error as err:
            problems.append(Problem(shown, reader.line_num, None, f"malformed CSV: {err}"))
            return None
    if not records:
        problems.append(Problem(shown, None, None, "file is empty (no header row)"))
        return None
    if records[0] != names:
        problems.append(Problem(shown, 1, None, f"header is {records[0]}, expected {names}"))
        return None
    table = _Table(resource["name"], shown, fields, [], [])
    # csv.reader does not tell the physical line of each record when cells hold newlines,
    # so refuse newlines in cells and count records as lines.
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            problems.append(Problem(shown, number, None, "blank row (delete it)"))
            continue
        if len(cells) != len(names):
            problems.append(Problem(shown, number, None, f"row has {len(cells)} cells, expected {len(names)} (an unquoted comma?)"))
            continue
        row = {}
        for field, raw in zip(fields, cells):
            name = field["name"]
            if "\n" in raw or "\r" in raw:
                problems.append(Problem(shown, number, name, "cell contains a line break"))
            if raw != raw.strip():
                problems.append(Problem(shown, number, name, f"'{raw}' has leading or trailing spaces"))
            if raw.strip() == "":
                if field.get("constraints", {}).get("required"):
                    problems.append(Problem(shown, number, name, "required value is empty"))
                row[name] = None
                continue
            seed_number = _SEED_FILE_NUMBER.search(raw) if field.get("type", "string") == "string" else None
            if seed_number:
                problems.append(Problem(shown, number, name, f"'{seed_number.group(0)}' names a source file by its "
                                        "number; name the source (e.g. LeClercq (2023))"))
            try:
                value = _parse_cell(raw.strip(), field)
            except ValueError as err:
                problems.append(Problem(shown, number, name, str(err)))
                row[name] = None
                continue
            issue = _check_constraints(value, raw.strip(), field)
            if issue:
                problems.append(Problem(shown, number, name, issue))
            row[name] = value
        table.rows.append(row)
        table.lines.append(number)
    return table


def _check_table_rules(table: _Table, schema: dict, bib_keys: set[str], problems: list[Problem]) -> None:
    for field in table.fields:
        name = field["name"]
        if field.get("constraints", {}).get("unique"):
            seen: dict = {}
            for row, line in zip(table.rows, table.lines):
                value = row[name]
                if value is None:
                    continue
                if value in seen:
                    problems.append(Problem(table.file, line, name, f"duplicate value '{value}' (first used on line {seen[value]})"))
                else:
                    seen[value] = line
        if field.get("x-citation"):
            for row, line in zip(table.rows, table.lines):
                key = row[name]
                if key is not None and key not in bib_keys:
                    problems.append(Problem(table.file, line, name, f"unknown citation key '{key}' (not in references.bib)"))

    primary = schema.get("primaryKey", [])
    if len(primary) > 1:  # single-field keys are covered by the unique check above
        seen_keys: dict = {}
        for row, line in zip(table.rows, table.lines):
            key = tuple(row[f] for f in primary)
            if key in seen_keys:
                problems.append(Problem(table.file, line, ",".join(primary), f"duplicate primary key {key} (first on line {seen_keys[key]})"))
            seen_keys.setdefault(key, line)

    for date_field, precision_field in schema.get("x-datePrecisionField", {}).items():
        for row, line in zip(table.rows, table.lines):
            date, precision = row[date_field], row[precision_field]
            if date is not None and precision is None:
                problems.append(Problem(table.file, line, precision_field, f"'{date_field}' is given, so its precision is required"))
            elif date is not None and precision is not None:
                issue = _precision_problem(date, precision)
                if issue:
                    problems.append(Problem(table.file, line, date_field, issue))

    rule = schema.get("x-percentWhen")
    if rule:
        for row, line in zip(table.rows, table.lines):
            if row[rule["field"]] != rule["equals"]:
                continue
            for name in rule["check"]:
                value = row[name]
                if value is not None and not 0 <= value <= 100:
                    problems.append(Problem(table.file, line, name, f"{value:g} is a percentage outside 0-100"))

    for group in schema.get("x-oneOfRequired", []):
        for row, line in zip(table.rows, table.lines):
            if all(row[name] is None for name in group):
                problems.append(Problem(table.file, line, group[0], f"one of {', '.join(group)} must be filled"))

    for row, line in zip(table.rows, table.lines):
        low, high = row.get("value"), row.get("value_high")
        if low is not None and high is not None and high < low:
            problems.append(Problem(table.file, line, "value_high", f"{high:g} is below value {low:g}"))


def _check_foreign_keys(tables: dict[str, _Table], resources: list[dict], problems: list[Problem]) -> None:
    for resource in resources:
        table = tables.get(resource["name"])
        if table is None:
            continue
        for fk in resource["schema"].get("foreignKeys", []):
            target = tables.get(fk["reference"]["resource"])
            if target is None:
                continue
            known = {tuple(r[f] for f in fk["reference"]["fields"]) for r in target.rows}
            for row, line in zip(table.rows, table.lines):
                value = tuple(row[f] for f in fk["fields"])
                if None not in value and value not in known:
                    shown = value[0] if len(value) == 1 else value
                    problems.append(Problem(table.file, line, ",".join(fk["fields"]),
                                            f"unknown {fk['reference']['resource']} '{shown}' (not in {target.file})"))


def _to_frame(table: _Table) -> pd.DataFrame:
    columns = {}
    for field in table.fields:
        values = [row[field["name"]] for row in table.rows]
        kind = field.get("type", "string")
        if kind == "integer":
            columns[field["name"]] = pd.array(values, dtype="Int64")
        elif kind == "number":
            columns[field["name"]] = pd.array(values, dtype="Float64")
        elif kind == "date":
            columns[field["name"]] = pd.to_datetime(pd.Series(values, dtype="object"))
        elif kind == "boolean":
            columns[field["name"]] = pd.array(values, dtype="boolean")
        else:
            columns[field["name"]] = pd.array(values, dtype="string")
    return pd.DataFrame(columns)


def validate_package(package_path: Path | None = None, resources: list[str] | None = None,
                     extra_bib: list[Path] | None = None) -> dict[str, pd.DataFrame]:
    """Validate the package (or the named resources) and return typed frames by resource name.

    Raises :class:`DataPackageError` listing every problem, each naming file, line and field.
    """
    package_path = Path(package_path) if package_path else default_package_path()
    package = json.loads(package_path.read_text(encoding="utf-8"))
    base = package_path.parent
    problems: list[Problem] = []
    bib_paths = [base / package["x-bibliography"], *(extra_bib or [])]
    missing_bib = [p for p in bib_paths if not p.exists()]
    for path in missing_bib:
        problems.append(Problem(str(path), None, None, "bibliography file is missing"))
    bib_keys = bibliography_keys([p for p in bib_paths if p.exists()])

    chosen = package["resources"]
    if resources:
        unknown = set(resources) - {r["name"] for r in chosen}
        if unknown:
            raise KeyError(f"no resource named {', '.join(sorted(unknown))} in {package_path}")
        chosen = [r for r in chosen if r["name"] in resources]
    tables: dict[str, _Table] = {}
    for resource in chosen:
        table = _read_table(resource, base, problems)
        if table is not None:
            _check_table_rules(table, resource["schema"], bib_keys, problems)
            tables[resource["name"]] = table
    # Foreign keys need their target table even when only the referring resource was asked for.
    for resource in package["resources"]:
        for fk in resource["schema"].get("foreignKeys", []):
            target_name = fk["reference"]["resource"]
            if resource["name"] in tables and target_name not in tables:
                target = next(r for r in package["resources"] if r["name"] == target_name)
                target_table = _read_table(target, base, [])
                if target_table is not None:
                    tables[target_name] = target_table
    _check_foreign_keys(tables, chosen, problems)
    if problems:
        raise DataPackageError(problems)
    return {name: _to_frame(tables[name]) for name in (r["name"] for r in chosen)}


@functools.lru_cache(maxsize=None)
def _validated_package(package_path: str) -> dict[str, pd.DataFrame]:
    return validate_package(Path(package_path))


def load_resource(name: str, package_path: Path | None = None) -> pd.DataFrame:
    """Return one resource as a typed DataFrame, after validating the whole package.

    The package is validated once per process; each call returns a fresh copy, so callers may
    modify it freely.
    """
    frames = _validated_package(str(Path(package_path or default_package_path()).resolve()))
    if name not in frames:
        raise KeyError(f"no resource named '{name}'; the package has {', '.join(frames)}")
    return frames[name].copy()


def package_metadata(package_path: Path | None = None) -> dict:
    """Return the parsed ``datapackage.json`` (descriptions, schemas, licenses)."""
    return json.loads(Path(package_path or default_package_path()).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate the book's data package.")
    parser.add_argument("--package", type=Path, default=None, help="datapackage.json (default: this repository's)")
    parser.add_argument("--resource", action="append", help="validate only this resource (repeatable)")
    parser.add_argument("--extra-bib", action="append", type=Path, default=[],
                        help="also accept citation keys from this BibTeX file (repeatable)")
    args = parser.parse_args(argv)
    try:
        frames = validate_package(args.package, args.resource, args.extra_bib)
    except DataPackageError as err:
        print(err, file=sys.stderr)
        return 1
    for name, frame in frames.items():
        print(f"ok: {name}: {len(frame)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
