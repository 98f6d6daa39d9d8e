"""The one mechanism behind every ``client.<namespace>.<method>()``.

A resource class lists operations as ``name = sync_operation(generated_module.sync)``.  Reading
``resource.name`` binds the generated function to the resource's client, keeping the generated
signature (mypy sees the real parameter names and types through ``ParamSpec``).  The resource
layer itself is generated from ``openapi/resources.json``; nothing here repeats a signature.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

if TYPE_CHECKING:
    from circleci_api._endpoint import AsyncCaller, SyncCaller

__all__ = [
    "AsyncResource",
    "BoundOperation",
    "OperationDescription",
    "SyncResource",
    "async_operation",
    "subresource",
    "sync_operation",
]

P = ParamSpec("P")
R = TypeVar("R")
ResourceT = TypeVar("ResourceT", bound="SyncResource | AsyncResource")


class SyncResource:
    """A namespace of the synchronous client (``client.pipelines``, ``client.contexts.restrictions``…)."""

    __slots__ = ("__dict__", "_caller")

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


class AsyncResource:
    """A namespace of the asynchronous client."""

    __slots__ = ("__dict__", "_caller")

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


@dataclass(frozen=True)
class OperationDescription:
    """What a bound operation shows in ``repr`` and ``help()``."""

    operation_id: str
    http_method: str
    path: str
    doc: str
    signature: inspect.Signature | None


def _describe(function: Callable[..., object]) -> OperationDescription:
    module_name = getattr(function, "__module__", "") or ""
    module = sys.modules.get(module_name)
    endpoint = getattr(module, "ENDPOINT", None)
    http_method = getattr(endpoint, "method", "?")
    path = getattr(endpoint, "path", "?")
    operation_id = getattr(function, "__qualname__", "operation")
    try:
        from circleci_api_generated._operations import BY_MODULE

        info = BY_MODULE.get(module_name)
    except ImportError:  # pragma: no cover - the generated package ships with the overlay
        info = None
    if info is not None:
        operation_id = info.operation_id
    summary = inspect.cleandoc(function.__doc__ or "")
    try:
        full = inspect.signature(function)
    except (TypeError, ValueError):  # pragma: no cover - generated functions always have one
        signature = None
    else:
        # Drop the first parameter: the client the operation is bound to.
        signature = full.replace(parameters=list(full.parameters.values())[1:])
    doc = f"{operation_id}: {http_method} {path}"
    if summary:
        doc = f"{summary}\n\n{doc}"
    if signature is not None:
        # help() on a bound operation shows its docstring; put the call's signature first.
        doc = f"Signature: {signature}\n\n{doc}"
    return OperationDescription(operation_id, http_method, path, doc, signature)


class BoundOperation(functools.partial[Any]):
    """A generated operation bound to a client: ``client.pipelines.get`` and friends.

    Calling it calls the generated function with the client filled in (``partial`` adds no Python
    frame, so warnings point at the caller's line).  ``repr`` names the operationId, method and path.
    """

    description: OperationDescription

    def __repr__(self) -> str:
        d = self.description
        return f"<bound operation {d.operation_id}: {d.http_method} {d.path}>"


class _BoundOperation(Generic[P, R]):
    """Descriptor: a generated endpoint function with its first argument (the caller) filled in."""

    __slots__ = ("_description", "function", "name")

    def __init__(self, function: Callable[..., R]) -> None:
        self.function = function
        self.name = function.__name__
        self._description: OperationDescription | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @property
    def description(self) -> OperationDescription:
        """operationId, HTTP method, path, docstring and signature (worked out on first use)."""
        if self._description is None:
            self._description = _describe(self.function)
        return self._description

    def __repr__(self) -> str:
        d = self.description
        return f"<operation {d.operation_id}: {d.http_method} {d.path}>"

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _BoundOperation[P, R]: ...

    @overload
    def __get__(self, obj: SyncResource | AsyncResource, owner: type | None = None) -> Callable[P, R]: ...

    def __get__(
        self, obj: SyncResource | AsyncResource | None, owner: type | None = None
    ) -> _BoundOperation[P, R] | Callable[P, R]:
        if obj is None:
            return self
        description = self.description
        bound = BoundOperation(self.function, obj._caller)
        bound.description = description
        bound.__doc__ = description.doc
        bound.__name__ = self.name  # type: ignore[attr-defined]
        bound.__qualname__ = f"{type(obj).__name__}.{self.name}"  # type: ignore[attr-defined]
        bound.__module__ = type(obj).__module__
        bound.__wrapped__ = self.function  # type: ignore[attr-defined]
        if description.signature is not None:
            bound.__signature__ = description.signature  # type: ignore[attr-defined]
        # Cache on the instance: the descriptor is not a data descriptor, so later reads skip it.
        obj.__dict__[self.name] = bound
        return cast("Callable[P, R]", bound)


def sync_operation(function: Callable[Concatenate[SyncCaller, P], R]) -> _BoundOperation[P, R]:
    """Expose a generated ``sync`` function as a method of a sync resource."""
    return _BoundOperation(function)


def async_operation(
    function: Callable[Concatenate[AsyncCaller, P], R],
) -> _BoundOperation[P, R]:
    """Expose a generated ``asyncio`` function (a coroutine function, or a paginator factory)."""
    return _BoundOperation(function)


class subresource(Generic[ResourceT]):
    """Descriptor for a nested namespace, created once per parent instance."""

    def __init__(self, resource_type: type[ResourceT]) -> None:
        self.resource_type = resource_type
        self.name = resource_type.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> subresource[ResourceT]: ...

    @overload
    def __get__(self, obj: SyncResource | AsyncResource, owner: type | None = None) -> ResourceT: ...

    def __get__(
        self, obj: SyncResource | AsyncResource | None, owner: type | None = None
    ) -> subresource[ResourceT] | ResourceT:
        if obj is None:
            return self
        cached = obj.__dict__.get(self.name)
        if cached is None:
            cached = self.resource_type(obj._caller)  # type: ignore[arg-type]  # same flavour as the parent
            obj.__dict__[self.name] = cached
        return cast("ResourceT", cached)
