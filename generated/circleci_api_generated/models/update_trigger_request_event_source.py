"""Generated from the OpenAPI schema of ``UpdateTriggerRequestEventSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .update_trigger_request_event_source_webhook import UpdateTriggerRequestEventSourceWebhook

__all__ = ["UpdateTriggerRequestEventSource"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_webhook = _m.model(
    "circleci_api_generated.models.update_trigger_request_event_source_webhook",
    "UpdateTriggerRequestEventSourceWebhook",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class UpdateTriggerRequestEventSource(_m.Model):
    """A ``UpdateTriggerRequestEventSource`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``webhook``: ``UpdateTriggerRequestEventSourceWebhook``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    webhook: UpdateTriggerRequestEventSourceWebhook | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> UpdateTriggerRequestEventSource:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("webhook")
        if v0.__class__ is dict:
            v0 = (_C_webhook._model or _C_webhook.model)._parse(
                v0, p + ".webhook" if e is not None else "", e
            )
        elif v0 is not None:
            v0 = _C_webhook.parse(v0, p + ".webhook" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "webhook", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.webhook = v0
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    UpdateTriggerRequestEventSource,
    (_m.FieldSpec("webhook", "webhook", _C_webhook),),
)
_KEYS = UpdateTriggerRequestEventSource._keys_
