"""Generated from the OpenAPI schema of ``Webhook``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .webhook_events_item import WebhookEventsItem

if TYPE_CHECKING:
    from .webhook_scope import WebhookScope

__all__ = ["Webhook"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_scope = _m.model("circleci_api_generated.models.webhook_scope", "WebhookScope")
_C_events = _m.list_of(_m.enum_of(WebhookEventsItem))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Webhook(_m.Model):
    """A ``Webhook`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``url``: ``str``, required
    * ``verify_tls`` (``verify-tls``): ``bool``, required
    * ``id``: ``str``, required
    * ``signing_secret`` (``signing-secret``): ``str``, required
    * ``updated_at`` (``updated-at``): ``datetime.datetime``, required
    * ``name``: ``str``, required
    * ``created_at`` (``created-at``): ``datetime.datetime``, required
    * ``scope``: ``WebhookScope``, required
    * ``events``: ``list[WebhookEventsItem]``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    url: str
    verify_tls: bool
    id: str
    signing_secret: str
    updated_at: datetime.datetime
    name: str
    created_at: datetime.datetime
    scope: WebhookScope
    events: list[WebhookEventsItem]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Webhook:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("url")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "url", p, e, "string", True, False)
        v1 = g("verify-tls")
        if v1.__class__ is not bool and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "verify-tls", p, e, "boolean", True, False)
        v2 = g("id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "id", p, e, "string", True, False)
        v3 = g("signing-secret")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "signing-secret", p, e, "string", True, False)
        v4 = g("updated-at")
        if v4.__class__ is str:
            try:
                v4 = _fromiso(v4)
            except ValueError:
                v4 = _m.bad_datetime(v4, p, "updated-at", e)
            else:
                if e is not None and v4.tzinfo is None:
                    _m.naive_datetime(g("updated-at"), p, "updated-at", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(v4, d, "updated-at", p, e, "date-time string", True, False)
        v5 = g("name")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "name", p, e, "string", True, False)
        v6 = g("created-at")
        if v6.__class__ is str:
            try:
                v6 = _fromiso(v6)
            except ValueError:
                v6 = _m.bad_datetime(v6, p, "created-at", e)
            else:
                if e is not None and v6.tzinfo is None:
                    _m.naive_datetime(g("created-at"), p, "created-at", e)
        elif v6 is not None or e is not None:
            v6 = _m.bad(v6, d, "created-at", p, e, "date-time string", True, False)
        v7 = g("scope")
        if v7.__class__ is dict:
            v7 = (_C_scope._model or _C_scope.model)._parse(v7, p + ".scope" if e is not None else "", e)
        elif v7 is not None:
            v7 = _C_scope.parse(v7, p + ".scope" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "scope", p, e, True, False)
        v8 = g("events")
        if v8 is not None:
            v8 = _C_events.parse(v8, p + ".events" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "events", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.url = v0
        o.verify_tls = v1
        o.id = v2
        o.signing_secret = v3
        o.updated_at = v4
        o.name = v5
        o.created_at = v6
        o.scope = v7
        o.events = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Webhook,
    (
        _m.FieldSpec("url", "url", _m.STRING, required=True),
        _m.FieldSpec("verify_tls", "verify-tls", _m.BOOLEAN, required=True),
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("signing_secret", "signing-secret", _m.STRING, required=True),
        _m.FieldSpec("updated_at", "updated-at", _m.DATETIME, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("created_at", "created-at", _m.DATETIME, required=True),
        _m.FieldSpec("scope", "scope", _C_scope, required=True),
        _m.FieldSpec("events", "events", _C_events, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Webhook._additional_ = _m.ANY
Webhook._input_additional_ = None
_KEYS = Webhook._keys_
