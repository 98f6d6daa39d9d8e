"""Receive CircleCI's outbound webhooks: check the signature, then read the event.

    from circleci_api.webhooks import parse_event

    event = parse_event(raw_body, request_headers, secret=SIGNING_SECRET)
    if isinstance(event, WorkflowCompletedEvent) and event.workflow.status == "failed":
        client.workflows.rerun(event.workflow_id, from_failed=True)

Pass the body exactly as it arrived (bytes): the signature covers those bytes, and JSON that was
decoded and encoded again no longer matches.  Nothing here needs a web framework.

Events are parsed leniently, like the API's models: a missing or mistyped key reads as ``None``,
unknown keys stay in ``additional_properties``, unknown statuses become open-enum values
(``is_known`` False) and unknown event types give a plain ``WebhookEvent``.  Only a body that is not
a JSON object raises (``WebhookPayloadError``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, Self, cast

import attrs

from circleci_api._base_error import CircleCIError
from circleci_api._models import OpenEnum

__all__ = [
    "EVENT_TYPE_HEADER",
    "SIGNATURE_HEADER",
    "Deduplicator",
    "EventCommit",
    "EventJob",
    "EventOrganization",
    "EventPerson",
    "EventPipeline",
    "EventProject",
    "EventTrigger",
    "EventVcs",
    "EventWebhook",
    "EventWorkflow",
    "JobCompletedEvent",
    "JobEventStatus",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WorkflowCompletedEvent",
    "WorkflowEventStatus",
    "parse_event",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER = "Circleci-Signature"
EVENT_TYPE_HEADER = "Circleci-Event-Type"
_DIGEST_HEX_CHARS = 64  # SHA-256
_HEX = frozenset("0123456789abcdef")


class WebhookSignatureError(CircleCIError):
    """The request's ``Circleci-Signature`` does not prove it came from CircleCI: the header is
    missing or empty, has no ``v1`` entry, its value is not 64 hex digits, or the digest differs.

    Answer such a request with 400 or 401 and do not act on its body.  The message never contains
    the secret or the expected digest.
    """


class WebhookPayloadError(CircleCIError, ValueError):
    """The body is not a JSON object (empty, not UTF-8, malformed JSON, or another JSON value)."""


# --------------------------------------------------------------------------- signatures


def _key(secret: str | bytes) -> bytes:
    key = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    if not key:
        raise WebhookSignatureError("the signing secret is empty; give the webhook's signing secret")
    return key


def _raw(body: bytes | str) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise TypeError(f"body must be the raw request body as bytes, got {type(body).__name__}")


def sign(body: bytes, secret: str | bytes) -> str:
    """The ``Circleci-Signature`` value CircleCI sends for ``body``: ``v1=`` and the lowercase hex
    HMAC-SHA256 of the bytes keyed with ``secret``.  For tests of receivers (the fake uses it too).

    Raises ``WebhookSignatureError`` for an empty secret.
    """
    digest = hmac.new(_key(secret), _raw(body), hashlib.sha256).hexdigest()
    return f"v1={digest}"


def verify_signature(body: bytes, signature: str | None, secret: str | bytes) -> None:
    """Check that ``signature`` (the ``Circleci-Signature`` header) signs ``body`` with ``secret``.

    ``body`` must be the raw bytes of the request.  The header lists versioned entries separated
    by commas (``v1=<hex>,v2=...``); only ``v1`` entries are checked (HMAC-SHA256, compared in
    constant time), other versions are ignored, and one matching ``v1`` entry is enough.

    Returns None when the signature is valid.  Raises ``WebhookSignatureError`` when the header is
    missing or empty, has no ``v1`` entry, a ``v1`` value is not 64 hex digits, or no digest matches;
    and for an empty secret.  Raises ``TypeError`` when ``body`` is not bytes.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"body must be the raw request body as bytes, got {type(body).__name__}")
    key = _key(secret)
    if signature is None or not signature.strip():
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is missing or empty")
    versions: list[str] = []
    candidates: list[str] = []
    for entry in signature.split(","):
        version, _, value = entry.strip().partition("=")
        version = version.strip()
        versions.append(version or "''")
        if version == "v1":
            candidates.append(value.strip())
    if not candidates:
        shown = ", ".join(sorted(set(versions)))[:80]
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header has no v1 entry (found: {shown})")
    well_formed = [c.lower() for c in candidates if len(c) == _DIGEST_HEX_CHARS and set(c.lower()) <= _HEX]
    if not well_formed:
        lengths = ", ".join(str(len(c)) for c in candidates)
        raise WebhookSignatureError(
            f"the v1 signature is not {_DIGEST_HEX_CHARS} hexadecimal digits (got {lengths} characters)"
        )
    expected = hmac.new(key, bytes(body), hashlib.sha256).hexdigest().encode("ascii")
    matched = False
    for candidate in well_formed:  # every entry is compared, so timing does not tell which one matched
        matched |= hmac.compare_digest(expected, candidate.encode("ascii"))
    if not matched:
        raise WebhookSignatureError(
            "the v1 signature does not match the body: wrong signing secret, or the body was changed "
            "(verify the raw bytes, not re-serialised JSON)"
        )


