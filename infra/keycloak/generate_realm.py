"""Generate ``filiere-realm.json``, the Keycloak realm that docker-compose imports at start.

The users come from ``filiere.demo.accounts.demo_accounts``: each gets the same id (the token ``sub``),
e-mail, name, role, region and organisation as in the embedded issuer, so the demo data, which references
people by subject, matches in both modes. Never edit the JSON by hand: change this script and run

    .venv/bin/python infra/keycloak/generate_realm.py

``tests/infra`` fails when the JSON and this script disagree.

Choices worth knowing (Keycloak 26 realm import):
- No ``clientScopes`` section: Keycloak only creates its built-in scopes (``roles``, which puts the realm
  roles in ``realm_access.roles``; ``basic``, which puts ``sub``; ``profile``, ``email``…) when the import
  declares none.
- No ``default-roles-filiere`` role either: Keycloak creates it, with ``offline_access`` inside, before it
  imports the users. An import does not grant it by itself, so every user lists it (the SPA asks for the
  ``offline_access`` scope, which needs that role).
- ``filiere_region`` and ``filiere_organisation`` are declared in the user profile, editable by admins only:
  a region decides which tenant a person may read, so people must not change their own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
OUTPUT = HERE / "filiere-realm.json"

try:
    from filiere.auth.principal import Role
    from filiere.demo.accounts import demo_accounts
    from filiere.settings import Settings
except ImportError:  # run with a Python that has the dependencies but not the package installed
    sys.path.insert(0, str(REPOSITORY / "backend"))
    from filiere.auth.principal import Role
    from filiere.demo.accounts import demo_accounts
    from filiere.settings import Settings

REALM = "filiere"
SPA_CLIENT_ID = "filiere-spa"
API_AUDIENCE = "filiere-api"
# Origins of the SPA served by the `frontend` service of docker-compose (port 8080 on the host).
SPA_ORIGINS = ["http://localhost:8080", "http://127.0.0.1:8080"]
REGION_ATTRIBUTE = "filiere_region"
ORGANISATION_ATTRIBUTE = "filiere_organisation"
DEFAULT_ROLES = f"default-roles-{REALM}"

ROLE_DESCRIPTIONS = {
    Role.ADVISER: "Conseiller CCI d'une région",
    Role.REGIONAL_ADMIN: "Responsable du programme dans une région",
    Role.NATIONAL: "CCI France — pilotage national",
    Role.PARTNER: "Partenaire (lecture de ce qu'un projet lui partage)",
    Role.JUROR: "Membre d'un jury d'événement",
    Role.PLATFORM_ADMIN: "Exploitation de la plateforme",
    Role.COACH: "Coach rattaché à des projets",
    Role.EXPERT: "Expert rattaché à des projets",
    Role.STUDENT: "Étudiant d'une équipe d'étude de marché",
}


def _attribute_mapper(attribute: str) -> dict[str, Any]:
    return {
        "name": attribute,
        "protocol": "openid-connect",
        "protocolMapper": "oidc-usermodel-attribute-mapper",
        "consentRequired": False,
        "config": {
            "user.attribute": attribute,
            "claim.name": attribute,
            "jsonType.label": "String",
            "multivalued": "false",
            "aggregate.attrs": "false",
            "access.token.claim": "true",
            "id.token.claim": "true",
            "userinfo.token.claim": "true",
            "introspection.token.claim": "true",
        },
    }


def protocol_mappers() -> list[dict[str, Any]]:
    """Claims the API reads from the access token (``filiere.settings.ClaimMapping``)."""
    return [
        _attribute_mapper(REGION_ATTRIBUTE),
        _attribute_mapper(ORGANISATION_ATTRIBUTE),
        {
            "name": "full name",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-full-name-mapper",
            "consentRequired": False,
            "config": {
                "access.token.claim": "true",
                "id.token.claim": "true",
                "userinfo.token.claim": "true",
                "introspection.token.claim": "true",
            },
        },
        {
            "name": "email",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-usermodel-attribute-mapper",
            "consentRequired": False,
            "config": {
                "user.attribute": "email",
                "claim.name": "email",
                "jsonType.label": "String",
                "access.token.claim": "true",
                "id.token.claim": "true",
                "userinfo.token.claim": "true",
                "introspection.token.claim": "true",
            },
        },
        {
            # The API accepts only tokens whose `aud` names it (FILIERE_OIDC_AUDIENCE).
            "name": f"audience {API_AUDIENCE}",
            "protocol": "openid-connect",
            "protocolMapper": "oidc-audience-mapper",
            "consentRequired": False,
            "config": {
                "included.custom.audience": API_AUDIENCE,
                "access.token.claim": "true",
                "id.token.claim": "false",
                "introspection.token.claim": "true",
            },
        },
    ]


def spa_client() -> dict[str, Any]:
    return {
        "clientId": SPA_CLIENT_ID,
        "name": "Filière — application web",
        "enabled": True,
        "protocol": "openid-connect",
        # A browser application cannot keep a secret: public client, code flow with PKCE (S256) only.
        "publicClient": True,
        "standardFlowEnabled": True,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": False,
        "authorizationServicesEnabled": False,
        "consentRequired": False,
        "frontchannelLogout": True,
        "fullScopeAllowed": True,
        "rootUrl": SPA_ORIGINS[0],
        "baseUrl": "/",
        "redirectUris": [f"{origin}/connexion/retour" for origin in SPA_ORIGINS],
        "webOrigins": list(SPA_ORIGINS),
        "attributes": {
            "pkce.code.challenge.method": "S256",
            # Keycloak separates several URIs with "##".
            "post.logout.redirect.uris": "##".join(f"{origin}/au-revoir" for origin in SPA_ORIGINS),
            "oauth2.device.authorization.grant.enabled": "false",
            "oidc.ciba.grant.enabled": "false",
            "use.refresh.tokens": "true",
            "backchannel.logout.session.required": "true",
        },
        "defaultClientScopes": ["web-origins", "acr", "basic", "profile", "roles", "email"],
        "optionalClientScopes": ["offline_access"],
        "protocolMappers": protocol_mappers(),
    }


def user_profile() -> str:
    """Keycloak's default user profile plus the two Filière attributes (admin-only), as Keycloak stores it."""
    both = {"view": ["admin", "user"], "edit": ["admin", "user"]}
    admin_only = {"view": ["admin"], "edit": ["admin"]}
    names = {"length": {"max": 255}, "person-name-prohibited-characters": {}}
    config = {
        "attributes": [
            {
                "name": "username",
                "displayName": "${username}",
                "validations": {
                    "length": {"min": 3, "max": 255},
                    "username-prohibited-characters": {},
                    "up-username-not-idn-homograph": {},
                },
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": "email",
                "displayName": "${email}",
                "validations": {"email": {}, "length": {"max": 255}},
                "required": {"roles": ["user"]},
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": "firstName",
                "displayName": "${firstName}",
                "validations": names,
                "required": {"roles": ["user"]},
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": "lastName",
                "displayName": "${lastName}",
                "validations": names,
                "required": {"roles": ["user"]},
                "permissions": both,
                "multivalued": False,
            },
            {
                "name": REGION_ATTRIBUTE,
                "displayName": "Région Filière",
                "validations": {"length": {"max": 64}},
                "permissions": admin_only,
                "multivalued": False,
            },
            {
                "name": ORGANISATION_ATTRIBUTE,
                "displayName": "Organisation Filière",
                "validations": {"length": {"max": 64}},
                "permissions": admin_only,
                "multivalued": False,
            },
        ],
        "groups": [
            {
                "name": "user-metadata",
                "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata",
            }
        ],
        # Attributes not declared above are refused: every claim the API trusts is declared.
        "unmanagedAttributePolicy": "DISABLED",
    }
    return json.dumps(config, ensure_ascii=False, separators=(",", ":"))


