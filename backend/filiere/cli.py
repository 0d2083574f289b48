"""`filiere` command line: one group per concern, French help, progress on long work."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from filiere.settings import Settings
from filiere.text import counted

if TYPE_CHECKING:
    from rich.progress import TaskID

    from filiere.administration.service import Invited
    from filiere.documents.s3 import S3Storage
    from filiere.tenancy.unit_of_work import UnitOfWork

T = TypeVar("T")
console = Console(stderr=True)

app = typer.Typer(help="Filière — Accélérateur de Relocalisations.", no_args_is_help=True)
db_app = typer.Typer(help="Bases de données : migrations de chaque tenant.", no_args_is_help=True)
demo_app = typer.Typer(help="Données de démonstration.", no_args_is_help=True)
keys_app = typer.Typer(help="Clés de signature de l'émetteur OpenID intégré.", no_args_is_help=True)
notify_app = typer.Typer(help="Notifications : récapitulatifs des jalons par e-mail.", no_args_is_help=True)
documents_app = typer.Typer(help="Documents : stockage des pièces jointes (disque local ou S3).", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(demo_app, name="demo")
app.add_typer(documents_app, name="documents")
app.add_typer(keys_app, name="keys")
sourcing_app = typer.Typer(help="Sourcing : annuaire des fournisseurs (stock SIRENE de l'INSEE).", no_args_is_help=True)
app.add_typer(notify_app, name="notify")
app.add_typer(sourcing_app, name="sourcing")
users_app = typer.Typer(
    help="Comptes : créer, inviter, lister, désactiver (la ligne de commande agit en exploitant).",
    no_args_is_help=True,
)
app.add_typer(users_app, name="users")
partners_app = typer.Typer(help="Partenaires : leurs accès à l'API.", no_args_is_help=True)
api_clients_app = typer.Typer(
    help="Clients d'API des organisations partenaires (OAuth 2.0, client credentials).", no_args_is_help=True
)
partners_app.add_typer(api_clients_app, name="client")
app.add_typer(partners_app, name="partners")
financing_app = typer.Typer(help="Financement : catalogue national des dispositifs.", no_args_is_help=True)
app.add_typer(financing_app, name="financing")


def _run(work: Callable[[Settings], Coroutine[Any, Any, T]]) -> T:
    from filiere.log import configure_logging

    settings = Settings()
    configure_logging(settings.log_level, json=False)
    return asyncio.run(work(settings))


# --- db -------------------------------------------------------------------------------------------


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Option(help="Révision cible")] = "head",
) -> None:
    """Migre la base nationale puis chaque base régionale configurée."""

    async def work(settings: Settings) -> None:
        from filiere import migrations
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        try:
            for tenant in registry.all():
                await migrations.upgrade(tenant, revision)
                console.print(f"[green]✓[/] {tenant.slug} : à jour ({revision})")
        finally:
            await registry.dispose()

    _run(work)


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Révision cible, « base » pour tout retirer")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirmer la suppression")] = False,
) -> None:
    """Ramène chaque base à une révision antérieure (destructif)."""
    if not yes:
        console.print("[red]Refusé :[/] ajoutez --yes pour confirmer.")
        raise typer.Exit(2)

    async def work(settings: Settings) -> None:
        from filiere import migrations
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        try:
            for tenant in [*registry.regions, registry.national]:
                await migrations.downgrade(tenant, revision)
                console.print(f"[yellow]↓[/] {tenant.slug} : {revision}")
        finally:
            await registry.dispose()

    _run(work)


@db_app.command("check")
def db_check() -> None:
    """Vérifie que chaque base est à jour et sans écart avec les modèles."""

    async def work(settings: Settings) -> bool:
        from filiere import migrations
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        clean = True
        try:
            for tenant in registry.all():
                differences = await migrations.drift(tenant)
                if differences:
                    clean = False
                    console.print(f"[red]✗[/] {tenant.slug} : {differences}")
                else:
                    console.print(f"[green]✓[/] {tenant.slug}")
        finally:
            await registry.dispose()
        return clean

    if not _run(work):
        raise typer.Exit(1)


@db_app.command("revision")
def db_revision(
    tree: Annotated[str, typer.Argument(help="national ou regional")],
    message: Annotated[str, typer.Option("-m", help="Description de la migration")],
) -> None:
    """Génère une migration (autogenerate) contre une base SQLite temporaire à jour."""
    import tempfile
    from pathlib import Path

    from alembic import command

    from filiere import migrations
    from filiere.tenancy.metadata import TenantKind
    from filiere.tenancy.registry import Tenant, create_tenant_engine

    kind = TenantKind(tree)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(var_dir=Path(scratch))
        tenant = Tenant(
            slug="scratch",
            label="scratch",
            kind=kind,
            engine=create_tenant_engine(f"sqlite+aiosqlite:///{scratch}/scratch.db", settings),
        )

        async def work() -> None:
            await migrations.upgrade(tenant)
            config = migrations.alembic_config(kind)

            def generate(sync: object) -> None:
                config.attributes["connection"] = sync
                command.revision(config, message=message, autogenerate=True)

            async with tenant.engine.begin() as connection:
                await connection.run_sync(generate)
            await tenant.engine.dispose()

        asyncio.run(work())


# --- demo -----------------------------------------------------------------------------------------


@demo_app.command("load")
def demo_load() -> None:
    """Charge (ou remet à jour) les données de démonstration ; relancer ne crée pas de doublon."""

    async def work(settings: Settings) -> None:
        from filiere.demo.loader import load_demo
        from filiere.tenancy.registry import TenantRegistry

        if not settings.demo_mode:
            console.print("[red]Refusé :[/] FILIERE_DEMO_MODE est désactivé.")
            raise typer.Exit(2)
        registry = TenantRegistry(settings)
        try:
            counts = await load_demo(registry, settings)
        finally:
            await registry.dispose()
        table = Table("Base", "Lignes de démonstration")
        for slug, count in counts.items():
            table.add_row(slug, str(count))
        console.print(table)

    _run(work)


# --- documents ------------------------------------------------------------------------------------


@documents_app.command("prepare")
def documents_prepare() -> None:
    """Prépare le stockage des documents : un dossier par région, ou les seaux S3 versionnés et leur CORS.

    Sans effet sur ce qui est déjà en place : à lancer à chaque déploiement, avant l'application.
    Code de sortie 1 si le stockage est injoignable ou refuse l'accès.
    """

    async def work(settings: Settings) -> bool:
        from filiere.documents.backends import storage_for
        from filiere.documents.local import LocalStorage
        from filiere.documents.s3 import S3Storage

        storage = storage_for(settings)
        if isinstance(storage, S3Storage):
            return await _prepare_s3(storage, settings)
        assert isinstance(storage, LocalStorage)
        try:
            await storage.prepare()
        except OSError as error:
            console.print(
                f"[red]✗[/] Impossible de créer les dossiers des documents sous {escape(str(storage.root))} : "
                f"{escape(error.strerror or str(error))}. Vérifiez FILIERE_VAR_DIR et les droits d'écriture.",
                soft_wrap=True,
            )
            return False
        for tenant in settings.tenants:
            console.print(f"[green]✓[/] {tenant.slug} : {escape(str(storage.root / tenant.slug))}", soft_wrap=True)
        console.print(
            "Documents sur le disque local (une seule machine : plusieurs répliques demandent S3).", soft_wrap=True
        )
        return True

    if not _run(work):
        raise typer.Exit(1)


async def _prepare_s3(storage: S3Storage, settings: Settings) -> bool:
    from urllib.parse import urlsplit

    from filiere.documents.s3 import StoreSetupError

    try:
        buckets = await storage.prepare_buckets()
    except StoreSetupError as error:
        console.print(f"[red]✗[/] {escape(str(error))}", soft_wrap=True)
        return False
    origin = escape("{0.scheme}://{0.netloc}".format(urlsplit(settings.public_url)))
    for bucket in buckets:
        state = "créé" if bucket.created else "existant"
        versioning = "versionnage activé" if bucket.versioning_enabled_now else "versionnage déjà actif"
        console.print(f"[green]✓[/] seau {bucket.name} ({state}, {versioning})", soft_wrap=True)
        if bucket.cors == "unsupported":
            console.print(
                f"  CORS par seau non pris en charge par ce stockage : autorisez l'origine {origin} dans sa "
                "configuration (MinIO : MINIO_API_CORS_ALLOW_ORIGIN).",
                soft_wrap=True,
            )
        elif bucket.cors == "denied":
            console.print(
                f"  [yellow]![/] CORS non appliqué, cette clé n'en a pas le droit : autorisez l'origine {origin} "
                "(POST, GET) sur ce seau par un autre moyen.",
                soft_wrap=True,
            )
    endpoint = escape(settings.s3_endpoint_url or f"AWS, {settings.s3_region}")
    layout = "un seau, un préfixe par région" if settings.s3_layout == "prefix" else "un seau par région"
    console.print(f"Documents dans S3 ({endpoint}) : {layout}.", soft_wrap=True)
    return True


# --- serve ----------------------------------------------------------------------------------------


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Adresse d'écoute")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    workers: Annotated[int, typer.Option(help="Processus")] = 1,
) -> None:
    """Sert l'API, l'émetteur OpenID intégré et l'application web."""
    import uvicorn

    from filiere.demo.accounts import demo_accounts
    from filiere.log import configure_logging

    settings = Settings()
    configure_logging(settings.log_level, json=settings.log_json)
    console.print(f"Filière sur [bold]{settings.public_url}[/] (écoute sur {host}:{port})")
    if settings.demo_mode and settings.uses_embedded_issuer:
        # Plain lines, not a table: a narrow or non-interactive terminal would truncate the e-mails.
        console.print("Comptes de démonstration (mot de passe : FILIERE_DEMO_PASSWORD, par défaut filiere-demo) :")
        for account in demo_accounts(settings):
            console.print(f"  {account.email}  —  {account.description}", soft_wrap=True, highlight=False)
    uvicorn.run(
        "filiere.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        # Forwarded headers are the app's business (FILIERE_TRUSTED_PROXIES): never FORWARDED_ALLOW_IPS.
        proxy_headers=False,
        access_log=False,
        log_config=None,
    )