# --------------------------------------------------------------------------- lenient conversion

_Load = Callable[[Any], Any]


def _string(raw: Any) -> str | None:
    return raw if isinstance(raw, str) else None


def _integer(raw: Any) -> int | None:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else None


def _time(raw: Any) -> _dt.datetime | None:
    """An aware datetime (a time without offset is read as UTC), or None when unreadable."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    try:
        value = _dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            from dateutil import parser as _dateutil_parser

            value = _dateutil_parser.isoparse(text)
        except (ValueError, OverflowError):
            return None
    return value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)


def _mapping(raw: Any) -> dict[str, Any] | None:
    return dict(raw) if isinstance(raw, Mapping) else None


def _enum(enum_type: type[OpenEnum]) -> _Load:
    def load(raw: Any) -> Any:
        return enum_type(raw) if isinstance(raw, str) else None

    return load


def _part(part_type: type[_Part]) -> _Load:
    def load(raw: Any) -> Any:
        return part_type.from_dict(raw) if isinstance(raw, Mapping) else None

    return load


def _loaded_by(load: _Load) -> dict[str, _Load]:
    """Field metadata: the attribute is filled from the JSON key of the same name by ``load``."""
    return {"load": load}


class _Part:
    """Base of every event class: ``from_dict`` fills each keyed field leniently, keeps the rest."""

    __slots__ = ()

    raw_json: dict[str, Any]
    additional_properties: dict[str, Any]

    @classmethod
    def _values(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field in attrs.fields(cast(Any, cls)):
            load = field.metadata.get("load")
            if load is not None:
                values[field.name] = load(data.get(field.name))
        known = set(values)
        values["additional_properties"] = {k: v for k, v in data.items() if k not in known}
        values["raw_json"] = dict(data)
        return values

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from decoded JSON, leniently: never raises for missing, mistyped or extra keys."""
        return cls(**cls._values(data if isinstance(data, Mapping) else {}))


# --------------------------------------------------------------------------- statuses


class WorkflowEventStatus(OpenEnum):
    """The terminal status a ``workflow-completed`` event reports."""

    SUCCESS = "success"
    FAILED = "failed"
    ERROR = "error"
    CANCELED = "canceled"
    UNAUTHORIZED = "unauthorized"


class JobEventStatus(OpenEnum):
    """The terminal status a ``job-completed`` event reports."""

    SUCCESS = "success"
    FAILED = "failed"
    CANCELED = "canceled"
    UNAUTHORIZED = "unauthorized"
    INFRASTRUCTURE_FAIL = "infrastructure_fail"
    TIMEDOUT = "timedout"


# --------------------------------------------------------------------------- event parts


@attrs.define(kw_only=True)
class EventWebhook(_Part):
    """The webhook this delivery is for (``id``, ``name``)."""

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventProject(_Part):
    """The project: ``id``, ``slug`` (``gh/acme/api`` or ``circleci/<org-id>/<project-id>``), ``name``."""

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    slug: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventOrganization(_Part):
    """The organization: ``id`` and ``name``."""

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventWorkflow(_Part):
    """The workflow; ``stopped_at`` may be None; ``url`` links to the web app."""

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    status: WorkflowEventStatus | None = attrs.field(
        default=None, metadata=_loaded_by(_enum(WorkflowEventStatus))
    )
    created_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    stopped_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    url: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventJob(_Part):
    """The job of a ``job-completed`` event; ``number`` is what ``client.jobs.get`` takes."""

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    number: int | None = attrs.field(default=None, metadata=_loaded_by(_integer))
    name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    status: JobEventStatus | None = attrs.field(default=None, metadata=_loaded_by(_enum(JobEventStatus)))
    started_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    stopped_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventTrigger(_Part):
    """What started the pipeline: ``type`` is e.g. ``webhook``, ``explicit``, ``api``, ``schedule``."""

    type: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventPerson(_Part):
    """A commit author or committer."""

    name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    email: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventCommit(_Part):
    """The commit of a ``vcs`` pipeline."""

    subject: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    body: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    author: EventPerson | None = attrs.field(default=None, metadata=_loaded_by(_part(EventPerson)))
    authored_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    committer: EventPerson | None = attrs.field(default=None, metadata=_loaded_by(_part(EventPerson)))
    committed_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventVcs(_Part):
    """Version control facts of a GitHub OAuth or Bitbucket pipeline; ``branch`` or ``tag`` is set."""

    provider_name: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    origin_repository_url: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    target_repository_url: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    revision: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    branch: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    tag: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    commit: EventCommit | None = attrs.field(default=None, metadata=_loaded_by(_part(EventCommit)))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.define(kw_only=True)
