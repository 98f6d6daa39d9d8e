"""Scheduled pipelines of a project, with timetables checked the way CircleCI checks them."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._api_user import FAKE_LOGIN
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, rfc3339

__all__ = ["ROUTES", "check_timetable"]

MAX_PER_HOUR = 60


def check_timetable(timetable: dict[str, Any]) -> None:
    """Raise ApiError(400) for a timetable CircleCI refuses: per-hour 1-60, hours 0-23, days of the
    month 1-31, at least one hour, and days of the week or of the month, without repeats."""
    per_hour = timetable.get("per-hour")
    if not isinstance(per_hour, int) or not 1 <= per_hour <= MAX_PER_HOUR:
        raise ApiError(400, f"timetable.per-hour must be between 1 and {MAX_PER_HOUR}")
    hours = timetable.get("hours-of-day") or []
    if not hours or any(not 0 <= h <= 23 for h in hours) or len(set(hours)) != len(hours):
        raise ApiError(400, "timetable.hours-of-day must list distinct hours between 0 and 23")
    days = timetable.get("days-of-month") or []
    if any(not 1 <= d <= 31 for d in days) or len(set(days)) != len(days):
        raise ApiError(400, "timetable.days-of-month must list distinct days between 1 and 31")
    weekdays = timetable.get("days-of-week") or []
    if len(set(weekdays)) != len(weekdays):
        raise ApiError(400, "timetable.days-of-week must not repeat a day")
    if not days and not weekdays:
        raise ApiError(400, "timetable needs days-of-week or days-of-month")


def _schedule_json(schedule: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in schedule.items() if not key.startswith("_")}


def list_schedules(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    items = [_schedule_json(s) for s in call.store.schedules.values() if s["_project"] is project]
    return Reply(200, call.page(items))


def create_schedule(call: Call) -> Reply:
    store = call.store
    project = store.project_by_slug(call.params["project-slug"])
    body = call.json()
    check_timetable(body["timetable"])
    if not body["name"].strip():
        raise ApiError(400, "name must not be empty")
    if any(s["_project"] is project and s["name"] == body["name"] for s in store.schedules.values()):
        raise ApiError(400, f"A schedule named {body['name']!r} already exists")
    now = rfc3339(store.now())
    actor_id = store.user_id if body["attribution-actor"] == "current" else store.new_id()
    login = FAKE_LOGIN if body["attribution-actor"] == "current" else "system-actor"
    schedule = {
        "id": store.new_id(),
        "timetable": dict(body["timetable"]),
        "updated-at": now,
        "name": body["name"],
        "created-at": now,
        "project-slug": project.slug,
        "parameters": dict(body["parameters"]),
        "actor": {"avatar_url": None, "id": actor_id, "login": login, "name": login},
        "description": body.get("description"),
        "_project": project,
    }
    store.schedules[schedule["id"]] = schedule
    return Reply(201, _schedule_json(schedule))


def _schedule(call: Call) -> dict[str, Any]:
    schedule = call.store.schedules.get(call.params["schedule-id"])
    if schedule is None:
        raise ApiError(404, "Schedule not found")
    return schedule


def get_schedule(call: Call) -> Reply:
    return Reply(200, _schedule_json(_schedule(call)))


def update_schedule(call: Call) -> Reply:
    schedule = _schedule(call)
    body = call.json()
    timetable = {**schedule["timetable"], **body.get("timetable", {})}
    check_timetable(timetable)
    if "name" in body and not body["name"].strip():
        raise ApiError(400, "name must not be empty")
    schedule["timetable"] = timetable
    for key in ("name", "description", "parameters"):
        if key in body:
            schedule[key] = body[key]
    schedule["updated-at"] = rfc3339(call.store.now())
    return Reply(200, _schedule_json(schedule))


def delete_schedule(call: Call) -> Reply:
    schedule = _schedule(call)
    del call.store.schedules[schedule["id"]]
    return Reply(200, {"message": "Schedule deleted."})


ROUTES = (
    Route("listSchedulesForProject", list_schedules),
    Route("createSchedule", create_schedule),
    Route("getScheduleById", get_schedule),
    Route("updateSchedule", update_schedule),
    Route("deleteScheduleById", delete_schedule),
)