# --- keys -----------------------------------------------------------------------------------------


@keys_app.command("rotate")
def keys_rotate() -> None:
    """Crée une nouvelle clé de signature ; l'ancienne reste publiée le temps que ses jetons expirent."""

    async def work(settings: Settings) -> None:
        from filiere.auth.issuer.keys import KeyStore
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        try:
            kid = await KeyStore(registry, settings).rotate()
        finally:
            await registry.dispose()
        console.print(f"[green]✓[/] nouvelle clé active : {kid}")

    _run(work)


@keys_app.command("prune")
def keys_prune() -> None:
    """Retire du JWKS les clés en retrait dont tous les jetons ont expiré."""

    async def work(settings: Settings) -> None:
        from filiere.auth.issuer.keys import KeyStore
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        try:
            removed = await KeyStore(registry, settings).prune()
        finally:
            await registry.dispose()
        console.print(f"{counted(len(removed), 'clé retirée')} : {', '.join(removed) or '—'}")

    _run(work)


# --- notify ---------------------------------------------------------------------------------------


@notify_app.command("digest")
def notify_digest(
    today: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Jour de référence (AAAA-MM-JJ) ; aujourd'hui par défaut"),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Montre qui recevrait quoi, sans rien envoyer")] = False,
) -> None:
    """Envoie à chaque conseiller et responsable régional ses jalons en retard ou dus dans les 10 jours ouvrés.

    Signale d'abord aux conseillers les partages avec un partenaire qui prennent fin dans la semaine (boîte de
    réception et récapitulatif ; pas en aperçu). Personne ne reçoit de message s'il n'a rien à faire.
    Code de sortie 1 si un envoi échoue ou si une région est injoignable (les autres reçoivent le leur).
    """

    async def work(settings: Settings) -> bool:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from filiere import clock
        from filiere.digest.service import Delivery, collect_digests, deliver, remind_expiring_grants
        from filiere.tenancy.registry import TenantRegistry

        day = today.date() if today else clock.today(settings)
        registry = TenantRegistry(settings)
        try:
            if not dry_run:  # the notices of grants ending within a week, which the digests then carry
                reminded = await remind_expiring_grants(registry, today=day)
                if reminded.grants:
                    ending = counted(reminded.grants, "partage qui prend fin", "partages qui prennent fin")
                    console.print(f"{ending} dans la semaine : signalé aux conseillers qui l'ont fait")
            batch = await collect_digests(registry, today=day)
        finally:
            await registry.dispose()
        for failure in batch.unavailable:
            console.print(f"[red]✗[/] {failure.label} : base injoignable, aucun récapitulatif pour cette région")
        deliveries: list[Delivery] = []
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("Aperçu" if dry_run else "Envoi", total=len(batch.digests))
            async for delivery in deliver(batch.digests, settings, dry_run=dry_run):
                deliveries.append(delivery)
                if delivery.error:
                    progress.console.print(f"[red]✗[/] {delivery.digest.recipient.email} : {delivery.error}")
                progress.advance(task)
        table = Table("Destinataire", "Région", "Objet", "Envoi", title=f"Récapitulatifs du {day:%d/%m/%Y}")
        for delivery in deliveries:
            recipient = delivery.digest.recipient
            outcome = "aperçu" if dry_run else ("[red]échec[/]" if delivery.error else "[green]envoyé[/]")
            table.add_row(recipient.email, recipient.region, delivery.digest.subject, outcome)
        if deliveries:
            console.print(table)
        failed = sum(1 for d in deliveries if d.error)
        sent = len(deliveries) - failed
        done = (
            counted(sent, "récapitulatif prêt", "récapitulatifs prêts")
            if dry_run
            else counted(sent, "récapitulatif envoyé")
        )
        console.print(
            f"{done}{' (aperçu, rien n’est envoyé)' if dry_run else ''}, {counted(failed, 'échec')} ; "
            f"{counted(batch.people - len(deliveries), 'personne')} sans jalon à signaler ; "
            f"{counted(len(batch.unavailable), 'région injoignable')}."
        )
        return failed == 0 and not batch.unavailable

    if not _run(work):
        raise typer.Exit(1)


