"""The book's one data loader and validator for ``data/datapackage.json``.

Every chart and glued number reads its data through :func:`load_resource`, which validates the
resource it returns and the resources it refers to (foreign keys, the evidence rule), then returns a
typed DataFrame: a chapter reads only the files it needs. :func:`validate_package` checks the whole
package; the build runs it at start-up (``frames=False``: no pandas, no frames) and the tests run it
too. Bad input stops a build or a test run with a message that names the file, the line and the
field (``data/<file>.csv, line N, field 'F': <reason>``). Nothing is silently dropped.

What is checked
---------------
Table Schema, as ``datapackage.json`` declares it. A resource's ``schema`` is either inline or the
path of a schema file (``schemas/stated_figure.json`` is shared by ``rrm_statistics``,
``other_figures`` and ``case_outcomes``). Checked: the header; the number of cells in each row;
types (integer, number, boolean, ISO 8601 date that exists on the calendar); ``required``, ``enum``,
``pattern``, ``minimum``/``maximum`` and ``unique`` constraints; ``primaryKey``; ``foreignKeys``
(an empty cell refers to nothing).

The book's own rules, declared as ``x-`` properties (which other Table Schema tools ignore):

* ``x-bibliography`` (package): the BibTeX file, parsed with pybtex (:mod:`widgets.bibliography`);
  a missing or unparsable file stops validation.
* ``x-citation`` (field): every value is a citation key in that bibliography.
* ``x-requiredFields`` (resource): fields this resource always fills, beyond what its (shared)
  schema requires.
* ``x-datePrecisionField`` (schema): a date has a precision and matches it (``month`` → the 1st,
  ``year`` → January 1).
* ``x-percentWhen`` (schema): where a row's unit is ``percent``, the named numbers lie in 0–100.
* ``x-oneOfRequired`` (schema): at least one field of each group is filled.
* ``x-filledTogether`` (schema): the fields of each group are all filled or all empty.
* ``x-evidenceLookup`` (schema): each of ``idFields`` names a row, by its primary key, of the
  resource that the row's ``resourceField`` names.
* a ``value_high`` is not below the row's ``value``.

Rules written for the Rapid Response record (``rrm_requests``), each a small function in
:data:`TABLE_RULES` or :data:`CROSS_TABLE_RULES` and usable by any resource that declares it:

* ``x-dateOrder`` (schema): chains of date fields that must run in order (e.g. petition ≤ request ≤
  remediation ≤ resolution). Every filled pair in a chain is compared, with precision taken into
  account: a date known to the month or year is the whole month or year, so only dates that cannot
  overlap are out of order.
* ``x-ordinalGaps`` (schema): an ordinal field (USTR's "Nth request") whose numbers run from 1 with
  no gap that is not listed, with its reason, in ``gaps``; and, where ``dateField`` is given, a
  higher number never dated before a lower one.
* ``x-implies`` (schema): conditions (``when`` a field has a value) under which fields must be
  ``filled`` or ``empty`` or other fields must have given values (``equals``): e.g. an outcome of
  ``panel`` needs a panel request date, ``open`` allows no resolution date.
* ``x-factsCover`` (schema): every filled value of the listed fields appears, for the same row, in
  the long resource that gives each value's source (``rrm_request_facts``), so no value in the wide
  table lacks a citation and locator; above all the request date.
* ``x-implies`` may also say which values a field may take (``oneOf``): e.g. the options of a
  contract legitimation vote are approval or rejection, never a union.
* ``x-sharedWithin`` (schema): rows with the same ``key`` (one vote's options, in ``rrm_union_votes``)
  agree on the listed fields (its request, date, kind, valid votes and eligible voters).
* ``x-countOrder`` (schema): chains of counts that may not decrease where given (votes <= valid votes
  <= eligible voters).
* ``x-sumWithin`` (schema): the ``sum`` field added over the rows with the same ``key`` is at most the
  first filled field of ``atMost`` (a vote's options together got no more votes than were valid, or,
  where valid votes are not given, than workers could vote).

Project checks (:data:`PROJECT_CHECKS`), run on every text cell, are rules particular to this book:

* ``seed-file-number``: a text names its source, never the number of the file it arrived as.

Run ``python -m widgets.datapackage`` to validate from the command line.
"""

from __future__ import annotations

import argparse
import copy
import csv
import datetime as dt
import functools
import json
import os
import posixpath
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from widgets.bibliography import BibliographyError, parse_bibliography

if TYPE_CHECKING:  # pandas is imported only when frames are built, so a validation-only run stays fast
    import pandas as pd

