"""Generated from the OpenAPI schema of ``UpdateWebhookRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .update_webhook_request_events_item import UpdateWebhookRequestEventsItem

__all__ = ["UpdateWebhookRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_events = _m.list_of(_m.enum_of(UpdateWebhookRequestEventsItem))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class UpdateWebhookRequest(_m.Model):
    """A ``UpdateWebhookRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``
    * ``events``: ``list[UpdateWebhookRequestEventsItem]``
    * ``url``: ``str``
    * ``signing_secret`` (``signing-secret``): ``str``
    * ``verify_tls`` (``verify-tls``): ``bool``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str | None = None
    events: list[UpdateWebhookRequestEventsItem] | None = None
    url: str | None = None
    signing_secret: str | None = None
    verify_tls: bool | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> UpdateWebhookRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", False, False)
        v1 = g("events")
        if v1 is not None:
            v1 = _C_events.parse(v1, p + ".events" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "events", p, e, False, False)
        v2 = g("url")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "url", p, e, "string", False, False)
        v3 = g("signing-secret")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "signing-secret", p, e, "string", False, False)
        v4 = g("verify-tls")
        if v4.__class__ is not bool and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "verify-tls", p, e, "boolean", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.events = v1
        o.url = v2
        o.signing_secret = v3
        o.verify_tls = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    UpdateWebhookRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("events", "events", _C_events),
        _m.FieldSpec("url", "url", _m.STRING),
        _m.FieldSpec("signing_secret", "signing-secret", _m.STRING),
        _m.FieldSpec("verify_tls", "verify-tls", _m.BOOLEAN),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
UpdateWebhookRequest._additional_ = _m.ANY
UpdateWebhookRequest._input_additional_ = None
_KEYS = UpdateWebhookRequest._keys_
