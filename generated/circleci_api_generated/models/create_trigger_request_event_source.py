"""Generated from the OpenAPI schema of ``CreateTriggerRequestEventSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .create_trigger_request_event_source_repo import CreateTriggerRequestEventSourceRepo
    from .create_trigger_request_event_source_webhook import CreateTriggerRequestEventSourceWebhook

__all__ = ["CreateTriggerRequestEventSource"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_repo = _m.model(
    "circleci_api_generated.models.create_trigger_request_event_source_repo",
    "CreateTriggerRequestEventSourceRepo",
)
_C_webhook = _m.model(
    "circleci_api_generated.models.create_trigger_request_event_source_webhook",
    "CreateTriggerRequestEventSourceWebhook",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateTriggerRequestEventSource(_m.Model):
    """A ``CreateTriggerRequestEventSource`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``provider``: ``str``, required
    * ``repo``: ``CreateTriggerRequestEventSourceRepo``
    * ``webhook``: ``CreateTriggerRequestEventSourceWebhook``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    provider: str
    repo: CreateTriggerRequestEventSourceRepo | None = None
    webhook: CreateTriggerRequestEventSourceWebhook | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> CreateTriggerRequestEventSource:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("provider")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "provider", p, e, "string", True, False)
        v1 = g("repo")
        if v1.__class__ is dict:
            v1 = (_C_repo._model or _C_repo.model)._parse(v1, p + ".repo" if e is not None else "", e)
        elif v1 is not None:
            v1 = _C_repo.parse(v1, p + ".repo" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "repo", p, e, False, False)
        v2 = g("webhook")
        if v2.__class__ is dict:
            v2 = (_C_webhook._model or _C_webhook.model)._parse(
                v2, p + ".webhook" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_webhook.parse(v2, p + ".webhook" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "webhook", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.provider = v0
        o.repo = v1
        o.webhook = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateTriggerRequestEventSource,
    (
        _m.FieldSpec("provider", "provider", _m.STRING, required=True),
        _m.FieldSpec("repo", "repo", _C_repo),
        _m.FieldSpec("webhook", "webhook", _C_webhook),
    ),
)
_KEYS = CreateTriggerRequestEventSource._keys_
