"""infra/keycloak/filiere-realm.json: generated from the demo accounts, a PKCE-only public client for the SPA,
the six roles, and access tokens that the backend, configured as in docker-compose, turns into the same
principals as the embedded issuer's."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from filiere.auth.principal import REGIONAL_ROLES, Role
from filiere.auth.tokens import InvalidTokenError, principal_from_claims
from filiere.demo.accounts import demo_accounts
from filiere.settings import Settings
from tests.infra.support import (
    REALM_FILE,
    realm_generator,
    service_environment,
)

SettingsFrom = Callable[[Mapping[str, str]], Settings]
# Roles Keycloak creates in every realm; the import must not declare them (see generate_realm.py).
KEYCLOAK_DEFAULT_ROLES = "default-roles-filiere"


def spa_client(realm: dict[str, Any]) -> dict[str, Any]:
    clients = [client for client in realm["clients"] if client["clientId"] == "filiere-spa"]
    assert len(clients) == 1
    return clients[0]


def compose_settings(services: dict[str, Any], settings_from: SettingsFrom) -> Settings:
    environment = service_environment(services["backend"])
    return settings_from({name: value for name, value in environment.items() if name.startswith("FILIERE_")})


def _set_claim(claims: dict[str, Any], path: str, value: Any) -> None:
    # Keycloak nests claims on dots in claim.name.
    *parents, leaf = path.split(".")
    for parent in parents:
        claims = claims.setdefault(parent, {})
    claims[leaf] = value


def access_token_claims(realm: dict[str, Any], client: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """The access token Keycloak issues to `client` for `user`, as far as this realm's mappers decide it.

    An unknown mapper type fails: extend this model rather than let a claim go unchecked."""
    claims: dict[str, Any] = {"sub": user["id"], "aud": []}
    # The built-in `roles` scope puts every realm role of the user under realm_access.roles.
    if "roles" in client["defaultClientScopes"] and client.get("fullScopeAllowed", True):
        claims["realm_access"] = {"roles": list(user["realmRoles"])}
    for mapper in client["protocolMappers"]:
        config = mapper["config"]
        if config.get("access.token.claim") != "true":
            continue
        kind = mapper["protocolMapper"]
        if kind == "oidc-usermodel-attribute-mapper":
            attribute = config["user.attribute"]
            value = (
                user.get(attribute)
                if attribute in {"email", "firstName", "lastName", "username"}
                else next(iter(user.get("attributes", {}).get(attribute, [])), None)
            )
            if value is not None:
                _set_claim(claims, config["claim.name"], value)
        elif kind == "oidc-full-name-mapper":
            claims["name"] = " ".join(part for part in (user.get("firstName"), user.get("lastName")) if part)
        elif kind == "oidc-audience-mapper":
            claims["aud"].append(config["included.custom.audience"])
        else:
            pytest.fail(f"no model of the mapper {kind!r}")
    return claims


# --- the file -------------------------------------------------------------------------------------


def test_realm_file_is_what_the_generator_writes(default_settings: Settings) -> None:
    expected = realm_generator().render(default_settings)
    assert REALM_FILE.read_text(encoding="utf-8") == expected, (
        "regenerate: .venv/bin/python infra/keycloak/generate_realm.py"
    )


def test_realm_is_french_and_closed(realm: dict[str, Any]) -> None:
    assert realm["realm"] == "filiere"
    assert realm["enabled"] is True
    assert realm["internationalizationEnabled"] is True
    assert realm["defaultLocale"] == "fr"
    assert "fr" in realm["supportedLocales"]
    assert realm["registrationAllowed"] is False
    assert realm["bruteForceProtected"] is True
    # Declaring client scopes would suppress Keycloak's built-in ones (roles, basic, profile, email…).
    assert "clientScopes" not in realm
    assert realm["smtpServer"]["host"] == "mailpit"


def test_realm_roles_are_the_filiere_roles(realm: dict[str, Any]) -> None:
    names = [role["name"] for role in realm["roles"]["realm"]]
    assert sorted(names) == sorted(role.value for role in Role)
    assert KEYCLOAK_DEFAULT_ROLES not in names
    assert "defaultRole" not in realm


# --- the SPA's client -----------------------------------------------------------------------------


def test_spa_client_is_public_with_pkce_s256_only(realm: dict[str, Any]) -> None:
    client = spa_client(realm)
    assert client["publicClient"] is True
    assert client["standardFlowEnabled"] is True
    assert client["implicitFlowEnabled"] is False
    assert client["directAccessGrantsEnabled"] is False
    assert client["serviceAccountsEnabled"] is False
    assert client["attributes"]["pkce.code.challenge.method"] == "S256"
    assert {"basic", "roles", "profile", "email"} <= set(client["defaultClientScopes"])
    assert "offline_access" in client["optionalClientScopes"]  # the SPA's scope asks for it


def test_spa_client_redirects_only_to_the_frontend(
    realm: dict[str, Any], services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    client = spa_client(realm)
    public_url = compose_settings(services, settings_from).public_url
    assert f"{public_url}/connexion/retour" in client["redirectUris"]
    assert public_url in client["webOrigins"]
    post_logout = client["attributes"]["post.logout.redirect.uris"].split("##")
    assert f"{public_url}/au-revoir" in post_logout
    for uri in [*client["redirectUris"], *client["webOrigins"], *post_logout]:
        assert "*" not in uri and uri.startswith(("http://localhost:", "http://127.0.0.1:")), uri
    assert all(uri.endswith("/connexion/retour") for uri in client["redirectUris"])


# --- the users ------------------------------------------------------------------------------------


def test_users_are_exactly_the_demo_accounts(realm: dict[str, Any], default_settings: Settings) -> None:
    accounts = {account.subject: account for account in demo_accounts(default_settings)}
    users = {user["id"]: user for user in realm["users"]}
    assert set(users) == set(accounts)
    assert len(users) == len(realm["users"])
    for subject, account in accounts.items():
        user = users[subject]
        assert user["username"] == user["email"] == account.email
        assert user["enabled"] is True
        assert user["emailVerified"] is True
        assert f"{user['firstName']} {user['lastName']}".strip() == account.display_name
        assert set(user["realmRoles"]) == {KEYCLOAK_DEFAULT_ROLES, account.role.value}
        expected_attributes = {}
        if account.region:
            expected_attributes["filiere_region"] = [account.region]
        if account.organisation:
            expected_attributes["filiere_organisation"] = [account.organisation]
        assert user["attributes"] == expected_attributes
        assert user["credentials"] == [
            {"type": "password", "value": default_settings.demo_password.get_secret_value(), "temporary": False}
        ]
        assert not user.get("requiredActions")
    partner = next(account for account in accounts.values() if account.role is Role.PARTNER)
    assert users[partner.subject]["attributes"]["filiere_organisation"] == ["bpifrance"]


def test_region_and_organisation_are_declared_and_admin_only(realm: dict[str, Any]) -> None:
    (provider,) = realm["components"]["org.keycloak.userprofile.UserProfileProvider"]
    assert provider["providerId"] == "declarative-user-profile"
    (raw,) = provider["config"]["kc.user.profile.config"]
    profile = json.loads(raw)
    attributes = {attribute["name"]: attribute for attribute in profile["attributes"]}
    assert {"username", "email", "firstName", "lastName"} <= set(attributes)
    for name in ("filiere_region", "filiere_organisation"):
        # A region decides which tenant a person reads: people must not edit their own.
        assert attributes[name]["permissions"]["edit"] == ["admin"], name
    assert profile["unmanagedAttributePolicy"] == "DISABLED"


# --- tokens ---------------------------------------------------------------------------------------


def test_tokens_of_this_realm_give_the_demo_principals(
    realm: dict[str, Any], services: dict[str, Any], settings_from: SettingsFrom
) -> None:
    """Realm mappers → access token → the backend's claim mapping (compose settings) → the demo principal."""
    settings = compose_settings(services, settings_from)
    client = spa_client(realm)
    users = {user["id"]: user for user in realm["users"]}
    regions = {tenant.slug for tenant in settings.tenants}
    for account in demo_accounts(settings):
        claims = access_token_claims(realm, client, users[account.subject])
        assert settings.oidc_audience in claims["aud"]
        principal = principal_from_claims(claims, settings.oidc_claims, regions)
        assert principal.subject == account.subject
        assert principal.role is account.role
        assert principal.region == (account.region if account.role in REGIONAL_ROLES else None)
        assert principal.organisation == account.organisation
        assert principal.email == account.email
        assert principal.display_name == account.display_name


def test_token_model_can_fail(realm: dict[str, Any], services: dict[str, Any], settings_from: SettingsFrom) -> None:
    """Without the region attribute an adviser's token is refused: the checks above are not vacuous."""
    settings = compose_settings(services, settings_from)
    client = spa_client(realm)
    adviser = next(user for user in realm["users"] if "adviser" in user["realmRoles"])
    stripped = {**adviser, "attributes": {}}
    claims = access_token_claims(realm, client, stripped)
    with pytest.raises(InvalidTokenError):
        principal_from_claims(claims, settings.oidc_claims, {tenant.slug for tenant in settings.tenants})
