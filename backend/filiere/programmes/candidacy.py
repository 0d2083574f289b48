"""A company applies to the accelerator of its region, through the public form (no account).

The candidacy lands as a « candidat » project in the tenant of the company's commune, checked against
the official nomenclatures, and is acknowledged by e-mail. The form is public, so it is guarded: a
rate limit per client address and one for everybody (kept in the national database, shared by every
process), a honeypot field that only robots fill, and a size limit on every field.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid

import structlog
from sqlalchemy import func, select

from filiere.audit.service import PublicActor, record_change
from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.notifications.mailer import DELIVERY_ERRORS, SmtpMailer
from filiere.programmes.models import Company, Project, ProjectKind, ProjectNeed, ProjectNeedRow, ProjectStatus, Sector
from filiere.programmes.service import index_project
from filiere.ratelimit.service import Limit, hit
from filiere.referentials.identifiers import (
    checked_commune_code,
    checked_commune_of_tenant,
    checked_naf_code,
    checked_siren,
    checked_siret,
    departement_of,
    tenant_for_commune,
)
from filiere.settings import Settings
from filiere.tenancy.unit_of_work import UnitOfWork

log = structlog.get_logger(__name__)

# Attempts, not successes: a company fixing a typo in its SIREN tries again, a robot tries forever.
PER_CLIENT = Limit(hits=20, window=timedelta(hours=1))
FOR_EVERYBODY = Limit(hits=300, window=timedelta(hours=1))

FIELD_MAX_LENGTHS = {
    "companyName": 200,
    "projectName": 200,
    "summary": 2000,
    "contactName": 120,
    "contactEmail": 254,
    "contactPhone": 30,
}
_LABELS = {
    "companyName": "Le nom de l'entreprise",
    "projectName": "Le nom du projet",
    "summary": "La description du projet",
    "contactName": "Le nom du contact",
    "contactEmail": "L'adresse e-mail",
    "contactPhone": "Le téléphone",
}


@dataclass(frozen=True, kw_only=True)
class CandidacyForm:
    company_name: str
    siren: str
    siret: str | None
    naf_code: str | None
    commune_code: str
    project_name: str
    summary: str
    kind: ProjectKind
    sector: Sector
    needs: tuple[ProjectNeed, ...]
    contact_name: str
    contact_email: str
    contact_phone: str | None
    consent: bool
    # Hidden from people by the form's CSS: whoever fills it is a robot.
    website: str | None = None


@dataclass(frozen=True)
class CandidacyReceipt:
    region_label: str
    reference: str
    # False when the honeypot caught a robot: nothing stored, no e-mail, yet the answer looks the same.
    stored: bool = True


def _text(value: str | None, field: str, *, required: bool = True) -> str:
    text = " ".join((value or "").split()) if field != "summary" else (value or "").strip()
    if required and not text:
        raise InvalidInputError(f"{_LABELS[field]} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > FIELD_MAX_LENGTHS[field]:
        raise InvalidInputError(
            f"{_LABELS[field]} ne doit pas dépasser {FIELD_MAX_LENGTHS[field]} caractères.",
            field=field,
            code=CommonErrorCode.TOO_LONG,
        )
    return text


def _email(value: str) -> str:
    address = _text(value, "contactEmail").lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or " " in address or domain.startswith(".") or domain.endswith("."):
        raise InvalidInputError(
            "L'adresse e-mail n'est pas valide, par exemple « prenom.nom@entreprise.fr ».",
            field="contactEmail",
            code=CommonErrorCode.INVALID_EMAIL,
        )
    return address


async def submit_candidacy(
    uow: UnitOfWork, form: CandidacyForm, *, client_address: str, request_id: str
) -> CandidacyReceipt:
    """Record the candidacy. A robot caught by the honeypot gets the answer a person would (the same
    validation errors, then a plausible receipt) so that it cannot tell; nothing is stored."""
    registry = uow.registry
    if not await hit(registry, f"candidacy:client:{client_address}", PER_CLIENT) or not await hit(
        registry, "candidacy:all", FOR_EVERYBODY
    ):
        raise InvalidInputError(
            "Trop de candidatures ont été envoyées depuis votre connexion. Réessayez dans une heure ou écrivez "
            "à la CCI de votre région.",
            code=CommonErrorCode.RATE_LIMITED,
        )
    if not form.consent:
        raise InvalidInputError(
            "Acceptez le traitement de vos données pour que la CCI puisse étudier votre candidature.",
            field="consent",
            code=CommonErrorCode.REQUIRED,
        )
    company_name = _text(form.company_name, "companyName")
    siren = checked_siren(form.siren)
    siret = checked_siret(form.siret, of_siren=siren) if form.siret and form.siret.strip() else None
    naf_code = checked_naf_code(form.naf_code) if form.naf_code and form.naf_code.strip() else None
    place = checked_commune_code(form.commune_code)
    owner = tenant_for_commune(place, registry.settings.tenants)
    if owner is None:
        checked_commune_of_tenant(place, "", registry.settings.tenants)  # raises: where the programme is open
    assert owner is not None
    project_name = _text(form.project_name, "projectName")
    summary = _text(form.summary, "summary")
    contact = _text(form.contact_name, "contactName")
    email = _email(form.contact_email)
    phone = _text(form.contact_phone, "contactPhone", required=False)
    if not form.needs:
        raise InvalidInputError(
            "Cochez au moins un besoin d'accompagnement.", field="needs", code=CommonErrorCode.REQUIRED
        )

    if form.website:
        log.info("candidacy_honeypot", request_id=request_id)
        return CandidacyReceipt(
            region_label=owner.label, reference=_reference(owner.slug, 1 + secrets.randbelow(99999)), stored=False
        )

    session = uow.region(owner.slug)
    company = await session.scalar(select(Company).where(Company.siren == siren))
    if company is None:
        company = Company(
            name=company_name,
            siren=siren,
            siret=siret,
            naf_code=naf_code,
            commune_code=place.code,
            commune_name=place.name,
            departement=departement_of(place.code),
        )
        session.add(company)
        await session.flush()
    notes = ""
    if not company.contact_name:
        company.contact_name, company.contact_email, company.contact_phone = contact, email, phone
    elif (company.contact_name, company.contact_email) != (contact, email):
        # Anyone may send the form with a company's SIREN: it never replaces the contact the region's
        # advisers keep; the one it gives goes to the project's internal notes for them to check.
        notes = f"Contact indiqué dans la candidature : {', '.join(part for part in (contact, email, phone) if part)}."
    duplicate = await session.scalar(
        select(func.count()).select_from(Project).where(Project.company_id == company.id, Project.name == project_name)
    )
    if duplicate:
        raise InvalidInputError(
            "Une candidature de cette entreprise porte déjà ce nom : la CCI l'a bien reçue.",
            field="projectName",
            code=CommonErrorCode.DUPLICATE_NAME,
        )
    project = Project(
        company_id=company.id,
        name=project_name,
        summary=summary,
        kind=form.kind,
        sector=form.sector,
        status=ProjectStatus.CANDIDATE,
        notes=notes,
        needs=[ProjectNeedRow(need=need) for need in sorted(set(form.needs))],
    )
    index_project(project, company.name)
    session.add(project)
    await session.flush()
    record_change(
        session,
        PublicActor(display_name=f"{contact} (candidature en ligne)"),
        request_id=request_id,
        action="project.candidacy_submitted",
        entity_type="Project",
        entity_id=project.id,
        before=None,
        after={"name": project_name, "company": company_name, "siren": siren, "status": ProjectStatus.CANDIDATE.value},
    )
    return CandidacyReceipt(region_label=owner.label, reference=_reference(owner.slug, project.id))


def _reference(region: str, project_id: int) -> str:
    return f"{region.upper()}-{project_id:05d}"


def acknowledgement(form: CandidacyForm, receipt: CandidacyReceipt, settings: Settings) -> EmailMessage:
    """The e-mail that tells the company its candidacy has arrived (French, text and HTML)."""
    message = EmailMessage()
    message["Subject"] = f"Votre candidature à l'Accélérateur de Relocalisations {receipt.region_label}"
    message["From"] = settings.smtp_from
    message["To"] = form.contact_email.strip()
    message["Message-ID"] = make_msgid("candidature")
    lines = [
        f"Bonjour {' '.join(form.contact_name.split())},",
        "",
        f"Nous avons bien reçu la candidature « {' '.join(form.project_name.split())} » de "
        f"{' '.join(form.company_name.split())} à l'Accélérateur de Relocalisations {receipt.region_label}.",
        f"Sa référence : {receipt.reference}.",
        "",
        "Un conseiller de votre CCI l'étudie et vous recontactera pour un premier échange.",
        "",
        "L'équipe de l'Accélérateur de Relocalisations",
    ]
    message.set_content("\n".join(lines))
    paragraphs = "".join(f"<p>{_html(line)}</p>" for line in lines if line)
    message.add_alternative(f'<!doctype html><html lang="fr"><body>{paragraphs}</body></html>', subtype="html")
    return message


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


async def send_acknowledgement(form: CandidacyForm, receipt: CandidacyReceipt, settings: Settings) -> bool:
    """Best effort, after the candidacy is stored: a mail server down must not lose the candidacy."""
    try:
        async with SmtpMailer(settings) as mailer:
            await mailer.send(acknowledgement(form, receipt, settings))
    except DELIVERY_ERRORS as error:
        log.warning("candidacy_acknowledgement_failed", error=type(error).__name__)
        return False
    return True
