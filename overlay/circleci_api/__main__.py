"""``python -m circleci_api``: the same as the ``circleci-api`` command."""

from __future__ import annotations

import sys

from circleci_api.cli import main

sys.exit(main())