# --- sourcing -------------------------------------------------------------------------------------


@sourcing_app.command("import")
def sourcing_import(
    etablissements: Annotated[
        Path,
        typer.Option(
            "--etablissements",
            exists=True,
            dir_okay=False,
            help="StockEtablissement de l'INSEE (CSV UTF-8, éventuellement zippé)",
        ),
    ],
    unites_legales: Annotated[
        Path,
        typer.Option(
            "--unites-legales",
            exists=True,
            dir_okay=False,
            help="StockUniteLegale de l'INSEE (CSV UTF-8, éventuellement zippé), pour les raisons sociales",
        ),
    ],
) -> None:
    """Importe le stock SIRENE dans l'annuaire des fournisseurs de chaque région (et l'annuaire national).

    Chaque établissement va dans la région de son département. Les fichiers sont lus en flux ; l'annuaire
    n'est remplacé qu'une fois les deux fichiers lus en entier : une importation interrompue ou refusée
    laisse l'annuaire précédent intact. Réimporter les mêmes fichiers ne change rien.
    Code de sortie 1 si les fichiers sont illisibles ou trop abîmés.
    """

    async def work(settings: Settings) -> bool:
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        from filiere.sourcing.importer import ImportRefusedError, import_sirene
        from filiere.sourcing.sirene import ReadReport, SireneFileError
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            DownloadColumn(binary_units=True),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
        )
        started = time.perf_counter()
        with Progress(*columns, console=console) as progress:
            tasks: dict[str, TaskID] = {}

            def on_progress(report: ReadReport) -> None:
                if report.file not in tasks:
                    tasks[report.file] = progress.add_task(report.file, total=report.total_bytes, rate="")
                elapsed = max(time.perf_counter() - started, 1e-6)
                rate = f"{report.rows / elapsed:,.0f} lignes/s".replace(",", " ")
                progress.update(tasks[report.file], completed=report.bytes_read, rate=rate)

            try:
                outcome = await import_sirene(
                    registry, establishments=etablissements, legal_units=unites_legales, on_progress=on_progress
                )
            except (SireneFileError, ImportRefusedError) as error:
                console.print(f"[red]✗[/] {escape(str(error))}")
                console.print("L'annuaire n'a pas été modifié.")
                return False
            finally:
                await registry.dispose()
        table = Table("Annuaire", "Ajoutés", "Mis à jour", "Fermés", "Disparus", title="Importation SIRENE")
        for slug, counts in outcome.tenants.items():
            table.add_row(slug, *(str(n) for n in (counts.added, counts.updated, counts.closed, counts.absent)))
        console.print(table)
        for report in (outcome.legal_units, outcome.establishments):
            if report is None:
                continue
            for problem in report.problems[:20]:
                console.print(f"[yellow]![/] {escape(str(problem))}")
            if report.skipped > 20:
                console.print(f"… et {counted(report.skipped - 20, 'autre ligne ignorée')} dans {report.file}.")
        read = outcome.establishments.rows if outcome.establishments else 0
        abroad = (
            counted(outcome.abroad, "établissement", "établissements")
            + " à l'étranger "
            + ("non importés" if outcome.abroad > 1 else "non importé")
        )
        console.print(
            f"{counted(read, 'établissement lu', 'établissements lus')} en {outcome.seconds:.0f} s ; "
            f"{counted(outcome.skipped, 'ligne ignorée')} ; {abroad}."
        )
        return True

    if not _run(work):
        raise typer.Exit(1)