class EventPipeline(_Part):
    """The pipeline.  GitHub OAuth and Bitbucket pipelines have ``vcs``; GitLab, GitHub App and other
    integrations have ``trigger_parameters`` instead, a map of maps (``circleci``, ``git``, and one
    per provider such as ``gitlab`` or ``github_app``), kept as decoded JSON.
    """

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    number: int | None = attrs.field(default=None, metadata=_loaded_by(_integer))
    created_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    trigger: EventTrigger | None = attrs.field(default=None, metadata=_loaded_by(_part(EventTrigger)))
    vcs: EventVcs | None = attrs.field(default=None, metadata=_loaded_by(_part(EventVcs)))
    trigger_parameters: dict[str, Any] | None = attrs.field(default=None, metadata=_loaded_by(_mapping))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)

    def _git(self, key: str) -> str | None:
        git = (self.trigger_parameters or {}).get("git")
        return _string(git.get(key)) if isinstance(git, Mapping) else None

    @property
    def branch(self) -> str | None:
        """The branch, from ``vcs`` or from ``trigger_parameters.git`` (None for a tag or when unknown)."""
        return self.vcs.branch if self.vcs is not None else self._git("branch")

    @property
    def revision(self) -> str | None:
        """The commit SHA, from ``vcs.revision`` or ``trigger_parameters.git.checkout_sha``/``commit_sha``."""
        if self.vcs is not None:
            return self.vcs.revision
        return self._git("checkout_sha") or self._git("commit_sha")


# --------------------------------------------------------------------------- events


@attrs.define(kw_only=True)
class WebhookEvent(_Part):
    """One delivery from CircleCI.  Events of a type this library does not know are returned as this
    class: ``raw_json`` (the decoded body) and ``raw_body`` (its bytes) keep everything.

    ``id`` identifies the event across redeliveries; ``happened_at`` is timezone-aware.
    """

    id: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    type: str | None = attrs.field(default=None, metadata=_loaded_by(_string))
    happened_at: _dt.datetime | None = attrs.field(default=None, metadata=_loaded_by(_time))
    webhook: EventWebhook | None = attrs.field(default=None, metadata=_loaded_by(_part(EventWebhook)))
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_json: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw_body: bytes = attrs.field(default=b"", repr=False)

    def is_duplicate_of(self, other: WebhookEvent) -> bool:
        """True when ``other`` is a redelivery of this event (same non-empty ``id``)."""
        return bool(self.id) and self.id == other.id


@attrs.define(kw_only=True)
class _RunEvent(WebhookEvent):
    """What both typed events carry: the project, organization, pipeline and workflow."""

    project: EventProject | None = attrs.field(default=None, metadata=_loaded_by(_part(EventProject)))
    organization: EventOrganization | None = attrs.field(
        default=None, metadata=_loaded_by(_part(EventOrganization))
    )
    pipeline: EventPipeline | None = attrs.field(default=None, metadata=_loaded_by(_part(EventPipeline)))
    workflow: EventWorkflow | None = attrs.field(default=None, metadata=_loaded_by(_part(EventWorkflow)))

    @property
    def pipeline_id(self) -> str | None:
        """For ``client.pipelines.get(...)`` / ``client.pipelines.workflows(...)``."""
        return self.pipeline.id if self.pipeline is not None else None

    @property
    def workflow_id(self) -> str | None:
        """For ``client.workflows.rerun(...)``, ``.get(...)``, ``.jobs(...)``."""
        return self.workflow.id if self.workflow is not None else None

    @property
    def project_slug(self) -> str | None:
        """For the project-scoped operations (``client.jobs.get(slug, number)``)."""
        return self.project.slug if self.project is not None else None


