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
_C_events = _m.list_of(_m.enum_of(WebhookEventsItem))
_C_scope = _m.model("circleci_api_generated.models.webhook_scope", "WebhookScope")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Webhook(_m.Model):
    """A ``Webhook`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``name``: ``str``, required
    * ``url``: ``str``, required
    * ``verify_tls``: ``bool``, required
    * ``signing_secret``: ``str``, required
    * ``events``: ``list[WebhookEventsItem]``, required
    * ``scope``: ``WebhookScope``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``updated_at``: ``datetime.datetime``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    name: str
    url: str
    verify_tls: bool
    signing_secret: str
    events: list[WebhookEventsItem]
    scope: WebhookScope
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Webhook:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", True, False)
        v2 = g("url")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "url", p, e, "string", True, False)
        v3 = g("verify_tls")
        if v3 is None and "verify_tls" not in d:
            v3 = g("verify-tls")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(
                v3,
                d,
                (
                    "verify_tls",
                    "verify-tls",
                ),
                p,
                e,
                "boolean",
                True,
                False,
            )
        v4 = g("signing_secret")
        if v4 is None and "signing_secret" not in d:
            v4 = g("signing-secret")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(
                v4,
                d,
                (
                    "signing_secret",
                    "signing-secret",
                ),
                p,
                e,
                "string",
                True,
                False,
            )
        v5 = g("events")
        if v5 is not None:
            v5 = _C_events.parse(v5, p + ".events" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "events", p, e, True, False)
        v6 = g("scope")
        if v6.__class__ is dict:
            v6 = (_C_scope._model or _C_scope.model)._parse(v6, p + ".scope" if e is not None else "", e)
        elif v6 is not None:
            v6 = _C_scope.parse(v6, p + ".scope" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "scope", p, e, True, False)
        v7 = g("created_at")
        if v7 is None and "created_at" not in d:
            v7 = g("created-at")
        if v7.__class__ is str:
            try:
                v7 = _fromiso(v7)
            except ValueError:
                v7 = _m.bad_datetime(v7, p, "created_at", e)
            else:
                if e is not None and v7.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v7 is not None or e is not None:
            v7 = _m.bad(
                v7,
                d,
                (
                    "created_at",
                    "created-at",
                ),
                p,
                e,
                "date-time string",
                True,
                False,
            )
        v8 = g("updated_at")
        if v8 is None and "updated_at" not in d:
            v8 = g("updated-at")
        if v8.__class__ is str:
            try:
                v8 = _fromiso(v8)
            except ValueError:
                v8 = _m.bad_datetime(v8, p, "updated_at", e)
            else:
                if e is not None and v8.tzinfo is None:
                    _m.naive_datetime(g("updated_at"), p, "updated_at", e)
        elif v8 is not None or e is not None:
            v8 = _m.bad(
                v8,
                d,
                (
                    "updated_at",
                    "updated-at",
                ),
                p,
                e,
                "date-time string",
                True,
                False,
            )
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.name = v1
        o.url = v2
        o.verify_tls = v3
        o.signing_secret = v4
        o.events = v5
        o.scope = v6
        o.created_at = v7
        o.updated_at = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Webhook,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("url", "url", _m.STRING, required=True),
        _m.FieldSpec("verify_tls", "verify_tls", _m.BOOLEAN, required=True, aliases=("verify-tls",)),
        _m.FieldSpec(
            "signing_secret", "signing_secret", _m.STRING, required=True, aliases=("signing-secret",)
        ),
        _m.FieldSpec("events", "events", _C_events, required=True),
        _m.FieldSpec("scope", "scope", _C_scope, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True, aliases=("created-at",)),
        _m.FieldSpec("updated_at", "updated_at", _m.DATETIME, required=True, aliases=("updated-at",)),
    ),
)
_KEYS = Webhook._keys_