# --- financing ------------------------------------------------------------------------------------


@financing_app.command("import-aides")
def financing_import_aides(
    file: Annotated[
        Path,
        typer.Argument(exists=True, dir_okay=False, help="Export JSON de l'API Aides-territoires (/api/aids/)"),
    ],
) -> None:
    """Importe les aides d'un fichier Aides-territoires dans le catalogue national des dispositifs.

    Le fichier (une liste d'aides, ou une page de l'API avec « results ») est lu en flux. Chaque aide est
    reconnue par son identifiant : réimporter le même fichier ne change rien. Une aide inutilisable est
    nommée et ignorée ; le dispositif qu'elle aurait mis à jour garde sa version précédente.
    Code de sortie 1 si le fichier est illisible (rien n'est alors importé).
    """

    async def work(settings: Settings) -> bool:
        from rich.progress import BarColumn, DownloadColumn, Progress, TaskProgressColumn, TextColumn

        from filiere.financing.aides_import import AidesFileError, import_aides
        from filiere.tenancy.registry import TenantRegistry

        registry = TenantRegistry(settings)
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            DownloadColumn(),
            TextColumn("{task.fields[aids]}"),
        )
        with Progress(*columns, console=console) as progress:
            task = progress.add_task(file.name, total=file.stat().st_size, aids="")

            def on_progress(done: int, aids: int) -> None:
                progress.update(task, completed=done, aids=counted(aids, "aide lue", "aides lues"))

            try:
                summary = await import_aides(registry, file, on_progress=on_progress)
            except AidesFileError as error:
                console.print(f"[red]✗[/] {escape(str(error))}")
                console.print("Le catalogue n'a pas été modifié.")
                return False
            finally:
                await registry.dispose()
        for problem in summary.problems[:50]:
            console.print(f"[yellow]![/] {escape(str(problem))}")
        if summary.skipped > 50:
            console.print(f"… et {counted(summary.skipped - 50, 'autre aide ignorée')}.")
        console.print(
            f"{counted(summary.read, 'aide lue', 'aides lues')} : {summary.created} ajoutée(s), "
            f"{summary.updated} mise(s) à jour, {summary.unchanged} inchangée(s), {summary.skipped} ignorée(s)."
        )
        return True

    if not _run(work):
        raise typer.Exit(1)