def users(settings: Settings) -> list[dict[str, Any]]:
    result = []
    for account in demo_accounts(settings):
        first_name, _, last_name = account.display_name.partition(" ")
        attributes: dict[str, list[str]] = {}
        if account.region:
            attributes[REGION_ATTRIBUTE] = [account.region]
        if account.organisation:
            attributes[ORGANISATION_ATTRIBUTE] = [account.organisation]
        result.append(
            {
                # Same id as the embedded issuer's subject: the demo data references people by `sub`.
                "id": account.subject,
                "username": account.email,
                "email": account.email,
                "emailVerified": True,
                "firstName": first_name,
                "lastName": last_name,
                "enabled": True,
                "attributes": attributes,
                "credentials": [
                    {
                        "type": "password",
                        "value": settings.demo_password.get_secret_value(),
                        "temporary": False,
                    }
                ],
                "realmRoles": [DEFAULT_ROLES, account.role.value],
                "requiredActions": [],
            }
        )
    return result


def realm(settings: Settings) -> dict[str, Any]:
    return {
        "realm": REALM,
        "displayName": "Filière",
        "displayNameHtml": "Filière — Accélérateur de Relocalisations",
        "enabled": True,
        "attributes": {"filiere.generatedBy": "infra/keycloak/generate_realm.py"},
        # Tokens as short-lived as the embedded issuer's (FILIERE_ACCESS_TOKEN_SECONDS).
        "accessTokenLifespan": settings.access_token_seconds,
        "ssoSessionIdleTimeout": settings.refresh_token_seconds,
        "ssoSessionMaxLifespan": settings.sign_in_session_seconds,
        # The SPA asks for `offline_access`: keep those sessions as short as the embedded issuer's refresh tokens.
        "offlineSessionIdleTimeout": settings.refresh_token_seconds,
        "offlineSessionMaxLifespanEnabled": True,
        "offlineSessionMaxLifespan": settings.refresh_token_seconds,
        "sslRequired": "external",
        "registrationAllowed": False,
        "loginWithEmailAllowed": True,
        "duplicateEmailsAllowed": False,
        "editUsernameAllowed": False,
        "resetPasswordAllowed": True,
        "rememberMe": False,
        "verifyEmail": False,
        "bruteForceProtected": True,
        "failureFactor": settings.throttle_failures_before_delay,
        "internationalizationEnabled": True,
        "supportedLocales": ["fr", "en"],
        "defaultLocale": "fr",
        # Password-reset e-mails land in Mailpit (http://localhost:8025).
        "smtpServer": {
            "host": "mailpit",
            "port": "1025",
            "from": "no-reply@demo.filiere.fr",
            "fromDisplayName": "Filière",
            "auth": "false",
            "ssl": "false",
            "starttls": "false",
        },
        "roles": {
            "realm": [{"name": role.value, "description": ROLE_DESCRIPTIONS[role], "composite": False} for role in Role]
        },
        "clients": [spa_client()],
        "components": {
            "org.keycloak.userprofile.UserProfileProvider": [
                {
                    "providerId": "declarative-user-profile",
                    "subComponents": {},
                    "config": {"kc.user.profile.config": [user_profile()]},
                }
            ]
        },
        "users": users(settings),
    }


def render(settings: Settings | None = None) -> str:
    return json.dumps(realm(settings or Settings()), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPOSITORY)}")


if __name__ == "__main__":
    main()