REPO_ROOT = Path(__file__).resolve().parent.parent
# WCT_DATA_PACKAGE lets a build of another checkout (the Sphinx extension sets it for the notebooks
# it executes) read its own data rather than the data next to this installed package.
PACKAGE_ENV = "WCT_DATA_PACKAGE"


def default_package_path() -> Path:
    """The package to load: $WCT_DATA_PACKAGE if set, else data/datapackage.json in this repository."""
    return Path(os.environ.get(PACKAGE_ENV) or REPO_ROOT / "data" / "datapackage.json")


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


# --- project checks -----------------------------------------------------------------------------
# Rules particular to this book, each a function of one non-empty text cell that returns why the
# text is refused (or None). Its docstring says why the rule exists.

# Not after a digit and a space ("17 000" is a number with a space as thousands separator).
_SEED_FILE_NUMBER = re.compile(r"(?<![\d$])(?<!\d[,.])(?<!\d\s)\b00[0-4]\b(?!\d)(?![,.]\d)")


def _seed_file_number(text: str) -> str | None:
    """The source documents arrived as numbered files (000-004); readers never see those numbers, so a
    text must name the source ("LeClercq (2023)"), not the file ("002")."""
    found = _SEED_FILE_NUMBER.search(text)
    if found:
        return f"'{found.group(0)}' names a source file by its number; name the source (e.g. LeClercq (2023))"
    return None


PROJECT_CHECKS: dict[str, Callable[[str], str | None]] = {
    "seed-file-number": _seed_file_number,
}


# --- the descriptor -----------------------------------------------------------------------------

def _shown(base: Path, relative: str) -> str:
    """How a file of the package is named in messages: 'data/cases.csv', 'references.bib'."""
    return posixpath.normpath(f"{base.name}/{relative}")


def _read_descriptor(package_path: Path) -> dict:
    """``datapackage.json`` with every schema given by path read in (so ``schema`` is always a dict)."""
    package = json.loads(package_path.read_text(encoding="utf-8"))
    base = package_path.parent
    problems = []
    for resource in package["resources"]:
        reference = resource.get("schema")
        if not isinstance(reference, str):
            continue
        path = base / reference
        shown = _shown(base, reference)
        if not path.is_file():
            problems.append(Problem(shown, None, None, f"schema file is missing (resource '{resource['name']}')"))
            continue
        try:
            resource["schema"] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            problems.append(Problem(shown, err.lineno, None, f"schema file is not valid JSON: {err.msg}"))
    if problems:
        raise DataPackageError(problems)
    return package


def package_metadata(package_path: Path | None = None) -> dict:
    """The parsed ``datapackage.json`` (descriptions, schemas, licenses), schema files read in."""
    return _read_descriptor(Path(package_path or default_package_path()))


@functools.lru_cache(maxsize=8)
def _cached_descriptor(package_path: str, mtime_ns: int) -> dict:
    return _read_descriptor(Path(package_path))


def resource_schema(resource: str, package_path: Path | None = None) -> dict:
    """The Table Schema of one resource (read from its schema file if it names one)."""
    path = Path(package_path or default_package_path()).resolve()
    package = _cached_descriptor(str(path), path.stat().st_mtime_ns)
    for entry in package["resources"]:
        if entry["name"] == resource:
            return copy.deepcopy(entry["schema"])
    raise KeyError(f"no resource named '{resource}' in {path}")


def allowed_values(resource: str, field: str, package_path: Path | None = None) -> list:
    """The values the schema allows in ``field`` of ``resource`` (its ``enum``), in the schema's order.

    Charts use it for the order of a control's options or a colour domain, so the list lives in one
    place, ``datapackage.json``. Raises KeyError for an unknown resource or field, ValueError if the
    field has no ``enum``.
    """
    for spec in resource_schema(resource, package_path)["fields"]:
        if spec["name"] == field:
            if "enum" not in spec.get("constraints", {}):
                raise ValueError(f"field '{field}' of '{resource}' has no list of allowed values")
            return list(spec["constraints"]["enum"])
    raise KeyError(f"resource '{resource}' has no field '{field}'")


def bibliography_keys(bib_paths: list[Path]) -> set[str]:
    """The citation keys defined in the given BibTeX files (parsed with pybtex; see :mod:`widgets.bibliography`).

    Raises :class:`widgets.bibliography.BibliographyError` for a missing or unparsable file.
    """
    keys: set[str] = set()
    for path in bib_paths:
        keys.update(parse_bibliography(path).entries.keys())
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
    schema: dict
    rows: list[dict]  # parsed values (None for empty cells)
    lines: list[int]  # the file line each row came from