# --- users ----------------------------------------------------------------------------------------


def _users_work(
    work: Callable[[UnitOfWork, Settings, str], Coroutine[Any, Any, T]],
) -> T:
    """Run `work` in one transaction as the command line's operator; a user's mistake is printed in French
    and ends the command with code 1, nothing written."""

    async def run(settings: Settings) -> T:
        import uuid

        from filiere.errors import DomainError
        from filiere.tenancy.registry import TenantRegistry
        from filiere.tenancy.unit_of_work import UnitOfWork

        registry = TenantRegistry(settings)
        try:
            async with UnitOfWork(registry) as uow:
                try:
                    result = await work(uow, settings, f"cli-{uuid.uuid4().hex}")
                except DomainError as error:
                    console.print(f"[red]Refusé :[/] {escape(error.message)}")
                    raise typer.Exit(1) from None
                await uow.commit()
                return result
        finally:
            await registry.dispose()

    return _run(run)


_SEND_HELP = (
    "Envoie le lien par e-mail (serveur SMTP des réglages FILIERE_SMTP_*), une fois le compte enregistré ; "
    "sans cette option, ou si l'envoi échoue, le lien s'affiche pour être transmis autrement"
)


@dataclass
class _Handover:
    """An invitation to hand over: by e-mail once committed (`sent`), else its link printed."""

    email: str
    link: str
    sent: bool = False


