"""A fake CircleCI for testing code that uses the API, with no account and no network.

    from circleci_api.testing import FakeCircleCI

    fake = FakeCircleCI()
    project = fake.add_project("gh/acme/api")
    fake.script_run("failure")               # the next pipeline run fails
    with fake.client() as client:            # in process, through fake.transport()
        run = client.pipelines.run("gh/acme/api")

    with fake.serve() as server:             # or over real HTTP on 127.0.0.1
        ...  # server.base_url, server.token

In pytest, the ``circleci_fake`` fixture gives a fresh ``FakeCircleCI`` per test and
``circleci_fake_server`` serves it over HTTP.  From a shell: ``python -m circleci_api.testing serve``.
"""

from __future__ import annotations

from circleci_api.testing._fake import DEFAULT_TOKEN, FakeCircleCI, FakeSpecError, RecordedRequest
from circleci_api.testing._runs import Outcome, RunScript
from circleci_api.testing._server import FakeServer
from circleci_api.testing._store import ExportJob, ExportScript, Org, Pipeline, Project
from circleci_api.testing._usage_csv import USAGE_FIELDS
from circleci_api.testing._webhook_delivery import WebhookDelivery, WebhookScript

__all__ = [
    "DEFAULT_TOKEN",
    "USAGE_FIELDS",
    "ExportJob",
    "ExportScript",
    "FakeCircleCI",
    "FakeServer",
    "FakeSpecError",
    "Org",
    "Outcome",
    "Pipeline",
    "Project",
    "RecordedRequest",
    "RunScript",
    "WebhookDelivery",
    "WebhookScript",
]
