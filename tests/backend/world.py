"""A complete Filière deployment for tests: five databases (SQLite files or PostgreSQL databases made for
the session), migrated, with the demo data, and the app behind an in-process HTTP client."""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from joserfc import jwt
from sqlalchemy import Engine, Table, delete, event, select, text
from sqlalchemy.ext.asyncio import create_async_engine
from starlette.applications import Starlette

from filiere import migrations
from filiere.accounts.models import User
from filiere.app import create_app
from filiere.auth.issuer.keys import KeyStore
from filiere.auth.issuer.server import ResourceOwner
from filiere.auth.principal import Principal, Role
from filiere.database import METADATA
from filiere.demo.loader import load_demo
from filiere.demo.planning import DEMO_AS_OF
from filiere.partners.models import Organisation
from filiere.settings import Settings
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.registry import Tenant, TenantRegistry

POSTGRES_ADMIN_URL = os.environ.get(
    "FILIERE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
PUBLIC_URL = "http://127.0.0.1:8000"
# What a statement writes, read from its text: the reset restores only the tables a test touched.
WRITE = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?", re.IGNORECASE)
READ_OR_SESSION = re.compile(
    r"^\s*(?:SELECT|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT|SHOW|SET\s|PRAGMA\s+\w+\s*$)", re.IGNORECASE
)
EVERY_TABLE = "*"
# National tables that tests change.
MUTABLE_NATIONAL_TABLES = [
    "organisations",
    "api_clients",
    "users",
    "invitations",
    "project_memberships",
    "refresh_tokens",
    "authorization_codes",
    "sign_in_sessions",
    "sign_in_throttle",
    "rate_limit_windows",
    "inbox_items",
    "suppliers",
    "suppliers_stage",
    "supplier_imports",
    "commune_centres",
    "grants",
    "audit_events",
    "editions",
    "milestone_template_dependencies",
    "milestone_templates",
    "method_phases",
    "method_versions",
    "scoring_criteria",
    "meetup_themes",
    "financing_schemes",
    "financing_scheme_criteria",
]


def settings_for(backend: str, var_dir: Path, database_prefix: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": "test",
        "var_dir": var_dir,
        "spa_dir": None,
        "public_url": PUBLIC_URL,
        "log_json": False,
        # Above the per-account limit, as in production, but low enough for a quick test.
        "throttle_max_failures_per_ip": 8,
        # The demo plan's statuses are drawn as of this day (filiere.demo.planning.DEMO_AS_OF).
        "today": DEMO_AS_OF,
        # The issuer rereads its signing keys every minute in production: on a slow machine that reread
        # could land inside a request whose statements a test counts (they must depend on rows, not time).
        "signing_key_cache_seconds": 3600.0,
    }
    if backend == "postgresql":
        values["database_url_template"] = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{database_prefix}_{{slug}}"
    values.update(overrides)
    return Settings(**values)


async def create_postgres_databases(settings: Settings) -> list[str]:
    names = [settings.database_url(t.slug).rsplit("/", 1)[1] for t in TenantRegistry(settings).all()]
    admin = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            for name in names:
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()
    return names


async def drop_postgres_databases(names: list[str]) -> None:
    admin = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            for name in names:
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


async def migrate(registry: TenantRegistry) -> None:
    for tenant in registry.all():
        await migrations.upgrade(tenant)


@dataclass
class World:
    backend: str
    settings: Settings
    app: Starlette
    client: httpx.AsyncClient
    _users: dict[str, User] = field(default_factory=dict)
    _organisations: dict[int, str] = field(default_factory=dict)
    # The demo's rows, per tenant and table, as loaded once: restoring them beats loading again.
    _snapshot: dict[str, list[tuple[Table, list[dict[str, Any]]]]] = field(default_factory=dict)
    # Tables written since the last reset, per tenant (EVERY_TABLE when a statement could not be read).
    _written: dict[str, set[str]] = field(default_factory=dict)
    _recorder: Any = None

    @property
    def registry(self) -> TenantRegistry:
        registry: TenantRegistry = self.app.state.registry
        return registry

    @property
    def key_store(self) -> KeyStore:
        key_store: KeyStore = self.app.state.key_store
        return key_store

    def _mutable_tables(self, tenant: Tenant) -> list[Table]:
        metadata = METADATA[tenant.kind]
        if tenant.kind is TenantKind.REGIONAL:
            return list(metadata.sorted_tables)
        return [table for table in metadata.sorted_tables if table.name in MUTABLE_NATIONAL_TABLES]

    async def take_snapshot(self) -> None:
        for tenant in self.registry.all():
            async with tenant.engine.connect() as connection:
                self._snapshot[tenant.slug] = [
                    (table, [dict(row._mapping) for row in await connection.execute(select(table))])
                    for table in self._mutable_tables(tenant)
                ]

    def track_writes(self) -> None:
        """Note the tables each statement writes, from any engine of this process on the world's databases
        (a second app or registry included); a child process must announce itself (`child_environment`)."""
        slugs = {_address(tenant.engine.sync_engine): tenant.slug for tenant in self.registry.all()}
        self._written = {slug: set() for slug in slugs.values()}

        def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            slug = slugs.get(_address(conn.engine))
            if slug is None:
                return
            if match := WRITE.match(statement):
                self._written[slug].add(match.group(1))
            elif not READ_OR_SESSION.match(statement):
                self._written[slug].add(EVERY_TABLE)  # DDL, a CTE, a PRAGMA that sets: restore everything

        self._recorder = record
        event.listen(Engine, "before_cursor_execute", record)

    def stop_tracking(self) -> None:
        if self._recorder is not None:
            event.remove(Engine, "before_cursor_execute", self._recorder)

    def child_environment(self, **variables: str) -> dict[str, str]:
        """The environment of a `filiere` command run on this world's databases; what it writes is unseen
        here, so the next reset restores every table."""
        for written in self._written.values():
            written.add(EVERY_TABLE)
        env = {name: value for name, value in os.environ.items() if not name.startswith("FILIERE_")}
        env.update(FILIERE_VAR_DIR=str(self.settings.var_dir), FILIERE_ENVIRONMENT="test")
        if self.settings.database_url_template:
            env["FILIERE_DATABASE_URL_TEMPLATE"] = self.settings.database_url_template
        return {**env, **variables}

    def _tables_to_restore(self, slug: str) -> list[tuple[Table, list[dict[str, Any]]]]:
        """The written tables and, transitively, those whose foreign keys point at them (deleting a parent
        row would break or cascade into them), in dependency order."""
        snapshot = self._snapshot[slug]
        written = self._written[slug]
        if EVERY_TABLE in written:
            return snapshot
        chosen = set(written)
        for table, _ in snapshot:  # sorted: parents come before the tables that refer to them
            if any(key.column.table.name in chosen for key in table.foreign_keys):
                chosen.add(table.name)
        return [(table, rows) for table, rows in snapshot if table.name in chosen]

    async def reset(self) -> None:
        """Back to the demo state: every regional table and the national plan as the demo loaded them,
        issuer state and grants emptied, accounts and organisations as the demo made them."""
        for tenant in self.registry.all():
            tables = self._tables_to_restore(tenant.slug)
            if not tables:
                continue
            async with tenant.engine.begin() as connection:
                for table, _ in reversed(tables):
                    await connection.execute(delete(table))
                for table, rows in tables:
                    if rows:
                        await connection.execute(table.insert(), rows)
            self._written[tenant.slug].clear()

    async def user(self, email: str) -> User:
        if not self._users:
            async with self.registry.national.sessions() as session:
                self._users = {u.email: u for u in await session.scalars(select(User))}
                self._organisations = {o.id: o.slug for o in await session.scalars(select(Organisation))}
        return self._users[email]

    async def owner(self, email: str) -> ResourceOwner:
        user = await self.user(email)
        return ResourceOwner.of(user, self._organisations.get(user.organisation_id) if user.organisation_id else None)

    async def principal(self, email: str) -> Principal:
        owner = await self.owner(email)
        return Principal(
            subject=owner.subject,
            role=Role(owner.role),
            display_name=owner.display_name,
            email=owner.email,
            region=owner.region,
            organisation=owner.organisation,
        )

    async def access_token(self, email: str, **claims: Any) -> str:
        """A token as the embedded issuer signs it (the sign-in flow itself is tested in auth/)."""
        owner = await self.owner(email)
        now = int(time.time())
        payload = {
            "iss": self.settings.issuer,
            "aud": self.settings.oidc_audience,
            "sub": owner.subject,
            "iat": now,
            "nbf": now,
            "exp": now + 300,
            "jti": uuid.uuid4().hex,
            "client_id": self.settings.spa_client_id,
            **owner.token_claims(),
            **claims,
        }
        key = await self.key_store.signing_key()
        return jwt.encode({"alg": "RS256", "kid": key.kid, "typ": "at+jwt"}, payload, key)

    async def headers(self, email: str | None) -> dict[str, str]:
        if email is None:
            return {}
        return {"Authorization": f"Bearer {await self.access_token(email)}"}

    async def graphql(
        self, query: str, variables: dict[str, Any] | None = None, *, as_user: str | None = None
    ) -> dict[str, Any]:
        response = await self.client.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers=await self.headers(as_user),
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body


def _address(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


async def build_world(backend: str, var_dir: Path, database_prefix: str, **overrides: Any) -> World:
    settings = settings_for(backend, var_dir, database_prefix, **overrides)
    app = create_app(settings)
    registry: TenantRegistry = app.state.registry
    await migrate(registry)
    await load_demo(registry, settings)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL)
    world = World(backend=backend, settings=settings, app=app, client=client)
    await world.take_snapshot()
    world.track_writes()
    return world


class StatementCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)


@contextmanager
def count_statements(registry: TenantRegistry) -> Iterator[StatementCounter]:
    """Every SQL statement sent to any tenant while the block runs."""
    counter = StatementCounter()

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        counter.statements.append(statement)

    engines = [tenant.engine.sync_engine for tenant in registry.all()]
    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    try:
        yield counter
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", record)


@contextmanager
def region_down(world: World, slug: str) -> Iterator[None]:
    """Point one region at a database that cannot be reached, as during an outage."""
    healthy = world.registry.region(slug)
    unreachable = (
        "postgresql+asyncpg://postgres@127.0.0.1:1/unreachable"
        if world.backend == "postgresql"
        else "sqlite+aiosqlite:////dev/null/unreachable.db"  # below a file: cannot be opened
    )
    broken = Tenant(
        slug=slug,
        label=healthy.label,
        kind=healthy.kind,
        engine=create_async_engine(unreachable),
        settings=healthy.settings,
    )
    world.registry._regions[slug] = broken
    try:
        yield
    finally:
        world.registry._regions[slug] = healthy
