"""French counts in the texts the server writes (mails, notices, messages, the command line)."""

from __future__ import annotations

from filiere.text import counted


def test_french_takes_the_singular_for_zero_and_one() -> None:
    assert counted(0, "échec") == "0 échec"
    assert counted(1, "établissement proposé") == "1 établissement proposé"
    assert counted(3, "établissement proposé") == "3 établissements proposés"
    assert counted(2, "établissement lu", "établissements lus") == "2 établissements lus"
