"""tools/changelog.py: finding sections and adding bullets to "Unreleased" in Keep a Changelog files."""

from __future__ import annotations

import pytest

from tools import changelog

RELEASED = """# Changelog

Intro text.

## [Unreleased]

### Fixed

- A fix written by hand.

## [1.2.0] - 2025-03-01

### Added

- Something.

## 1.1.0

- Old style.

[Unreleased]: https://example.invalid/compare/v1.2.0...HEAD
[1.2.0]: https://example.invalid/compare/v1.1.0...v1.2.0
"""


def test_sections_are_found_with_names_dates_and_bodies() -> None:
    found = changelog.sections(RELEASED)
    assert [(s.name, s.date) for s in found] == [
        ("Unreleased", None),
        ("1.2.0", "2025-03-01"),
        ("1.1.0", None),
    ]
    assert found[1].body == "### Added\n\n- Something."
    assert found[2].body == "- Old style."  # link definitions at the end belong to no section
    assert changelog.find_section(RELEASED, "unreleased") == found[0]
    assert changelog.find_section(RELEASED, "9.9.9") is None


def test_bullets_go_under_their_headings_in_the_standard_order() -> None:
    text = changelog.add_unreleased(
        RELEASED,
        {"Removed": ["- Breaking: gone."], "Added": ["- New op."], "Fixed": ["- Another fix."]},
    )
    unreleased = changelog.find_section(text, "Unreleased")
    assert unreleased is not None
    assert unreleased.body == (
        "### Added\n\n- New op.\n\n### Removed\n\n- Breaking: gone.\n\n"
        "### Fixed\n\n- A fix written by hand.\n- Another fix."
    )
    # Everything outside the Unreleased section is untouched.
    before, after = RELEASED.split("## [1.2.0]")
    assert text.startswith(before.split("## [Unreleased]")[0])
    assert text.endswith("## [1.2.0]" + after)


def test_adding_the_same_bullets_twice_changes_nothing() -> None:
    entries = {"Added": ["- New op."], "Changed": ["- Vendored a new document."]}
    once = changelog.add_unreleased(RELEASED, entries)
    assert changelog.add_unreleased(once, entries) == once


def test_nothing_to_add_leaves_the_text_alone() -> None:
    assert changelog.add_unreleased(RELEASED, {"Added": []}) is RELEASED


def test_a_missing_unreleased_section_is_created_above_the_releases() -> None:
    text = "# Changelog\n\nIntro.\n\n## [0.1.0] - 2025-01-01\n\n- First.\n"
    result = changelog.add_unreleased(text, {"Added": ["- New."]})
    assert result == (
        "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- New.\n\n"
        "## [0.1.0] - 2025-01-01\n\n- First.\n"
    )


def test_a_missing_changelog_is_started() -> None:
    result = changelog.add_unreleased("", {"Deprecated": ["- Old op."]})
    assert result.startswith("# Changelog\n")
    section = changelog.find_section(result, "Unreleased")
    assert section is not None
    assert section.body == "### Deprecated\n\n- Old op."


def test_an_unreleased_section_at_the_end_keeps_the_link_definitions_last() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n[Unreleased]: https://example.invalid/x\n"
    result = changelog.add_unreleased(text, {"Added": ["- New."]})
    assert result == (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- New.\n\n[Unreleased]: https://example.invalid/x\n"
    )


def test_headings_inside_code_blocks_are_not_sections() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n```\n## [9.9.9]\n### Added\n```\n\n## [1.0.0]\n\n- x.\n"
    assert [s.name for s in changelog.sections(text)] == ["Unreleased", "1.0.0"]
    result = changelog.add_unreleased(text, {"Added": ["- New."]})
    assert "```\n## [9.9.9]\n### Added\n```\n\n### Added\n\n- New.\n\n## [1.0.0]" in result


@pytest.mark.parametrize(
    ("text", "entries", "words"),
    [
        (RELEASED, {"Improved": ["- x."]}, "unknown changelog categories"),
        (
            "## [1.0.0]\n\n- a.\n\n## [1.0.0]\n\n- b.\n",
            {"Added": ["- x."]},
            "more than one section for 1.0.0",
        ),
        ("## Version one point oh\n", {"Added": ["- x."]}, "line 1: cannot read section heading"),
    ],
    ids=["unknown-category", "duplicate-section", "unreadable-heading"],
)
def test_bad_input_is_refused_with_a_clear_error(
    text: str, entries: dict[str, list[str]], words: str
) -> None:
    with pytest.raises(changelog.ChangelogError, match=words):
        changelog.add_unreleased(text, entries)