def _read_table(resource: dict, base: Path, problems: list[Problem]) -> _Table | None:
    path = base / resource["path"]
    shown = _shown(base, resource["path"])
    schema = resource["schema"]
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    also_required = set(resource.get("x-requiredFields", []))
    unknown = also_required - set(names)
    if unknown:
        problems.append(Problem(shown, None, None, f"x-requiredFields names fields the schema lacks: {sorted(unknown)}"))
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
    table = _Table(resource["name"], shown, fields, schema, [], [])
    text_fields = {f["name"] for f in fields if f.get("type", "string") == "string"}
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
                if field.get("constraints", {}).get("required") or name in also_required:
                    problems.append(Problem(shown, number, name, "required value is empty"))
                row[name] = None
                continue
            if name in text_fields:
                for check in PROJECT_CHECKS.values():
                    reason = check(raw)
                    if reason:
                        problems.append(Problem(shown, number, name, reason))
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


def _check_table_rules(table: _Table, bib_keys: set[str], problems: list[Problem]) -> None:
    schema = table.schema
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

    for group in schema.get("x-filledTogether", []):
        for row, line in zip(table.rows, table.lines):
            filled = [name for name in group if row[name] is not None]
            if filled and len(filled) != len(group):
                empty = next(name for name in group if row[name] is None)
                problems.append(Problem(table.file, line, empty, f"is empty, but {', '.join(filled)} is filled "
                                        f"(fill {' and '.join(group)} together)"))

    for row, line in zip(table.rows, table.lines):
        low, high = row.get("value"), row.get("value_high")
        if low is not None and high is not None and high < low:
            problems.append(Problem(table.file, line, "value_high", f"{high:g} is below value {low:g}"))


def _check_foreign_keys(table: _Table, tables: dict[str, _Table], problems: list[Problem]) -> None:
    for fk in table.schema.get("foreignKeys", []):
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


def _check_evidence_lookup(table: _Table, tables: dict[str, _Table], problems: list[Problem]) -> None:
    rule = table.schema.get("x-evidenceLookup")
    if not rule:
        return
    resource_field = rule["resourceField"]
    for row, line in zip(table.rows, table.lines):
        for id_field in rule["idFields"]:
            row_id = row[id_field]
            if row_id is None:
                continue
            target_name = row[resource_field]
            if target_name is None:
                problems.append(Problem(table.file, line, id_field,
                                        f"'{row_id}' names a row, but {resource_field} is empty"))
                continue
            target = tables.get(target_name)
            if target is None:
                problems.append(Problem(table.file, line, resource_field, f"no resource named '{target_name}'"))
                continue
            key = target.schema.get("primaryKey", [])
            if len(key) != 1:
                problems.append(Problem(table.file, line, resource_field,
                                        f"'{target_name}' has no single-field primary key to look rows up by"))
                continue
            if row_id not in {r[key[0]] for r in target.rows}:
                problems.append(Problem(table.file, line, id_field,
                                        f"'{row_id}' is not a {key[0]} in {target.file} (named in {resource_field})"))


# --- rules written for the Rapid Response record ----------------------------------------------
# Each is declared in a schema as an x- property (see the module docstring) and does nothing for a
# resource that does not declare it. TABLE_RULES look at one table; CROSS_TABLE_RULES at others too.

def _date_interval(row: dict, field: str, schema: dict) -> tuple[dt.date, dt.date] | None:
    """The days a date may stand for, given its precision: one day, its month or its year."""
    date = row.get(field)
    if date is None:
        return None
    precision = row.get(schema.get("x-datePrecisionField", {}).get(field, ""), None) or "day"
    if precision == "year":
        return date.replace(month=1, day=1), date.replace(month=12, day=31)
    if precision == "month":
        following = date.replace(day=28) + dt.timedelta(days=4)
        return date.replace(day=1), following - dt.timedelta(days=following.day)
    return date, date


def _shown_date(row: dict, field: str, schema: dict) -> str:
    precision = row.get(schema.get("x-datePrecisionField", {}).get(field, ""), None) or "day"
    return f"{row[field].isoformat()} ({precision})"


