"""The publishing workflow (.github/workflows/) can't run here, so: every workflow file validates against
GitHub's workflow schema (SchemaStore's, vendored in tests/schemas/), and the jobs run exactly the
commands the README gives, in its order: the two commands for a pull request, and those plus the
README's publishing commands before the site is deployed with GitHub's Pages actions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
SCHEMA = json.loads((REPO / "tests" / "schemas" / "github-workflow.json").read_text(encoding="utf-8"))
PUBLISH = REPO / ".github" / "workflows" / "publish.yml"


def load_workflow(path: Path) -> dict:
    # YAML 1.1 reads the key `on` as True; GitHub reads it as "on".
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def readme_commands(heading: str) -> list[str]:
    """The commands in the first ```bash block under the README's `## heading`, comments dropped."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## )", readme, re.S | re.M)
    assert section, f"README.md has no '## {heading}' section"
    block = re.search(r"```bash\n(.*?)```", section.group(1), re.S)
    assert block, f"README.md's '{heading}' section has no ```bash block"
    commands = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    return [c for c in commands if c]


def run_commands(job: dict) -> list[str]:
    """The job's `run` commands, one per line, except the machine set-up (apt-get only)."""
    commands = []
    for step in job["steps"]:
        lines = [line.strip() for line in step.get("run", "").splitlines() if line.strip()]
        if lines and all(re.match(r"^(DEBIAN_FRONTEND=\S+ )?apt-get ", line) for line in lines):
            continue
        commands += lines
    return commands


def test_there_is_a_workflow():
    assert PUBLISH in WORKFLOWS


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_validates_against_the_github_workflow_schema(path):
    jsonschema.validate(load_workflow(path), SCHEMA, cls=jsonschema.Draft7Validator)


def test_the_schema_refuses_a_broken_workflow():
    broken = load_workflow(PUBLISH)
    broken["jobs"]["build"]["steps"][0]["runs"] = broken["jobs"]["build"]["steps"][0].pop("run")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA, cls=jsonschema.Draft7Validator)


def test_pull_requests_run_exactly_the_readme_two_commands():
    workflow = load_workflow(PUBLISH)
    assert "pull_request" in workflow["on"]
    assert readme_commands("The two commands") == ["make book", "make test"]
    assert run_commands(workflow["jobs"]["check"]) == readme_commands("The two commands")
    assert workflow["jobs"]["check"]["if"] == "github.event_name == 'pull_request'"


def test_pushes_to_main_run_the_readme_commands_then_deploy_to_pages():
    workflow = load_workflow(PUBLISH)
    assert workflow["on"]["push"]["branches"] == ["main"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert run_commands(build) == readme_commands("The two commands") + readme_commands("Publish the site")
    uses = [step["uses"].split("@")[0] for step in build["steps"] if "uses" in step]
    assert uses[-2:] == ["actions/configure-pages", "actions/upload-pages-artifact"]
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    assert deploy["needs"] == "build"
    assert "refs/heads/main" in deploy["if"]
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert workflow["permissions"] == {"contents": "read"}


def test_ci_runs_the_readme_test_command():
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in run.splitlines() if line.startswith("make ")] == ["make test"]
