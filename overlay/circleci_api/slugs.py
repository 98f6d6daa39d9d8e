"""Project slugs: ``gh/org/repo``, ``bitbucket/team/repo`` or ``circleci/<org-id>/<project-id>``.

CircleCI shows a project's slug under Project Settings > Overview.  GitHub OAuth and Bitbucket
projects use ``<vcs>/<org name>/<repo name>``; GitHub App, GitLab and other standalone projects use
``circleci/<organization id>/<project id>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from circleci_api._models import RequestValidationError

__all__ = ["InvalidProjectSlug", "ProjectSlug"]

VCS_ALIASES = {"gh": "github", "github": "github", "bb": "bitbucket", "bitbucket": "bitbucket"}
CIRCLECI = "circleci"
# GitHub and Bitbucket names: letters, digits, '-', '_' and '.' (never only dots).
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
# Opaque CircleCI ids (short base-57 ids or UUIDs).
_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


class InvalidProjectSlug(RequestValidationError):
    """A project slug that does not have the form CircleCI expects."""

    def __init__(self, slug: object, problem: str) -> None:
        super().__init__("project_slug", f"{slug!r} {problem}")


@dataclass(frozen=True)
class ProjectSlug:
    """A parsed project slug.  ``str(slug)`` gives it back as ``vcs/organization/project``."""

    vcs: str
    organization: str
    project: str

    def __post_init__(self) -> None:
        self._validate()

    @classmethod
    def parse(cls, slug: str | ProjectSlug) -> ProjectSlug:
        """Parse and validate ``gh/org/repo`` or ``circleci/<org-id>/<project-id>``.

        Raises ``InvalidProjectSlug`` (a ``ValueError``) naming what is wrong.
        """
        if isinstance(slug, ProjectSlug):
            return slug
        if not isinstance(slug, str):
            raise InvalidProjectSlug(slug, "is not a string")
        parts = slug.split("/")
        if len(parts) != 3:
            raise InvalidProjectSlug(slug, "must have three parts: vcs/organization/project")
        return cls(*parts)

    def _validate(self) -> None:
        text = f"{self.vcs}/{self.organization}/{self.project}"
        if self.vcs not in VCS_ALIASES and self.vcs != CIRCLECI:
            raise InvalidProjectSlug(text, "must start with gh, github, bb, bitbucket or circleci")
        pattern = _ID if self.vcs == CIRCLECI else _NAME
        for label, part in (("organization", self.organization), ("project", self.project)):
            if not part:
                raise InvalidProjectSlug(text, f"has an empty {label}")
            if set(part) == {"."} or not pattern.match(part):
                kind = "an id" if self.vcs == CIRCLECI else "a name"
                raise InvalidProjectSlug(text, f"has an invalid {label}: {part!r} is not {kind}")

    @property
    def parts(self) -> tuple[str, str, str]:
        return (self.vcs, self.organization, self.project)

    @property
    def is_standalone(self) -> bool:
        """True for ``circleci/<org-id>/<project-id>`` slugs (GitHub App, GitLab, …)."""
        return self.vcs == CIRCLECI

    @property
    def vcs_name(self) -> str:
        """``github``, ``bitbucket`` or ``circleci``, whichever spelling the slug used."""
        return VCS_ALIASES.get(self.vcs, self.vcs)

    def __str__(self) -> str:
        return f"{self.vcs}/{self.organization}/{self.project}"
