"""The one mechanism behind every ``client.<namespace>.<method>()``.

A resource class lists operations as ``name = sync_operation(generated_module.sync)``.  Reading
``resource.name`` binds the generated function to the resource's client, keeping the generated
signature (mypy sees the real parameter names and types through ``ParamSpec``).  The resource
layer itself is generated from ``openapi/resources.json``; nothing here repeats a signature.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

if TYPE_CHECKING:
    from circleci_api._endpoint import AsyncCaller, SyncCaller

__all__ = ["AsyncResource", "SyncResource", "async_operation", "subresource", "sync_operation"]

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


class _BoundOperation(Generic[P, R]):
    """Descriptor: a generated endpoint function with its first argument (the caller) filled in."""

    __slots__ = ("function", "name")

    def __init__(self, function: Callable[..., R]) -> None:
        self.function = function
        self.name = function.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _BoundOperation[P, R]: ...

    @overload
    def __get__(self, obj: SyncResource | AsyncResource, owner: type | None = None) -> Callable[P, R]: ...

    def __get__(
        self, obj: SyncResource | AsyncResource | None, owner: type | None = None
    ) -> _BoundOperation[P, R] | Callable[P, R]:
        if obj is None:
            return self
        bound = functools.partial(self.function, obj._caller)
        functools.update_wrapper(bound, self.function)
        return bound


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