@attrs.define(kw_only=True)
class WorkflowCompletedEvent(_RunEvent):
    """``workflow-completed``: a workflow reached a terminal status (``workflow.status``).

    ``pipeline_id`` and ``workflow_id`` are what the API's calls back take, e.g.
    ``client.workflows.rerun(event.workflow_id, from_failed=True)``.
    """


@attrs.define(kw_only=True)
class JobCompletedEvent(_RunEvent):
    """``job-completed``: a job reached a terminal status (``job.status``); also names its workflow."""

    job: EventJob | None = attrs.field(default=None, metadata=_loaded_by(_part(EventJob)))

    @property
    def job_number(self) -> int | None:
        """For ``client.jobs.get(event.project_slug, event.job_number)`` and the job's artifacts."""
        return self.job.number if self.job is not None else None


_EVENT_TYPES: dict[str, type[WebhookEvent]] = {
    "workflow-completed": WorkflowCompletedEvent,
    "job-completed": JobCompletedEvent,
}


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "a string" if isinstance(value, str) else "an array"


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def parse_event(
    body: bytes | str, headers: Mapping[str, str] | None = None, *, secret: str | bytes | None = None
) -> WebhookEvent:
    """Read one delivery: a ``WorkflowCompletedEvent``, a ``JobCompletedEvent``, or a plain
    ``WebhookEvent`` for any other ``type`` (this never raises for an unknown type).

    With ``secret``, the signature is verified first (``verify_signature``), so ``headers`` (any
    mapping; names are matched case-insensitively) are required.  ``body`` should be the raw bytes;
    a ``str`` is encoded as UTF-8.  When the body has no string ``type``, the ``Circleci-Event-Type``
    header decides.

    Raises ``WebhookSignatureError`` (bad or missing signature, or ``secret`` without ``headers``)
    and ``WebhookPayloadError`` when the body is not a JSON object.
    """
    raw = _raw(body)
    if secret is not None:
        if headers is None:
            raise WebhookSignatureError(
                f"headers are required to verify the signature (the {SIGNATURE_HEADER} header)"
            )
        verify_signature(raw, _header(headers, SIGNATURE_HEADER), secret)
    if not raw.strip():
        raise WebhookPayloadError("the webhook body is empty; expected a JSON object")
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(
            f"the webhook body is not UTF-8 text: {exc.reason} at byte {exc.start}"
        ) from None
    except json.JSONDecodeError as exc:
        raise WebhookPayloadError(
            f"the webhook body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer of more than 4300 digits, deep nesting
        raise WebhookPayloadError(
            f"the webhook body cannot be decoded: {str(exc)[:120] or 'nested too deeply'}"
        ) from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the webhook body must be a JSON object, got {_json_kind(data)}")
    kind = data.get("type")
    if not isinstance(kind, str) and headers is not None:
        kind = _header(headers, EVENT_TYPE_HEADER)
    event_type = _EVENT_TYPES.get(kind, WebhookEvent) if isinstance(kind, str) else WebhookEvent
    values = event_type._values(data)
    if values.get("type") is None and isinstance(kind, str):
        values["type"] = kind
    return event_type(raw_body=raw, **values)


# --------------------------------------------------------------------------- deduplication


class Deduplicator:
    """Remembers the ids of the last ``maxlen`` events, to drop CircleCI's redeliveries.

        seen = Deduplicator()
        if seen.add(event):          # False for an id already seen
            handle(event)

    Thread-safe (receivers often serve requests in threads).  Events without an id are never
    considered duplicates.  Raises ``ValueError`` for ``maxlen`` below 1.
    """

    def __init__(self, maxlen: int = 10_000) -> None:
        if maxlen < 1:
            raise ValueError(f"maxlen must be >= 1, got {maxlen}")
        self.maxlen = maxlen
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, event: WebhookEvent | str) -> bool:
        """Record ``event`` (or an event id); True if it is new, False if it was seen before."""
        event_id = event if isinstance(event, str) else event.id
        if not event_id:
            return True
        with self._lock:
            if event_id in self._seen:
                self._seen.move_to_end(event_id)
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.maxlen:
                self._seen.popitem(last=False)
            return True

    def __contains__(self, event: object) -> bool:
        event_id = event.id if isinstance(event, WebhookEvent) else event
        with self._lock:
            return isinstance(event_id, str) and event_id in self._seen

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)

    def __repr__(self) -> str:
        return f"Deduplicator(maxlen={self.maxlen}, remembered={len(self)})"
