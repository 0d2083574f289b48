"""The password policy: long, not one of the commonest, nothing of the account itself."""

from __future__ import annotations

import pytest

from filiere.auth.password_policy import (
    MAX_LENGTH,
    MIN_LENGTH,
    PasswordProblem,
    common_passwords,
    password_refusals,
)

EMAIL = "camille.roux@cci-normandie.fr"
NAME = "Camille Roux-Ébrard"


def problems(password: str) -> list[PasswordProblem]:
    return [refusal.problem for refusal in password_refusals(password, email=EMAIL, name=NAME)]


def test_the_shipped_list_holds_at_least_ten_thousand_common_passwords() -> None:
    common = common_passwords()
    assert len(common) >= 10_000
    assert {"123456", "password", "azerty", "motdepasse", "soleil"} <= common
    assert all(word == word.lower() for word in common)
    assert common_passwords() is common, "read once"


@pytest.mark.parametrize(
    "password",
    [
        "la mer est calme ce soir",
        "Trois chats dorment au soleil",  # a common word inside a longer phrase is fine
        "correct horse battery staple",
        "ma clé à moi",  # 12 characters, accents count as one
        "vélo-rouge-1987!",
    ],
)
def test_long_passwords_pass_without_composition_rules(password: str) -> None:
    assert problems(password) == []


def test_too_short_is_refused_with_the_count() -> None:
    refusals = password_refusals("court-mais", email=EMAIL, name=NAME)
    assert [r.problem for r in refusals] == [PasswordProblem.TOO_SHORT]
    assert (
        refusals[0].message == f"Votre mot de passe doit contenir au moins {MIN_LENGTH} caractères (il en compte 10)."
    )


def test_too_long_is_refused() -> None:
    passphrase = " ".join(f"mot{number}" for number in range(300))
    assert problems(passphrase[:MAX_LENGTH]) == []
    assert problems(passphrase[: MAX_LENGTH + 1]) == [PasswordProblem.TOO_LONG]


@pytest.mark.parametrize(
    "password",
    [
        "1qaz2wsx3edc",
        "Password1234!",
        "2024!!azertyuiop",
        "azertyazertyazerty",
        "MotDePasse123456",
        "abcabcabcabc",
        "123456789012",
    ],
)
def test_common_passwords_are_refused_alone_repeated_or_wrapped(password: str) -> None:
    assert PasswordProblem.TOO_COMMON in problems(password), password


@pytest.mark.parametrize(
    "password",
    [
        "camille.roux@cci-normandie.fr",
        "CAMILLEROUX-2026!",
        "mon nom est camille roux",
        "ébrard et compagnie",
        "Ebrard et compagnie",  # accents do not matter
        "le printemps de Camille",
    ],
)
def test_the_account_s_e_mail_and_name_are_refused(password: str) -> None:
    assert problems(password) == [PasswordProblem.PERSONAL], password


def test_every_refusal_is_explained_in_french() -> None:
    refusals = password_refusals("Camille123", email=EMAIL, name=NAME)
    assert [r.problem for r in refusals] == [PasswordProblem.TOO_SHORT, PasswordProblem.PERSONAL]
    assert refusals[1].message == "Votre mot de passe ne doit contenir ni votre nom ni votre adresse e-mail."
    common = password_refusals("password123456", email=EMAIL, name=NAME)
    assert "plus courants" in common[0].message