def _check_date_order(table: _Table, problems: list[Problem]) -> None:
    """x-dateOrder: within each chain, a later field's date may not fall wholly before an earlier one's."""
    chains = table.schema.get("x-dateOrder", [])
    for row, line in zip(table.rows, table.lines):
        reported = set()
        for chain in chains:
            for i, earlier in enumerate(chain):
                first = _date_interval(row, earlier, table.schema)
                for later in chain[i + 1:]:
                    second = _date_interval(row, later, table.schema)
                    if first is None or second is None or (earlier, later) in reported:
                        continue
                    if second[1] < first[0]:
                        reported.add((earlier, later))
                        problems.append(Problem(table.file, line, later,
                                                f"{_shown_date(row, later, table.schema)} is before {earlier} "
                                                f"{_shown_date(row, earlier, table.schema)} "
                                                f"(dates must run {' <= '.join(chain)})"))


def _check_ordinal_gaps(table: _Table, problems: list[Problem]) -> None:
    """x-ordinalGaps: numbers run from 1; a missing number must be documented, with its reason."""
    rule = table.schema.get("x-ordinalGaps")
    if not rule:
        return
    field, date_field = rule["field"], rule.get("dateField")
    documented: dict[int, str] = {}
    for gap in rule.get("gaps", []):
        if not str(gap.get("reason", "")).strip():
            problems.append(Problem(table.file, None, field, f"x-ordinalGaps lists {gap.get('from')}-{gap.get('to')} without a reason"))
        for number in range(gap["from"], gap["to"] + 1):
            documented[number] = gap.get("reason", "")
    used = {}
    for row, line in zip(table.rows, table.lines):
        if row[field] is not None:
            used.setdefault(row[field], line)
    for number, line in sorted(used.items()):
        if number in documented:
            problems.append(Problem(table.file, line, field,
                                    f"{number} is listed in x-ordinalGaps as missing, but this row has it (remove it from the gaps)"))
    previous = 0
    for number, line in sorted(used.items()):
        missing = [n for n in range(previous + 1, number) if n not in documented]
        if missing:
            span = f"{missing[0]}" if len(missing) == 1 else f"{missing[0]}-{missing[-1]}"
            problems.append(Problem(table.file, line, field,
                                    f"{number} leaves {span} unaccounted for: no row has them and x-ordinalGaps "
                                    f"does not document them (add the rows, or the gap with its reason)"))
        previous = number
    if not date_field:
        return
    dated = sorted((row[field], line, _date_interval(row, date_field, table.schema), row)
                   for row, line in zip(table.rows, table.lines) if row[field] is not None and row[date_field] is not None)
    for (low, low_line, low_span, low_row), (high, high_line, high_span, high_row) in zip(dated, dated[1:]):
        if high_span[1] < low_span[0]:
            problems.append(Problem(table.file, high_line, field,
                                    f"{high} is dated {_shown_date(high_row, date_field, table.schema)}, before {low} "
                                    f"({_shown_date(low_row, date_field, table.schema)}, line {low_line})"))


def _check_implied_fields(table: _Table, problems: list[Problem]) -> None:
    """x-implies: a value (e.g. an outcome) requires some fields filled, others empty, others set."""
    for rule in table.schema.get("x-implies", []):
        (when_field, when_value), = rule["when"].items()
        for row, line in zip(table.rows, table.lines):
            if row[when_field] != when_value:
                continue
            because = f"{when_field} is '{when_value}'"
            for name in rule.get("filled", []):
                if row[name] is None:
                    problems.append(Problem(table.file, line, name, f"is empty, but {because}, which needs it"))
            for name in rule.get("empty", []):
                if row[name] is not None:
                    problems.append(Problem(table.file, line, name, f"is filled, but {because}, which allows no {name}"))
            for name, value in rule.get("equals", {}).items():
                if row[name] != value:
                    problems.append(Problem(table.file, line, name, f"'{row[name]}' should be '{value}' when {because}"))
            for name, values in rule.get("oneOf", {}).items():
                if row[name] is not None and row[name] not in values:
                    problems.append(Problem(table.file, line, name,
                                            f"'{row[name]}' is not allowed when {because}: use one of {', '.join(values)}"))