def _handover(uow: UnitOfWork, settings: Settings, invited: Invited, *, send: bool) -> _Handover:
    from filiere.administration.mail import send_invitation
    from filiere.administration.service import invitation_link

    handover = _Handover(email=invited.user.email, link=invitation_link(settings.public_url, invited.token))
    if send:

        async def deliver() -> None:
            handover.sent = await send_invitation(settings, invited, invited_by=None)

        uow.after_commit(deliver)
    return handover


def _print_handover(handover: _Handover, *, send: bool) -> None:
    if handover.sent:
        console.print(f"[green]✓[/] invitation envoyée par e-mail à {escape(handover.email)}.")
        return
    if send:
        console.print(
            "[yellow]L'e-mail d'invitation n'a pas pu partir[/] (serveur SMTP injoignable ou refus) ; le compte est "
            "bien créé : transmettez ce lien vous-même, ou relancez plus tard `filiere users invite --send`."
        )
    typer.echo(handover.link)


async def _user_id(uow: UnitOfWork, email: str) -> int:
    from filiere.accounts.service import user_id_by_email

    user_id = await user_id_by_email(uow.national(), email)
    if user_id is None:
        console.print(f"[red]Refusé :[/] aucun compte n'a l'adresse « {escape(email)} ».")
        raise typer.Exit(1)
    return user_id


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option("--email", help="Adresse e-mail, qui sert d'identifiant")],
    name: Annotated[str, typer.Option("--name", help="Nom affiché, par exemple « Camille Roux »")],
    role: Annotated[
        str,
        typer.Option(
            "--role",
            help="Rôle : adviser, regional_admin, national, partner, juror ou platform_admin",
        ),
    ],
    region: Annotated[
        str | None, typer.Option("--region", help="Slug de la région (conseillers et responsables régionaux)")
    ] = None,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="Slug de l'organisation (partenaires, jurés)")
    ] = None,
    *,
    send: Annotated[bool, typer.Option("--send", help=_SEND_HELP)] = False,
) -> None:
    """Crée un compte et affiche son lien d'invitation (valable 7 jours, à usage unique), ou l'envoie par
    e-mail avec --send.

    Le compte s'ouvre quand la personne choisit son mot de passe par ce lien. Un envoi qui échoue n'annule
    pas le compte : le lien s'affiche alors.

    Code de sortie 1 si la demande est refusée (rôle ou région inconnus, organisation manquante, adresse prise)."""
    from filiere.auth.principal import Role

    try:
        Role(role)
    except ValueError:
        console.print(
            f"[red]Refusé :[/] rôle inconnu « {escape(role)} » ; rôles possibles : {', '.join(r.value for r in Role)}."
        )
        raise typer.Exit(1) from None

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> _Handover:
        from filiere.administration.service import COMMAND_LINE, NewAccount, invite_user

        data = NewAccount(email=email, name=name, role=Role(role), region=region, organisation=organisation)
        invited = await invite_user(uow, COMMAND_LINE, data=data, request_id=request_id)
        console.print(f"[green]✓[/] compte créé pour {escape(invited.user.email)}, en attente de son mot de passe.")
        return _handover(uow, settings, invited, send=send)

    _print_handover(_users_work(work), send=send)


