"""Read and edit ``CHANGELOG.md``, kept in the Keep a Changelog format (keepachangelog.com, 1.1.0).

Only what the release tooling needs:

* :func:`sections` finds the ``## [Unreleased]`` and ``## [1.2.3] - 2025-01-31`` sections;
* :func:`add_unreleased` adds bullets under the standard ``### Added`` / ``### Changed`` ...
  headings of the Unreleased section, creating the section or a heading when it is missing and
  skipping bullets that are already there.  Text outside the Unreleased section is not touched.

Headings inside fenced code blocks are ignored; link reference definitions at the end of the file
(``[1.2.3]: https://...``) belong to no section.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["CATEGORIES", "NEW_CHANGELOG", "UNRELEASED", "ChangelogError", "Section", "add_unreleased"]

UNRELEASED = "Unreleased"
# The change types of Keep a Changelog, in the order they appear under a version.
CATEGORIES = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
NEW_CHANGELOG = (
    "# Changelog\n\n"
    "All notable changes to circleci-api are recorded here, newest first.  The format follows\n"
    "[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and versions follow the policy in\n"
    "[docs/versioning.md](docs/versioning.md).\n\n"
    "## [Unreleased]\n"
)

_VERSION_HEADING = re.compile(r"^## +\[?(?P<name>[^\]\s]+)\]?(?: +- +(?P<date>\S+))? *$")
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]: +\S")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


class ChangelogError(ValueError):
    """CHANGELOG.md cannot be read the way this module expects (the message says where)."""


@dataclass(frozen=True)
class Section:
    """One ``## `` section: its name (``Unreleased`` or a version), date, and line span."""

    name: str
    date: str | None
    start: int  # index of the heading line
    end: int  # index of the first line after the section
    body: str  # the lines between the heading and the next section, stripped


def _lines(text: str) -> list[str]:
    """The text as lines without line endings (a final newline adds no empty line)."""
    return text.splitlines()


def _structure(lines: list[str]) -> tuple[list[int], int]:
    """Indices of top-level ``#``/``##`` headings outside code fences, and where trailing links begin."""
    headings: list[int] = []
    in_fence = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.startswith(("## ", "# ")):
            headings.append(index)
    tail = len(lines)
    while tail > 0 and (not lines[tail - 1].strip() or _LINK_DEFINITION.match(lines[tail - 1])):
        tail -= 1
    if not any(_LINK_DEFINITION.match(line) for line in lines[tail:]):
        tail = len(lines)
    return headings, tail


def sections(text: str) -> list[Section]:
    """Every ``## `` section in file order."""
    lines = _lines(text)
    headings, tail = _structure(lines)
    found: list[Section] = []
    for position, start in enumerate(headings):
        line = lines[start]
        if not line.startswith("## "):
            continue
        match = _VERSION_HEADING.match(line)
        if match is None:
            raise ChangelogError(f"line {start + 1}: cannot read section heading {line!r}")
        end = headings[position + 1] if position + 1 < len(headings) else len(lines)
        end = max(start + 1, min(end, tail))
        body = "\n".join(lines[start + 1 : end]).strip()
        found.append(Section(match["name"], match["date"], start, end, body))
    names = [section.name.lower() for section in found]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ChangelogError(f"more than one section for {', '.join(duplicates)}")
    return found


def find_section(text: str, name: str) -> Section | None:
    """The section called ``name`` (case-insensitive), or None."""
    for section in sections(text):
        if section.name.lower() == name.lower():
            return section
    return None


def _subsections(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Split a section body into the text before the first ``###`` and its ``###`` subsections."""
    preamble: list[str] = []
    subsections: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and line.startswith("### "):
            subsections.append((line[4:].strip(), []))
        elif subsections:
            subsections[-1][1].append(line)
        else:
            preamble.append(line)
    return preamble, subsections


def _strip_blank(lines: list[str]) -> list[str]:
    """Drop blank lines at both ends."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _rank(name: str) -> int:
    """Position of a heading among the standard categories (unknown headings sort last)."""
    titles = [category.lower() for category in CATEGORIES]
    return titles.index(name.lower()) if name.lower() in titles else len(CATEGORIES)


def add_unreleased(text: str, entries: Mapping[str, Sequence[str]]) -> str:
    """Return ``text`` with ``entries`` (category -> bullet lines) added to the Unreleased section.

    Bullets already present under their heading are not added twice.  Raises ``ChangelogError``
    for an unknown category or a changelog whose section headings cannot be read.
    """
    unknown = sorted(set(entries) - set(CATEGORIES))
    if unknown:
        raise ChangelogError(f"unknown changelog categories {unknown}; use {list(CATEGORIES)}")
    if not any(entries.values()):
        return text
    if not text.strip():
        text = NEW_CHANGELOG
    lines = _lines(text)
    section = find_section(text, UNRELEASED)
    if section is None:
        insert_at = next((s.start for s in sections(text)), _structure(lines)[1])
        heading = ["## [Unreleased]", ""]
        if insert_at > 0 and lines[insert_at - 1].strip():
            heading.insert(0, "")
        lines[insert_at:insert_at] = heading
        text = "\n".join(lines) + "\n"
        lines = _lines(text)
        section = find_section(text, UNRELEASED)
        assert section is not None
    preamble, subsections = _subsections(lines[section.start + 1 : section.end])
    for category in CATEGORIES:
        bullets = list(entries.get(category, ()))
        if not bullets:
            continue
        match = next((sub for sub in subsections if sub[0].lower() == category.lower()), None)
        if match is None:
            match = (category, [])
            later = [i for i, sub in enumerate(subsections) if _rank(sub[0]) > _rank(category)]
            subsections.insert(later[0] if later else len(subsections), match)
        body = _strip_blank(match[1])
        body += [bullet for bullet in bullets if bullet not in body]
        match[1][:] = body
    rebuilt = [lines[section.start], ""]
    if _strip_blank(preamble):
        rebuilt += [*_strip_blank(preamble), ""]
    for name, body in subsections:
        rebuilt += [f"### {name}", "", *_strip_blank(body), ""]
    following = _strip_blank(lines[section.end :])
    if not following:
        rebuilt = rebuilt[:-1]
    return "\n".join([*lines[: section.start], *rebuilt, *following]) + "\n"
