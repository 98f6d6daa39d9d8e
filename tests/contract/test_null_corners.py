"""Null where the document allows it parses strictly; where it does not, it still fails.

* Schemas without a type (``{}``) accept null, as JSON Schema says (the templates mark such fields
  nullable).
* Enums flagged ``nullable`` accept null (``Workflow.tag``, a workflow run's ``status``):
  openapi-python-client drops the flag on an enum that does not list null.
* Inside arrays and maps, null is a deviation unless the item schema is untyped (strict mode used
  to let null map values through whatever their type).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

from circleci_api import ResponseValidationError
from circleci_api._models import ANY, STRING, Converter, ListConverter, Model, check_value, list_of, map_of
from circleci_api_generated import models as generated_models
from tests.contract.cases import ORG_ID, PIPELINE_ID, PROJECT_SLUG, WORKFLOW, WORKFLOW_ID
from tests.contract.mock import Script, run_async, run_sync

WORKFLOW_JSON: dict[str, Any] = {
    "id": str(WORKFLOW_ID),
    "name": WORKFLOW,
    "status": "success",
    "created_at": "2025-05-01T10:00:00Z",
    "stopped_at": "2025-05-01T10:04:12Z",
    "pipeline_id": PIPELINE_ID,
    "pipeline_number": 1288,
    "project_slug": PROJECT_SLUG,
    "started_by": "3d0f1c2b-7a6e-4d5c-b4a3-92e1f0d9c8b7",
    "tag": None,
}
RUNS_JSON: dict[str, Any] = {
    "items": [
        {
            "id": str(WORKFLOW_ID),
            "branch": "main",
            "duration": None,
            "created_at": "2025-05-01T10:00:00Z",
            "stopped_at": None,
            "credits_used": 0,
            "status": None,
            "is_approval": False,
        }
    ],
    "next_page_token": None,
}
BRANCHES_JSON: dict[str, Any] = {"org_id": None, "project_id": None, "branches": ["main"]}
ENV_VAR_JSON: dict[str, Any] = {"name": "NPM_REGISTRY", "value": "xxxx.com/", "created-at": None}

NULL_CASES: list[tuple[str, Callable[[Any], Any], dict[str, Any], Callable[[Any], Any]]] = [
    ("Workflow.tag", lambda c: c.workflows.get(WORKFLOW_ID), WORKFLOW_JSON, lambda r: r.tag),
    (
        "workflow run status",
        lambda c: c.insights.workflow_runs(PROJECT_SLUG, WORKFLOW),
        RUNS_JSON,
        lambda r: r.items[0].status,
    ),
    ("untyped org_id", lambda c: c.insights.branches(PROJECT_SLUG), BRANCHES_JSON, lambda r: r.org_id),
    (
        "untyped created-at",
        lambda c: c.projects.env_vars.get(PROJECT_SLUG, "NPM_REGISTRY"),
        ENV_VAR_JSON,
        lambda r: r.created_at,
    ),
]
NULL_IDS = [case[0] for case in NULL_CASES]


def first_value(result: Any) -> Any:
    """A paginator's first page's response, or the result itself."""
    return result.first_page().response if hasattr(result, "first_page") else result


@pytest.mark.parametrize(("what", "call", "body", "read"), NULL_CASES, ids=NULL_IDS)
def test_null_parses_strictly_sync(
    what: str, call: Callable[[Any], Any], body: dict[str, Any], read: Callable[[Any], Any]
) -> None:
    result = run_sync(Script(body), lambda c: first_value(call(c)))
    assert read(result) is None


@pytest.mark.anyio
@pytest.mark.parametrize(("what", "call", "body", "read"), NULL_CASES, ids=NULL_IDS)
async def test_null_parses_strictly_async(
    what: str, call: Callable[[Any], Any], body: dict[str, Any], read: Callable[[Any], Any]
) -> None:
    async def first(client: Any) -> Any:
        result = call(client)
        return (await result).response if hasattr(result, "first_page") else await result

    result = await run_async(Script(body), first)
    assert read(result) is None


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({**WORKFLOW_JSON, "tag": "teardown"}, "Workflow.tag"),
        ({**WORKFLOW_JSON, "status": None}, "Workflow.status"),
    ],
    ids=["unlisted tag", "null where not nullable"],
)
def test_nullable_enums_still_reject_what_the_schema_does_not_allow(body: dict[str, Any], path: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        run_sync(Script(body), lambda c: c.workflows.get(WORKFLOW_ID))
    assert caught.value.path == path


def all_model_classes() -> list[type[Model]]:
    found: list[type[Model]] = []
    for info in pkgutil.iter_modules(generated_models.__path__):
        module = importlib.import_module(f"{generated_models.__name__}.{info.name}")
        found.extend(
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Model) and value.__module__ == module.__name__
        )
    return found


def test_every_untyped_field_accepts_null() -> None:
    """A generated field with no type (``ANY``) must be nullable, or strict mode rejects valid null."""
    models = all_model_classes()
    assert len(models) > 100
    untyped = [
        (model.__name__, name, field_.nullable)
        for model in models
        for name, field_ in model._fields_.items()
        if field_.conv is ANY
    ]
    assert untyped, "the document has untyped fields; this test must see them"
    assert [entry for entry in untyped if not entry[2]] == []


# --------------------------------------------------------------------------- null inside arrays and maps


def test_null_in_a_typed_map_is_a_deviation() -> None:
    """getPipelineValuesById maps names to string | integer | boolean: null is none of them."""
    body = {"pipeline.number": 1288, "pipeline.git.tag": None}
    with pytest.raises(ResponseValidationError) as caught:
        run_sync(Script(body), lambda c: c.pipelines.values(PIPELINE_ID))
    assert caught.value.path is not None
    assert caught.value.path.endswith(".pipeline.git.tag")
    assert caught.value.problem == "null not allowed"


@pytest.mark.anyio
async def test_null_in_a_typed_array_is_a_deviation() -> None:
    """A policy bundle's values are arrays of Policy: a null entry is not a Policy."""
    body = {"pinned_orbs": [None]}
    with pytest.raises(ResponseValidationError) as caught:
        await run_async(Script(body), lambda c: c.policies.bundle.get(ORG_ID, "config"))
    assert caught.value.path is not None
    assert caught.value.path.endswith(".pinned_orbs[0]")


@pytest.mark.parametrize("container", [list_of(ANY), map_of(ANY)], ids=["array", "map"])
def test_null_in_an_untyped_array_or_map_is_fine(container: Converter) -> None:
    raw: Any = [None, 1] if isinstance(container, ListConverter) else {"a": None, "b": 1}
    assert check_value(container, raw, "value") == []
    assert check_value(list_of(STRING), [None], "value")[0].problem == "null not allowed"
