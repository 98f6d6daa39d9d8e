"""The calling user and the organizations it belongs to."""

from __future__ import annotations

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError

__all__ = ["FAKE_LOGIN", "ROUTES"]

FAKE_LOGIN = "fake-user"


def current_user(call: Call) -> Reply:
    user = {"avatar_url": None, "id": call.store.user_id, "login": FAKE_LOGIN, "name": "Fake User"}
    return Reply(200, user)


def collaborations(call: Call) -> Reply:
    items = [
        {
            "id": org.id,
            "vcs_type": org.vcs,
            "name": org.name,
            "avatar_url": f"{call.files_base}/_fake/avatars/{org.id}.png",
            "slug": org.slug,
        }
        for org in call.store.orgs.values()
    ]
    return Reply(200, items)


def get_user(call: Call) -> Reply:
    if call.params["id"] != call.store.user_id:
        raise ApiError(404, "User not found")
    return current_user(call)


ROUTES = (
    Route("getUser", get_user),
    Route("getCurrentUser", current_user),
    Route("getCollaborations", collaborations),
)
