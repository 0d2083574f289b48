"""Options shared by every suite."""

from __future__ import annotations

import os

# The PostgreSQL suite must run in CI: refuse to silently skip it unless explicitly allowed.
ALLOW_NO_POSTGRES = os.environ.get("FILIERE_TESTS_WITHOUT_POSTGRES") == "1"
