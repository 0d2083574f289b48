"""`filiere notify digest` against a real SMTP server started by the tests (aiosmtpd), on both databases."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select, update

from filiere.accounts.models import User
from filiere.auth.principal import REGIONAL_ROLES
from filiere.digest.service import Digest, Recipient, collect_digests, deliver
from filiere.ids import encode_id
from filiere.methodology.calendar import calendar_for
from filiere.notifications.models import InboxItem, InboxKind
from filiere.planning.models import Milestone
from filiere.programmes.models import Project
from filiere.text import long_date, newest_first_time_key
from tests.backend.mail import SENDER, Inbox, free_port, settings_with_smtp
from tests.backend.planning.calendar.support import JUROR, NATIONAL, OPS, PARTNER, add_milestones, cohort_id
from tests.backend.world import PUBLIC_URL, World, count_statements, region_down

TODAY = date(2026, 11, 23)
CAMILLE = "conseiller.normandie@demo.filiere.fr"
HDF_ADMIN = "admin.hauts-de-france@demo.filiere.fr"


async def run_command(world: World, port: int, *options: str) -> tuple[int, str]:
    """The real command, in its own process, on the world's databases."""
    env = world.child_environment(
        FILIERE_PUBLIC_URL=PUBLIC_URL,
        FILIERE_SMTP_HOST="127.0.0.1",
        FILIERE_SMTP_PORT=str(port),
        FILIERE_SMTP_FROM=SENDER,
        FILIERE_LOG_LEVEL="WARNING",
        COLUMNS="200",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "filiere.cli",
        "notify",
        "digest",
        *options,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, stdout.decode() + stderr.decode()


@dataclass
class Expected:
    overdue: list[Milestone]
    upcoming: list[Milestone]

    @property
    def subject(self) -> str:
        parts = [f"{len(self.overdue)} en retard"] if self.overdue else []
        parts += [f"{len(self.upcoming)} à venir"] if self.upcoming else []
        return "Vos jalons : " + ", ".join(parts)


async def expected_digests(world: World) -> dict[str, Expected]:
    """Straight from the databases: each active regional user's open milestones, overdue or due soon."""
    async with world.registry.national.sessions() as session:
        users = list(await session.scalars(select(User).where(User.is_active.is_(True))))
    expected: dict[str, Expected] = {}
    for user in users:
        if user.role not in REGIONAL_ROLES or user.region is None:
            continue
        tenant = world.registry.region(user.region)
        horizon = calendar_for(tenant.holiday_subdivision).shift(TODAY, 10)
        async with tenant.sessions() as session:
            rows = list(
                await session.scalars(
                    select(Milestone)
                    .where(Milestone.assignee_id == user.id, Milestone.done_on.is_(None))
                    .order_by(Milestone.sort_key)
                )
            )
        open_rows = [row for row in rows if row.due_date is not None and row.due_date <= horizon]
        if open_rows:
            expected[user.email] = Expected(
                overdue=[row for row in open_rows if row.due_date and row.due_date < TODAY],
                upcoming=[row for row in open_rows if row.due_date and row.due_date >= TODAY],
            )
    return expected


def parts(message: EmailMessage) -> tuple[str, str]:
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


async def nothing_left_for(world: World, email_address: str) -> None:
    user = await world.user(email_address)
    assert user.region is not None
    async with world.registry.region(user.region).sessions() as session, session.begin():
        await session.execute(
            update(Milestone).where(Milestone.assignee_id == user.id, Milestone.done_on.is_(None)).values(done_on=TODAY)
        )


async def test_each_person_with_milestones_gets_one_french_email(world: World, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    await nothing_left_for(world, HDF_ADMIN)
    camille = await world.user(CAMILLE)
    overdue = (await expected_digests(world))[CAMILLE].overdue[0]
    async with world.registry.region("normandie").sessions() as session, session.begin():
        await session.execute(update(Milestone).where(Milestone.id == overdue.id).values(title='Essais <R&D> "bis"'))
    expected = await expected_digests(world)
    assert CAMILLE in expected and HDF_ADMIN not in expected and len(expected) >= 4

    code, output = await run_command(world, port, "--today", "2026-11-23")
    assert code == 0, output
    received = inbox.by_recipient()
    assert set(received) == set(expected), "one message per person with milestones, none for the others"
    for nobody in (NATIONAL, PARTNER, JUROR, OPS, HDF_ADMIN):
        assert nobody not in received
    for address, message in received.items():
        assert message["Subject"] == expected[address].subject
        assert message["From"] == SENDER and address in message["To"]
        assert message["Auto-Submitted"] == "auto-generated"
    assert f"{len(expected)} récapitulatifs envoyés, 0 échec" in " ".join(output.split())

    mine = expected[CAMILLE]
    assert mine.overdue and mine.upcoming, "the demo gives Camille both kinds"
    text, html = parts(received[CAMILLE])
    assert "Bonjour Camille Lemoine," in text and "Bonjour Camille Lemoine," in html
    assert f"EN RETARD ({len(mine.overdue)})" in text and f"En retard ({len(mine.overdue)})" in html
    assert f"({len(mine.upcoming)})" in text.split("À VENIR D'ICI LE")[1].split("\n")[0]
    async with world.registry.region("normandie").sessions() as session:
        projects = dict((await session.execute(select(Project.id, Project.name))).all())
    for row in [*mine.overdue, *mine.upcoming]:
        assert row.due_date is not None
        title = f"{row.title} — {projects[row.project_id]}" if row.project_id else row.title
        assert title in text
        assert f"Échéance : {long_date(row.due_date)}" in text
    assert text.index("EN RETARD") < text.index("À VENIR")
    cohort_link = f"{PUBLIC_URL}/cohortes/{encode_id('Cohort', 'normandie', await cohort_id(world, 'normandie'))}"
    assert cohort_link in text and f'href="{cohort_link}"' in html
    assert f"{PUBLIC_URL}/mes-jalons" in text and f'href="{PUBLIC_URL}/mes-jalons"' in html
    # User input is escaped in HTML, and left as typed in plain text.
    assert 'Essais <R&D> "bis"' in text
    assert "Essais &lt;R&amp;D&gt; &#34;bis&#34;" in html and "<R&D>" not in html
    assert "démonstration" in text and camille.display_name in received[CAMILLE]["To"]


async def test_a_refused_recipient_does_not_stop_the_others(world: World, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    inbox.refused.add(CAMILLE)
    expected = await expected_digests(world)
    code, output = await run_command(world, port, "--today", "2026-11-23")
    assert code == 1, output
    assert set(inbox.by_recipient()) == set(expected) - {CAMILLE}
    flat = " ".join(output.split())
    assert CAMILLE in flat and "SMTPRecipientsRefused" in flat
    assert f"{len(expected) - 1} récapitulatifs envoyés, 1 échec" in flat


async def test_a_dry_run_sends_nothing(world: World, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    expected = await expected_digests(world)
    code, output = await run_command(world, port, "--today", "2026-11-23", "--dry-run")
    assert code == 0, output
    assert inbox.received == []
    assert expected[CAMILLE].subject in output and "aperçu" in output


async def test_an_unreachable_smtp_server_fails_every_delivery_and_the_exit_code(world: World) -> None:
    code, output = await run_command(world, free_port(), "--today", "2026-11-23")
    assert code == 1
    assert "0 récapitulatif envoyé" in " ".join(output.split())


async def test_a_region_down_is_reported_and_the_others_still_get_theirs(world: World, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    with region_down(world, "bourgogne-franche-comte"):
        batch = await collect_digests(world.registry, today=TODAY)
    assert [failure.slug for failure in batch.unavailable] == ["bourgogne-franche-comte"]
    regions = {digest.recipient.region for digest in batch.digests}
    assert "bourgogne-franche-comte" not in regions and "normandie" in regions
    deliveries = [d async for d in deliver(batch.digests, settings_with_smtp(world, port), dry_run=False)]
    assert all(d.error is None for d in deliveries)
    assert len(inbox.received) == len(batch.digests)


async def test_reading_the_digests_does_not_grow_with_the_number_of_milestones(world: World) -> None:
    async def statements() -> tuple[int, int]:
        with count_statements(world.registry) as counter:
            batch = await collect_digests(world.registry, today=TODAY)
        return counter.count, sum(len(d.overdue) + len(d.upcoming) for d in batch.digests)

    before = await statements()
    await add_milestones(world, "normandie", await cohort_id(world, "normandie"), 12)
    after = await statements()
    print(f"\ndigest statements: {before[0]} → {after[0]}")
    assert after[1] > before[1] and after[0] == before[0]
    # The people, their unread sourcing notices and notices of grants ending, then two statements per region.
    assert before[0] == 3 + 2 * len(world.registry.regions)


def test_subjects_count_what_there_is() -> None:
    person = Recipient(user_id=1, email="a@example.fr", display_name="A", region="normandie")

    def digest(overdue: int, upcoming: int) -> Digest:
        return Digest(
            recipient=person,
            today=TODAY,
            horizon=TODAY,
            overdue=[object()] * overdue,  # type: ignore[list-item]
            upcoming=[object()] * upcoming,  # type: ignore[list-item]
        )

    assert digest(2, 3).subject == "Vos jalons : 2 en retard, 3 à venir"
    assert digest(0, 1).subject == "Vos jalons : 1 à venir"
    assert digest(1, 0).subject == "Vos jalons : 1 en retard"
    notices = [object(), object()]
    assert replace(digest(1, 0), sourcing=notices).subject == "Vos jalons : 1 en retard ; sourcing : 2"  # type: ignore[arg-type]
    assert replace(digest(0, 0), sourcing=notices).subject == "Sourcing : 2 nouvelles notifications"  # type: ignore[arg-type]


async def test_an_unread_sourcing_notice_of_the_day_is_mailed_even_without_milestones(
    world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    await nothing_left_for(world, HDF_ADMIN)
    admin = await world.user(HDF_ADMIN)
    now = datetime.now(UTC)
    async with world.registry.national.sessions() as national, national.begin():
        for age, excerpt in ((timedelta(hours=2), "Un tisseur de lin <2 000 m>"), (timedelta(days=2), "Trop ancien")):
            national.add(
                InboxItem(
                    user_id=admin.id,
                    kind=InboxKind.SOURCING_REQUEST,
                    created_at=now - age,
                    sort_key=newest_first_time_key(now - age),
                    actor_name="Camille Lemoine",
                    region="normandie",
                    project_id=1,
                    project_name="Linge de lin",
                    sourcing_request_id=1,
                    excerpt=excerpt,
                )
            )
    code, output = await run_command(world, port, "--today", "2026-11-23")
    assert code == 0, output
    message = inbox.by_recipient()[HDF_ADMIN]
    assert message["Subject"] == "Sourcing : 1 nouvelle notification"
    text, html = parts(message)
    assert "Camille Lemoine cherche des fournisseurs pour « Linge de lin »" in text
    assert "Un tisseur de lin <2 000 m>" in text and "Un tisseur de lin &lt;2 000 m&gt;" in html
    assert "Trop ancien" not in text, "mailed once, the day after it arrived"
    assert f"{PUBLIC_URL}/demandes-de-sourcing" in text