@users_app.command("invite")
def users_invite(
    email: Annotated[str, typer.Argument(help="Adresse e-mail du compte")],
    send: Annotated[bool, typer.Option("--send", help=_SEND_HELP)] = False,
) -> None:
    """Affiche (ou envoie avec --send) un nouveau lien d'invitation pour un compte pas encore ouvert ; le
    précédent cesse de marcher."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> _Handover:
        from filiere.administration.service import COMMAND_LINE, invite_again

        invited = await invite_again(uow, COMMAND_LINE, user_id=await _user_id(uow, email), request_id=request_id)
        return _handover(uow, settings, invited, send=send)

    _print_handover(_users_work(work), send=send)


@users_app.command("deactivate")
def users_deactivate(email: Annotated[str, typer.Argument(help="Adresse e-mail du compte")]) -> None:
    """Désactive un compte : ses jetons sont refusés dès la requête suivante, ses sessions fermées."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> None:
        from filiere.administration.service import COMMAND_LINE, deactivate_user

        await deactivate_user(uow, COMMAND_LINE, user_id=await _user_id(uow, email), request_id=request_id)
        console.print(f"[green]✓[/] compte {escape(email)} désactivé.")

    _users_work(work)


@users_app.command("list")
def users_list() -> None:
    """Liste les comptes, par adresse e-mail."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> None:
        from filiere.administration.service import COMMAND_LINE, UserFilters, list_users
        from filiere.pagination import PageRequest
        from filiere.text import long_datetime

        table = Table("E-mail", "Nom", "Rôle", "Région", "État", "Dernière connexion")
        after = None
        while True:
            page = await list_users(uow, COMMAND_LINE, PageRequest.parse(200, after, max_size=200), UserFilters())
            for user in page.items:
                table.add_row(
                    user.email,
                    user.display_name,
                    user.role.value,
                    user.region or "—",
                    "actif" if user.is_active else "inactif",
                    long_datetime(user.last_sign_in_at) if user.last_sign_in_at else "—",
                )
            if not page.has_next_page:
                break
            after = page.positions[-1].encode()
        table.caption = counted(table.row_count, "compte")
        Console(width=200).print(table)

    _users_work(work)


# --- partners -------------------------------------------------------------------------------------


def _print_secret(client_id: str, secret: str) -> None:
    """On standard output, for a script to read; the warning on standard error."""
    typer.echo(f"client_id: {client_id}")
    typer.echo(f"client_secret: {secret}")
    console.print(
        "[yellow]Ce secret ne sera plus jamais affiché[/] : transmettez-le au partenaire par un canal sûr. "
        "Filière n'en garde qu'une empreinte."
    )


@api_clients_app.command("create")
def partners_client_create(
    organisation: Annotated[str, typer.Option("--organisation", help="Slug de l'organisation partenaire")],
    name: Annotated[
        str | None,
        typer.Option("--name", help="Nom du client, par exemple « ERP Bpifrance » ; « API <organisation> » par défaut"),
    ] = None,
) -> None:
    """Crée un client d'API pour l'organisation et affiche son client_id et son secret, une seule fois.

    Le client lit, par l'API GraphQL, exactement ce que l'organisation a reçu en partage.
    Code de sortie 1 si l'organisation est inconnue."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> tuple[str, str]:
        from filiere.administration.service import COMMAND_LINE
        from filiere.apiclients.service import create_api_client

        issued = await create_api_client(
            uow, COMMAND_LINE, organisation_slug=organisation, name=name, request_id=request_id
        )
        console.print(f"[green]✓[/] client d'API « {escape(issued.client.name)} » créé pour {escape(organisation)}.")
        return issued.client.client_id, issued.secret

    _print_secret(*_users_work(work))


