"""Demo accounts of DESIGN §6 (demo mode only). Subjects are derived from the e-mail, so the Keycloak
realm of docker-compose can give its users the same ids and the demo data matches in both modes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from filiere.auth.principal import Role
from filiere.settings import Settings

DEMO_DOMAIN = "demo.filiere.fr"
_SUBJECT_NAMESPACE = uuid.UUID("6f1c2b7e-3d4a-4f59-9a0e-2c8b5d7e9f10")

# Fictional names for the four pilot regions; other configured regions get generic ones.
_PEOPLE = {
    "normandie": ("Camille Lemoine", "Hugo Bertin"),
    "ile-de-france": ("Inès Moreau", "Julien Roche"),
    "hauts-de-france": ("Léa Dupuis", "Mathis Carpentier"),
    "bourgogne-franche-comte": ("Chloé Girard", "Nathan Perrin"),
}


@dataclass(frozen=True)
class DemoAccount:
    email: str
    display_name: str
    role: Role
    description: str
    region: str | None = None
    organisation: str | None = None

    @property
    def subject(self) -> str:
        return str(uuid.uuid5(_SUBJECT_NAMESPACE, self.email))


def demo_adviser_email(region: str) -> str:
    """The demo adviser of a region, who follows its demo projects."""
    return f"conseiller.{region}@{DEMO_DOMAIN}"


def demo_accounts(settings: Settings) -> list[DemoAccount]:
    accounts: list[DemoAccount] = []
    for tenant in settings.tenants:
        adviser, admin = _PEOPLE.get(tenant.slug, (f"Conseiller {tenant.label}", f"Administrateur {tenant.label}"))
        accounts += [
            DemoAccount(
                email=demo_adviser_email(tenant.slug),
                display_name=adviser,
                role=Role.ADVISER,
                region=tenant.slug,
                description=f"Conseiller CCI — {tenant.label}",
            ),
            DemoAccount(
                email=f"admin.{tenant.slug}@{DEMO_DOMAIN}",
                display_name=admin,
                role=Role.REGIONAL_ADMIN,
                region=tenant.slug,
                description=f"Responsable régional — {tenant.label}",
            ),
        ]
    accounts += [
        DemoAccount(
            email=f"national@{DEMO_DOMAIN}",
            display_name="Sophie Laurent",
            role=Role.NATIONAL,
            description="CCI France — pilotage national",
        ),
        DemoAccount(
            email=f"bpifrance@{DEMO_DOMAIN}",
            display_name="Karim Benali",
            role=Role.PARTNER,
            organisation="bpifrance",
            description="Partenaire — Bpifrance",
        ),
        DemoAccount(
            email=f"jury@{DEMO_DOMAIN}",
            display_name="Élise Martin",
            role=Role.JUROR,
            description="Membre d'un jury",
        ),
        DemoAccount(
            email=f"ops@{DEMO_DOMAIN}",
            display_name="Équipe d'exploitation",
            role=Role.PLATFORM_ADMIN,
            description="Exploitation de la plateforme",
        ),
    ]
    return accounts