def _fact_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_facts_cover(table: _Table, tables: dict[str, _Table], problems: list[Problem]) -> None:
    """x-factsCover: every filled value of the listed fields is a fact, with its source, in the long resource."""
    rule = table.schema.get("x-factsCover")
    if not rule:
        return
    facts = tables.get(rule["resource"])
    if facts is None:
        return
    given: set[tuple] = set()
    for fact in facts.rows:
        if fact[rule["dateField"]] is not None:
            value = (fact[rule["dateField"]], fact[rule["precisionField"]] or "day")
        else:
            value = fact[rule["valueField"]]
        given.add((fact[rule["idField"]], fact[rule["fieldField"]], value))
    precision_of = table.schema.get("x-datePrecisionField", {})
    kinds = {f["name"]: f.get("type", "string") for f in table.fields}
    for row, line in zip(table.rows, table.lines):
        row_id = row[rule["idField"]]
        for name in rule["fields"]:
            value = row[name]
            if value is None:
                continue
            if kinds[name] == "date":
                wanted, shown = (value, row.get(precision_of.get(name, ""), None) or "day"), value.isoformat()
            else:
                wanted = shown = _fact_text(value)
            if (row_id, name, wanted) not in given:
                problems.append(Problem(table.file, line, name,
                                        f"'{shown}' has no source: no row of {facts.file} gives {name} = '{shown}' "
                                        f"for {row_id} (add one with its citation_key and locator)"))


def _shown_value(value) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, dt.date):
        return value.isoformat()
    return _fact_text(value)


def _check_shared_within(table: _Table, problems: list[Problem]) -> None:
    """x-sharedWithin: the rows that share a key (one vote's options) agree on the listed fields."""
    for rule in table.schema.get("x-sharedWithin", []):
        key, fields = rule["key"], rule["fields"]
        first: dict = {}
        for row, line in zip(table.rows, table.lines):
            if row[key] is None:
                continue
            if row[key] not in first:
                first[row[key]] = (row, line)
                continue
            earlier, earlier_line = first[row[key]]
            for name in fields:
                if row[name] != earlier[name]:
                    problems.append(Problem(table.file, line, name,
                                            f"'{_shown_value(row[name])}' differs from '{_shown_value(earlier[name])}' "
                                            f"on line {earlier_line}, though both rows are {key} '{row[key]}' "
                                            f"(the rows of one {key} share {', '.join(fields)})"))


def _check_count_order(table: _Table, problems: list[Problem]) -> None:
    """x-countOrder: within each chain, a later count is not below an earlier one, where both are given."""
    for chain in table.schema.get("x-countOrder", []):
        for row, line in zip(table.rows, table.lines):
            for i, earlier in enumerate(chain):
                for later in chain[i + 1:]:
                    low, high = row[earlier], row[later]
                    if low is not None and high is not None and high < low:
                        problems.append(Problem(table.file, line, later,
                                                f"{_fact_text(high)} is below {earlier} {_fact_text(low)} "
                                                f"(counts must run {' <= '.join(chain)})"))


def _check_sum_within(table: _Table, problems: list[Problem]) -> None:
    """x-sumWithin: a field added over the rows sharing a key is at most the first filled bound."""
    for rule in table.schema.get("x-sumWithin", []):
        key, field = rule["key"], rule["sum"]
        groups: dict = {}
        for row, line in zip(table.rows, table.lines):
            if row[key] is not None:
                groups.setdefault(row[key], []).append((row, line))
        for name, members in groups.items():
            total = sum(row[field] for row, _ in members if row[field] is not None)
            last_row, last_line = members[-1]
            bound = next(((b, last_row[b]) for b in rule["atMost"] if last_row[b] is not None), None)
            alone = bound is not None and any(row[field] is not None and row[field] > bound[1] for row, _ in members)
            if bound is not None and total > bound[1] and not alone:  # one row alone over it: x-countOrder says so
                problems.append(Problem(table.file, last_line, field,
                                        f"the {len(members)} rows of {key} '{name}' give {total} {field} together, "
                                        f"more than its {bound[0]} {_fact_text(bound[1])}"))


TABLE_RULES: list[Callable[[_Table, list[Problem]], None]] = [
    _check_date_order, _check_ordinal_gaps, _check_implied_fields,
    _check_shared_within, _check_count_order, _check_sum_within,
]
CROSS_TABLE_RULES: list[Callable[[_Table, dict[str, _Table], list[Problem]], None]] = [
    _check_facts_cover,
]


def _references(resource: dict, by_name: dict[str, dict]) -> set[str]:
    """The resources whose rows ``resource``'s rules look up: foreign-key targets and evidence resources."""
    schema = resource["schema"]
    names = {fk["reference"]["resource"] for fk in schema.get("foreignKeys", [])}
    rule = schema.get("x-evidenceLookup")
    if rule:
        field = next(f for f in schema["fields"] if f["name"] == rule["resourceField"])
        names |= set(field.get("constraints", {}).get("enum", by_name))
    if schema.get("x-factsCover"):
        names.add(schema["x-factsCover"]["resource"])
    return names & set(by_name)


