"""Generated from the OpenAPI schema of ``CheckoutKey``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .checkout_key_checkout_key_type import CheckoutKeyCheckoutKeyType

__all__ = ["CheckoutKey"]


class CheckoutKey(_m.Model):
    """A ``CheckoutKey`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    public_key: _m.Field[str] = _m.Field("public_key", _m.STRING, required=True, aliases=("public-key",))
    type: _m.Field[CheckoutKeyCheckoutKeyType] = _m.Field(
        "type", _m.enum_of(CheckoutKeyCheckoutKeyType), required=True
    )
    fingerprint: _m.Field[str] = _m.Field("fingerprint", _m.STRING, required=True)
    preferred: _m.Field[bool] = _m.Field("preferred", _m.BOOLEAN, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field(
        "created_at", _m.DATETIME, required=True, aliases=("created-at",)
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        public_key: str,
        type: CheckoutKeyCheckoutKeyType | str,
        fingerprint: str,
        preferred: bool,
        created_at: datetime.datetime | str,
    ) -> None:
        self._init(
            {
                "public_key": public_key,
                "type": type,
                "fingerprint": fingerprint,
                "preferred": preferred,
                "created_at": created_at,
            }
        )
