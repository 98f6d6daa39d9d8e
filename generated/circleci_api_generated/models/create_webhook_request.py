"""Generated from the OpenAPI schema of ``CreateWebhookRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_webhook_request_events_item import CreateWebhookRequestEventsItem

if TYPE_CHECKING:
    from .create_webhook_request_scope import CreateWebhookRequestScope

__all__ = ["CreateWebhookRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_events = _m.list_of(_m.enum_of(CreateWebhookRequestEventsItem))
_C_scope = _m.model("circleci_api_generated.models.create_webhook_request_scope", "CreateWebhookRequestScope")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateWebhookRequest(_m.Model):
    """A ``CreateWebhookRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``events``: ``list[CreateWebhookRequestEventsItem]``, required
    * ``url``: ``str``, required
    * ``verify_tls`` (``verify-tls``): ``bool``, required
    * ``signing_secret`` (``signing-secret``): ``str``, required
    * ``scope``: ``CreateWebhookRequestScope``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    events: list[CreateWebhookRequestEventsItem]
    url: str
    verify_tls: bool
    signing_secret: str
    scope: CreateWebhookRequestScope
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateWebhookRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("events")
        if v1 is not None:
            v1 = _C_events.parse(v1, p + ".events" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "events", p, e, True, False)
        v2 = g("url")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "url", p, e, "string", True, False)
        v3 = g("verify-tls")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "verify-tls", p, e, "boolean", True, False)
        v4 = g("signing-secret")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "signing-secret", p, e, "string", True, False)
        v5 = g("scope")
        if v5.__class__ is dict:
            v5 = (_C_scope._model or _C_scope.model)._parse(v5, p + ".scope" if e is not None else "", e)
        elif v5 is not None:
            v5 = _C_scope.parse(v5, p + ".scope" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "scope", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.events = v1
        o.url = v2
        o.verify_tls = v3
        o.signing_secret = v4
        o.scope = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateWebhookRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("events", "events", _C_events, required=True),
        _m.FieldSpec("url", "url", _m.STRING, required=True),
        _m.FieldSpec("verify_tls", "verify-tls", _m.BOOLEAN, required=True),
        _m.FieldSpec("signing_secret", "signing-secret", _m.STRING, required=True),
        _m.FieldSpec("scope", "scope", _C_scope, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
CreateWebhookRequest._additional_ = _m.ANY
CreateWebhookRequest._input_additional_ = None
_KEYS = CreateWebhookRequest._keys_
