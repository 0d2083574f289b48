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
    # (region, project name): the demo project a coach, an expert or a student is attached to.
    attached_to: tuple[str, str] | None = None
    # False: a deactivated account; None: an invitation never accepted (no password yet).
    active: bool | None = True

    @property
    def subject(self) -> str:
        return demo_subject(self.email)


def demo_subject(email: str) -> str:
    return str(uuid.uuid5(_SUBJECT_NAMESPACE, email))


def demo_adviser_email(region: str) -> str:
    """The demo adviser of a region, who follows its demo projects."""
    return f"conseiller.{region}@{DEMO_DOMAIN}"


# MIJUIN works with NEOMA Business School students (2023 edition, Normandie): the people of its project.
# Names are fictional, like every demo account's.
_MIJUIN = ("normandie", "Fabrication de marques complémentaires en lin")


def jury_accounts() -> list[DemoAccount]:
    """The partners' people on the 2023 event's jury (`demo/event_jury.py`): fictional names, marked as such, of
    organisations no project is shared with (a juror is told nothing of what is shared with a partner)."""
    return [
        DemoAccount(
            email=f"jury.source@{DEMO_DOMAIN}",
            display_name="Nathalie Vidal (démo)",
            role=Role.JUROR,
            organisation="la-source-francaise",
            description="Jurée — La Source Française (démonstration)",
        ),
        DemoAccount(
            email=f"jury.facon@{DEMO_DOMAIN}",
            display_name="Thomas Garnier (démo)",
            role=Role.JUROR,
            organisation="facon-de-faire",
            description="Juré — Façon de Faire (démonstration)",
        ),
        DemoAccount(
            email=f"jury.ofg@{DEMO_DOMAIN}",
            display_name="Aurélie Masson (démo)",
            role=Role.JUROR,
            organisation="origine-france-garantie",
            description="Jurée — Origine France Garantie (démonstration)",
        ),
    ]


def demo_accounts(settings: Settings) -> list[DemoAccount]:
    """The accounts one signs in with (listed on the demo sign-in page)."""
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
        *jury_accounts(),
        DemoAccount(
            email=f"ops@{DEMO_DOMAIN}",
            display_name="Équipe d'exploitation",
            role=Role.PLATFORM_ADMIN,
            description="Exploitation de la plateforme",
        ),
    ]
    if _has_region(settings, _MIJUIN[0]):
        accounts += [
            DemoAccount(
                email=f"coach.normandie@{DEMO_DOMAIN}",
                display_name="Margaux Delaunay",
                role=Role.COACH,
                description="Coach — projet MIJUIN (Normandie)",
                attached_to=_MIJUIN,
            ),
            DemoAccount(
                email=f"expert.normandie@{DEMO_DOMAIN}",
                display_name="Bruno Marchal",
                role=Role.EXPERT,
                description="Expert — projet MIJUIN (Normandie)",
                attached_to=_MIJUIN,
            ),
            DemoAccount(
                email=f"etudiant.normandie@{DEMO_DOMAIN}",
                display_name="Lucas Ferrand",
                role=Role.STUDENT,
                description="Étudiant NEOMA — étude de marché de MIJUIN",
                attached_to=_MIJUIN,
            ),
            DemoAccount(
                email=f"etudiant2.normandie@{DEMO_DOMAIN}",
                display_name="Emma Royer",
                role=Role.STUDENT,
                description="Étudiante NEOMA — étude de marché de MIJUIN",
                attached_to=_MIJUIN,
            ),
        ]
    return accounts


def demo_closed_accounts(settings: Settings) -> list[DemoAccount]:
    """Accounts no one signs in with: a deactivated adviser, and an expert of MIJUIN invited who has not
    opened their account yet (the « Équipe » tab shows the invitation pending)."""
    if not _has_region(settings, _MIJUIN[0]):
        return []
    return [
        DemoAccount(
            email=f"ancien.conseiller.normandie@{DEMO_DOMAIN}",
            display_name="Paul Vasseur",
            role=Role.ADVISER,
            region="normandie",
            description="Conseiller CCI — Normandie (compte désactivé)",
            active=False,
        ),
        DemoAccount(
            email=f"expert2.normandie@{DEMO_DOMAIN}",
            display_name="Nadia Haddad",
            role=Role.EXPERT,
            description="Experte — projet MIJUIN (Normandie), invitation en attente",
            attached_to=_MIJUIN,
            active=None,
        ),
    ]


def _has_region(settings: Settings, slug: str) -> bool:
    return any(tenant.slug == slug for tenant in settings.tenants)
