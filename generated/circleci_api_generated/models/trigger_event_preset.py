"""Generated string enum ``TriggerEventPreset``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["TriggerEventPreset"]


class TriggerEventPreset(OpenEnum):
    """Values of ``TriggerEventPreset``.  Unknown values load as members with ``is_known == False``."""

    ALL_PUSHES = "all-pushes"
    ONLY_TAGS = "only-tags"
    DEFAULT_BRANCH_PUSHES = "default-branch-pushes"
    ONLY_BUILD_PRS = "only-build-prs"
    ONLY_OPEN_PRS = "only-open-prs"
    ONLY_LABELED_PRS = "only-labeled-prs"
    ONLY_MERGED_PRS = "only-merged-prs"
    ONLY_READY_FOR_REVIEW_PRS = "only-ready-for-review-prs"
    ONLY_BRANCH_DELETE = "only-branch-delete"
    ONLY_BUILD_PUSHES_TO_NON_DRAFT_PRS = "only-build-pushes-to-non-draft-prs"
    ONLY_MERGED_OR_CLOSED_PRS = "only-merged-or-closed-prs"
    PR_COMMENT_EQUALS_RUN_CI = "pr-comment-equals-run-ci"
    NON_DRAFT_PR_OPENED = "non-draft-pr-opened"
    PUSHES_TO_MERGE_QUEUES = "pushes-to-merge-queues"