@api_clients_app.command("list")
def partners_client_list(
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="Slug d'une organisation : ses seuls clients")
    ] = None,
) -> None:
    """Liste les clients d'API, avec leur dernière utilisation (à la minute près)."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> None:
        from filiere.administration.service import COMMAND_LINE
        from filiere.apiclients.service import list_api_clients
        from filiere.text import long_datetime

        table = Table("client_id", "Nom", "Organisation", "Créé le", "Dernière utilisation", "État")
        for client in await list_api_clients(uow, COMMAND_LINE, organisation_slug=organisation):
            if client.revoked_at:
                state = f"révoqué le {long_datetime(client.revoked_at)}"
            elif client.previous_secret_expires_at and client.previous_secret_expires_at > datetime.now(UTC):
                state = f"ancien secret valable jusqu'au {long_datetime(client.previous_secret_expires_at)}"
            else:
                state = "actif"
            table.add_row(
                client.client_id,
                client.name,
                client.organisation,
                long_datetime(client.created_at),
                long_datetime(client.last_used_at) if client.last_used_at else "—",
                state,
            )
        table.caption = counted(table.row_count, "client")
        Console(width=200).print(table)

    _users_work(work)


@api_clients_app.command("rotate")
def partners_client_rotate(client_id: Annotated[str, typer.Argument(help="client_id du client")]) -> None:
    """Remplace le secret du client et affiche le nouveau, une seule fois. L'ancien reste valable pendant le
    délai de grâce (FILIERE_API_CLIENT_ROTATION_GRACE_HOURS, 24 heures par défaut), le temps de le remplacer."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> tuple[str, str]:
        from datetime import timedelta

        from filiere.administration.service import COMMAND_LINE
        from filiere.apiclients.service import rotate_api_client_secret
        from filiere.text import long_datetime

        grace = timedelta(hours=settings.api_client_rotation_grace_hours)
        issued = await rotate_api_client_secret(
            uow, COMMAND_LINE, client_id=client_id, grace=grace, request_id=request_id
        )
        until = issued.client.previous_secret_expires_at
        console.print(
            f"[green]✓[/] nouveau secret pour {escape(client_id)} ; l'ancien reste valable jusqu'au "
            f"{long_datetime(until) if until else '—'}."
        )
        return issued.client.client_id, issued.secret

    _print_secret(*_users_work(work))


@api_clients_app.command("revoke")
def partners_client_revoke(client_id: Annotated[str, typer.Argument(help="client_id du client")]) -> None:
    """Révoque le client pour de bon : plus aucun jeton, et ceux qu'il détient sont refusés dès la requête
    suivante."""

    async def work(uow: UnitOfWork, settings: Settings, request_id: str) -> None:
        from filiere.administration.service import COMMAND_LINE
        from filiere.apiclients.service import revoke_api_client

        await revoke_api_client(uow, COMMAND_LINE, client_id=client_id, request_id=request_id)
        console.print(f"[green]✓[/] client d'API {escape(client_id)} révoqué.")

    _users_work(work)


if __name__ == "__main__":
    app()
