"""The one mechanism behind every ``client.<namespace>.<method>()``.

A resource class lists operations as ``name = sync_operation(generated_module.sync)``.  Reading
``resource.name`` binds the generated function to the resource's client, keeping the generated
signature (mypy sees the real parameter names and types through ``ParamSpec``).  The resource
layer itself is generated from ``openapi/resources.json``; nothing here repeats a signature.

A bound operation is made once per namespace and kept in ``_bound``, never in the namespace's
``__dict__``: an instance attribute would hide a subclass's method of the same name (the overlay's
``resources/`` wrap generated operations and call ``super()``) and anything ``mock.patch.object``
puts on the class, from the second read on.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, cast, overload

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


class Namespace(Protocol):
    """What ``subresource`` needs of a namespace: the caller it shares and a cache of bindings."""

    _caller: Any
    _bound: dict[object, object]


ResourceT = TypeVar("ResourceT", bound=Namespace)


class SyncResource:
    """A namespace of the synchronous client (``client.pipelines``, ``client.contexts.restrictions``…)."""

    __slots__ = ("__dict__", "_bound", "_caller")

    def __init__(self, caller: SyncCaller) -> None:
        self._caller = caller
        #: descriptor -> its operation bound to this namespace's client (see ``_BoundOperation``).
        self._bound: dict[object, object] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


class AsyncResource:
    """A namespace of the asynchronous client."""

    __slots__ = ("__dict__", "_bound", "_caller")

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller
        self._bound: dict[object, object] = {}

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
    #: How users reach it, e.g. ``pipelines.run`` (named in argument errors).
    client_method: str = ""


def _describe(function: Callable[..., object]) -> OperationDescription:
    module_name = getattr(function, "__module__", "") or ""
    module = sys.modules.get(module_name)
    endpoint = getattr(module, "ENDPOINT", None)
    http_method = getattr(endpoint, "method", "?")
    path = getattr(endpoint, "path", "?")
    operation_id = getattr(function, "__qualname__", "operation")
    client_method = ""
    try:
        from circleci_api_generated._operations import BY_MODULE

        info = BY_MODULE.get(module_name)
    except ImportError:  # pragma: no cover - the generated package ships with the overlay
        info = None
    if info is not None:
        operation_id = info.operation_id
        client_method = info.client_method
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
    return OperationDescription(operation_id, http_method, path, doc, signature, client_method)


class BoundOperation(functools.partial[Any]):
    """A generated operation bound to a client: ``client.pipelines.get`` and friends.

    Calling it calls the generated function with the client filled in.  Arguments that do not fit
    the operation raise ``TypeError`` naming the method as users call it (``pipelines.run()``), not
    the generated function, with the positional count the user sees.  ``repr`` names the
    operationId, method and path.
    """

    description: OperationDescription

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except TypeError:
            problem = self._argument_problem(args, kwargs)
            if problem is None:
                raise  # the arguments fit: the error comes from further in
            raise TypeError(problem) from None

    def _argument_problem(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        """Why ``args``/``kwargs`` do not fit the operation's signature, or None when they do."""
        d = self.description
        if d.signature is None:
            return None
        try:
            d.signature.bind(*args, **kwargs)
        except TypeError as exc:
            name = d.client_method or self.__qualname__  # type: ignore[attr-defined]
            positional = [
                p
                for p in d.signature.parameters.values()
                if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
            ]
            if len(args) > len(positional):
                plural = "" if len(positional) == 1 else "s"
                given = len(args)
                return f"{name}() takes {len(positional)} positional argument{plural} but {given} were given"
            return f"{name}() {exc}"
        return None

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
        # Cached per namespace, keyed by this descriptor and never in the instance ``__dict__``: an
        # entry there would hide a subclass's override (and a class patched by ``mock.patch``) from
        # every later attribute read.  Attribute lookup only reaches this method when this
        # descriptor is what the class (and its MRO) resolves the name to.
        cached = obj._bound.get(self)
        if cached is not None:
            return cast("Callable[P, R]", cached)
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
        obj._bound[self] = bound
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
    def __get__(self, obj: Namespace, owner: type | None = None) -> ResourceT: ...

    def __get__(self, obj: Namespace | None, owner: type | None = None) -> subresource[ResourceT] | ResourceT:
        if obj is None:
            return self
        # Kept with the bound operations (not in ``__dict__``, where it would hide overrides).
        cached = obj._bound.get(self)
        if cached is None:
            cached = self.resource_type(obj._caller)  # type: ignore[call-arg]  # same flavour as the parent
            obj._bound[self] = cached
        return cast("ResourceT", cached)