def _with_references(chosen: list[str], by_name: dict[str, dict]) -> list[str]:
    """``chosen`` plus every resource they refer to, directly or through another, in package order."""
    needed, todo = set(), list(chosen)
    while todo:
        name = todo.pop()
        if name not in needed:
            needed.add(name)
            todo.extend(_references(by_name[name], by_name))
    return [name for name in by_name if name in needed]


def _to_frame(table: _Table) -> pd.DataFrame:
    import pandas as pd

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


def _validated_tables(package_path: Path, names: list[str] | None,
                      extra_bib: list[Path] | None) -> tuple[dict[str, _Table], list[str]]:
    """Read and check ``names`` (all resources if None) and what they refer to; raise on any problem."""
    package = _read_descriptor(package_path)
    base = package_path.parent
    by_name = {r["name"]: r for r in package["resources"]}
    if names:
        unknown = set(names) - set(by_name)
        if unknown:
            raise KeyError(f"no resource named {', '.join(sorted(unknown))} in {package_path}")
    chosen = list(names) if names else list(by_name)
    bib_paths = [base / package["x-bibliography"], *(extra_bib or [])]
    try:
        bib_keys = bibliography_keys(bib_paths)
    except BibliographyError as err:  # without the bibliography no citation can be checked: stop here
        shown = _shown(base, package["x-bibliography"]) if err.path == bib_paths[0] else str(err.path)
        raise DataPackageError([Problem(shown, err.line, None, err.reason)]) from None
    problems: list[Problem] = []
    tables: dict[str, _Table] = {}
    for name in _with_references(chosen, by_name):
        table = _read_table(by_name[name], base, problems)
        if table is not None:
            _check_table_rules(table, bib_keys, problems)
            for rule in TABLE_RULES:
                rule(table, problems)
            tables[name] = table
    for table in tables.values():
        _check_foreign_keys(table, tables, problems)
        _check_evidence_lookup(table, tables, problems)
        for cross_rule in CROSS_TABLE_RULES:
            cross_rule(table, tables, problems)
    if problems:
        raise DataPackageError(problems)
    return tables, chosen


def validate_package(package_path: Path | None = None, resources: list[str] | None = None,
                     extra_bib: list[Path] | None = None, *, frames: bool = True) -> dict:
    """Validate the package (or the named resources and those they refer to).

    Returns typed DataFrames by resource name, or with ``frames=False`` the number of rows of each
    (then pandas is never imported: the fast check a build runs at start-up). Raises
    :class:`DataPackageError` listing every problem, each naming file, line and field.
    """
    package_path = Path(package_path) if package_path else default_package_path()
    tables, chosen = _validated_tables(package_path, resources, extra_bib)
    if not frames:
        return {name: len(tables[name].rows) for name in chosen}
    return {name: _to_frame(tables[name]) for name in chosen}


@functools.cache
def _validated_frame(package_path: str, mtime_ns: int, name: str) -> pd.DataFrame:
    tables, _ = _validated_tables(Path(package_path), [name], None)
    return _to_frame(tables[name])


def load_resource(name: str, package_path: Path | None = None) -> pd.DataFrame:
    """Return one resource as a typed DataFrame, after validating it and the resources it refers to.

    Only those files are read (a chapter loading ``cases`` does not wait for the whole package; the
    build and the tests validate all of it). Validated once per process and resource, until
    ``datapackage.json`` changes; each call returns a fresh copy, so callers may modify it freely.
    """
    path = Path(package_path or default_package_path()).resolve()
    try:
        frame = _validated_frame(str(path), path.stat().st_mtime_ns, name)
    except KeyError:
        names = [r["name"] for r in package_metadata(path)["resources"]]
        raise KeyError(f"no resource named '{name}'; the package has {', '.join(names)}") from None
    return frame.copy()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate the book's data package.")
    parser.add_argument("--package", type=Path, default=None, help="datapackage.json (default: this repository's)")
    parser.add_argument("--resource", action="append", help="validate only this resource and those it refers to (repeatable)")
    parser.add_argument("--extra-bib", action="append", type=Path, default=[],
                        help="also accept citation keys from this BibTeX file (repeatable)")
    args = parser.parse_args(argv)
    try:
        counts = validate_package(args.package, args.resource, args.extra_bib, frames=False)
    except DataPackageError as err:
        print(err, file=sys.stderr)
        return 1
    for name, rows in counts.items():
        print(f"ok: {name}: {rows} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
