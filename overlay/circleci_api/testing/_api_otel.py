"""OpenTelemetry exporters of an organization: create, list (one page, ``org-id`` query), delete.

Header values are never echoed back: answers show each header name with ``xxxx``.
"""

from __future__ import annotations

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError

__all__ = ["ROUTES"]


def list_exporters(call: Call) -> Reply:
    org = call.store.org(call.query.get("org-id") or "")
    return Reply(200, [dict(e) for e in call.store.otel_exporters.values() if e["org_id"] == org.id])


def create_exporter(call: Call) -> Reply:
    store = call.store
    body = call.json()
    org = store.org(body["org_id"])
    endpoint = body["endpoint"]
    if not endpoint.strip() or " " in endpoint:
        raise ApiError(400, "endpoint must be a host:port or URL")
    exporter = {
        "id": store.new_id(),
        "org_id": org.id,
        "endpoint": endpoint,
        "protocol": body["protocol"],
        "insecure": bool(body.get("insecure", False)),
        "headers": dict.fromkeys(body.get("headers") or {}, "xxxx"),
        "issues": [],
    }
    store.otel_exporters[exporter["id"]] = exporter
    return Reply(201, dict(exporter))


def delete_exporter(call: Call) -> Reply:
    if call.store.otel_exporters.pop(call.params["otel_exporter_id"], None) is None:
        raise ApiError(404, "OTel exporter not found")
    return Reply(204, None)


ROUTES = (
    Route("listOtelExporters", list_exporters),
    Route("createOtelExporter", create_exporter),
    Route("deleteOtelExporter", delete_exporter),
)
