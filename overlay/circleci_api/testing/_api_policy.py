"""Policy bundles and decisions, simulated.

A bundle is stored per owner and context (``config``).  Rego is not evaluated: each policy is one
rule, and a rule fails for an input that contains the text of a ``# fake-deny: <text>`` line in the
policy; the failure is hard when the policy mentions ``hard_fail``, soft otherwise.  A decision is
``PASS``, ``SOFT_FAIL`` or ``HARD_FAIL``; with decisions disabled for the context it is refused.
Every decision is logged with the bundle it was made with.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, rfc3339

__all__ = ["ROUTES"]

DENY = re.compile(r"^\s*#\s*fake-deny:\s*(.+?)\s*$", re.MULTILINE)
MAX_BUNDLE = 2_500_000
CONTEXTS = ("config",)


def _key(call: Call) -> tuple[str, str]:
    context = call.params["context"]
    if context not in CONTEXTS:
        raise ApiError(400, f"context must be one of {', '.join(CONTEXTS)}")
    return call.params["ownerID"], context


def _bundle_json(bundle: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {name: [dict(doc)] for name, doc in sorted(bundle.items())}


def create_bundle(call: Call) -> Reply:
    store = call.store
    key = _key(call)
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    policies: dict[str, str] = dict(body.get("policies") or {})
    if sum(len(v) for v in policies.values()) > MAX_BUNDLE:
        raise ApiError(413, "Policy bundle too large")
    for name, content in policies.items():
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", name) or "package org" not in content:
            raise ApiError(400, f"policy {name!r} must have a plain name and declare 'package org'")
    current = store.policy_bundles.get(key, {})
    diff = {
        "created": sorted(set(policies) - set(current)),
        "deleted": sorted(set(current) - set(policies)),
        "modified": sorted(n for n in policies if n in current and current[n]["content"] != policies[n]),
    }
    if call.query.get("dry") == "true":
        return Reply(200, diff)
    now = rfc3339(store.now())
    store.policy_bundles[key] = {
        name: (
            current[name]
            if name in current and current[name]["content"] == content
            else {"content": content, "created_at": now, "created_by": store.user_id, "name": name}
        )
        for name, content in policies.items()
    }
    return Reply(201, diff)


def get_bundle(call: Call) -> Reply:
    return Reply(200, _bundle_json(call.store.policy_bundles.get(_key(call), {})))


def get_document(call: Call) -> Reply:
    doc = call.store.policy_bundles.get(_key(call), {}).get(call.params["policyName"])
    if doc is None:
        raise ApiError(404, "Policy not found")
    return Reply(200, dict(doc))


def _evaluate(bundle: dict[str, dict[str, Any]], text: str) -> dict[str, Any]:
    hard: list[dict[str, str]] = []
    soft: list[dict[str, str]] = []
    for name, doc in sorted(bundle.items()):
        for denied in DENY.findall(doc["content"]):
            if denied in text:
                failure = {"rule": name, "reason": f"input contains {denied!r}"}
                (hard if "hard_fail" in doc["content"] else soft).append(failure)
    status = "HARD_FAIL" if hard else "SOFT_FAIL" if soft else "PASS"
    decision: dict[str, Any] = {"status": status, "enabled_rules": sorted(bundle)}
    if hard:
        decision["hard_failures"] = hard
    if soft:
        decision["soft_failures"] = soft
    return decision


def make_decision(call: Call) -> Reply:
    store = call.store
    key = _key(call)
    if not store.decision_settings.get(key, {"enabled": True}).get("enabled", True):
        raise ApiError(400, "Policy decisions are disabled for this owner and context")
    body = call.json()
    bundle = dict(store.policy_bundles.get(key, {}))
    decision = _evaluate(bundle, body["input"])
    metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
    log = {
        "created_at": rfc3339(store.now()),
        "decision": decision,
        "id": store.new_id(),
        "metadata": {k: v for k, v in (metadata or {}).items() if k in ("build_number", "project_id", "vcs")},
        "policies": {n: hashlib.sha512(d["content"].encode()).hexdigest() for n, d in bundle.items()},
        "time_taken_ms": 3,
        "_bundle": bundle,
    }
    store.decisions.setdefault(key, []).append(log)
    return Reply(200, dict(decision))


def _log_json(log: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in log.items() if not k.startswith("_")}


def list_decisions(call: Call) -> Reply:
    logs = list(reversed(call.store.decisions.get(_key(call), [])))
    status = call.query.get("status")
    if status:
        logs = [log for log in logs if log["decision"]["status"].lower() == status.lower()]
    branch = call.query.get("branch")
    if branch:
        logs = [log for log in logs if log["metadata"].get("vcs", {}).get("branch") == branch]
    project_id = call.query.get("project_id")
    if project_id:
        logs = [log for log in logs if log["metadata"].get("project_id") == project_id]
    offset = int(call.query.get("offset") or 0)
    return Reply(200, [_log_json(log) for log in logs[max(0, offset) : max(0, offset) + 100]])


def _decision(call: Call) -> dict[str, Any]:
    for log in call.store.decisions.get(_key(call), []):
        if log["id"] == call.params["decisionID"]:
            return log
    raise ApiError(404, "Decision not found")


def get_decision(call: Call) -> Reply:
    return Reply(200, _log_json(_decision(call)))


def get_decision_bundle(call: Call) -> Reply:
    return Reply(200, _bundle_json(_decision(call)["_bundle"]))


def get_settings(call: Call) -> Reply:
    return Reply(200, dict(call.store.decision_settings.get(_key(call), {"enabled": True})))


def set_settings(call: Call) -> Reply:
    settings = call.store.decision_settings.setdefault(_key(call), {"enabled": True})
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    if "enabled" in body:
        settings["enabled"] = body["enabled"]
    return Reply(200, dict(settings))


ROUTES = (
    Route("CreatePolicyBundle", create_bundle),
    Route("GetPolicyBundle", get_bundle),
    Route("GetPolicyDocument", get_document),
    Route("MakeDecision", make_decision),
    Route("GetDecisionLogs", list_decisions),
    Route("GetDecisionLog", get_decision),
    Route("GetDecisionLogPolicyBundle", get_decision_bundle),
    Route("GetDecisionSettings", get_settings),
    Route("SetDecisionSettings", set_settings),
)
