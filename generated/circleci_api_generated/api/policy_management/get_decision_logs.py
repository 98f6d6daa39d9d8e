"""GET /owner/{owner_id}/context/{context}/decision"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.decision_log import DecisionLog

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/owner/{owner_id}/context/{context}/decision",
    responses={
        200: _m.list_of(_m.model("circleci_api_generated.models.decision_log", "DecisionLog")),
    },
    list_items="",
)


def _request(
    owner_id: str,
    context: str,
    *,
    status: str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    branch: str | None | Unset = UNSET,
    project_id: str | None | Unset = UNSET,
    build_number: str | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "owner_id": owner_id,
            "context": context,
        },
        query=_e.query_params(
            {
                "status": status,
                "after": after,
                "before": before,
                "branch": branch,
                "project_id": project_id,
                "build_number": build_number,
                "offset": offset,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    owner_id: str,
    context: str,
    *,
    status: str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    branch: str | None | Unset = UNSET,
    project_id: str | None | Unset = UNSET,
    build_number: str | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> list[DecisionLog]:
    """Retrieves the owner's decision audit logs.

    GET /owner/{owner_id}/context/{context}/decision

    Args:
        owner_id (str): required, path.
        context (str): required, path.
        status (str): optional, query status; None or leaving it out omits it.
        after (datetime.datetime | str): optional, query after; None or leaving it out omits it.
        before (datetime.datetime | str): optional, query before; None or leaving it out omits it.
        branch (str): optional, query branch; None or leaving it out omits it.
        project_id (str): optional, query project_id; None or leaving it out omits it.
        build_number (str): optional, query build_number; None or leaving it out omits it.
        offset (int): optional, query offset; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``list[DecisionLog]``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "list[DecisionLog]",
        caller.call(
            ENDPOINT,
            _request(
                owner_id,
                context,
                status=status,
                after=after,
                before=before,
                branch=branch,
                project_id=project_id,
                build_number=build_number,
                offset=offset,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    owner_id: str,
    context: str,
    *,
    status: str | None | Unset = UNSET,
    after: datetime.datetime | str | None | Unset = UNSET,
    before: datetime.datetime | str | None | Unset = UNSET,
    branch: str | None | Unset = UNSET,
    project_id: str | None | Unset = UNSET,
    build_number: str | None | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, list[DecisionLog]]:
    """Retrieves the owner's decision audit logs.

    GET /owner/{owner_id}/context/{context}/decision

    Args:
        owner_id (str): required, path.
        context (str): required, path.
        status (str): optional, query status; None or leaving it out omits it.
        after (datetime.datetime | str): optional, query after; None or leaving it out omits it.
        before (datetime.datetime | str): optional, query before; None or leaving it out omits it.
        branch (str): optional, query branch; None or leaving it out omits it.
        project_id (str): optional, query project_id; None or leaving it out omits it.
        build_number (str): optional, query build_number; None or leaving it out omits it.
        offset (int): optional, query offset; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``list[DecisionLog]``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, list[DecisionLog]]",
        caller.call(
            ENDPOINT,
            _request(
                owner_id,
                context,
                status=status,
                after=after,
                before=before,
                branch=branch,
                project_id=project_id,
                build_number=build_number,
                offset=offset,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
