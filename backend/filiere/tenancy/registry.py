"""One async engine per tenant: the national database and one database per region."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from filiere.settings import NATIONAL_SLUG, Settings, TenantSettings
from filiere.tenancy.metadata import TenantKind
from filiere.tenancy.session import TenantSession


class UnknownTenantError(LookupError):
    def __init__(self, slug: str) -> None:
        super().__init__(f"unknown tenant {slug!r}")
        self.slug = slug


@dataclass(eq=False)
class Tenant:
    slug: str
    label: str
    kind: TenantKind
    engine: AsyncEngine
    settings: TenantSettings | None = None
    sessions: async_sessionmaker[TenantSession] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = async_sessionmaker(
            self.engine,
            class_=TenantSession,
            expire_on_commit=False,
            info={"tenant_slug": self.slug, "tenant_kind": self.kind},
        )

    @property
    def departements(self) -> list[str]:
        return self.settings.departements if self.settings else []

    @property
    def holiday_subdivision(self) -> str | None:
        return self.settings.holiday_subdivision if self.settings else None


def create_tenant_engine(url: str, settings: Settings) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        return engine
    return create_async_engine(
        url,
        pool_size=settings.database_pool_size,
        pool_pre_ping=True,
        # Errors and logs never carry bound values (personal data, secrets).
        hide_parameters=True,
        connect_args={"timeout": settings.database_connect_timeout_seconds},
    )


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers proceed during a write; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class TenantRegistry:
    """The configured tenants and their engines. Built once per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.national = Tenant(
            slug=NATIONAL_SLUG,
            label="National",
            kind=TenantKind.NATIONAL,
            engine=create_tenant_engine(settings.database_url(NATIONAL_SLUG), settings),
        )
        self._regions = {
            tenant.slug: Tenant(
                slug=tenant.slug,
                label=tenant.label,
                kind=TenantKind.REGIONAL,
                engine=create_tenant_engine(settings.database_url(tenant.slug), settings),
                settings=tenant,
            )
            for tenant in settings.tenants
        }

    @property
    def regions(self) -> list[Tenant]:
        return list(self._regions.values())

    @property
    def region_slugs(self) -> list[str]:
        return list(self._regions)

    def region(self, slug: str) -> Tenant:
        try:
            return self._regions[slug]
        except KeyError:
            raise UnknownTenantError(slug) from None

    def has_region(self, slug: str) -> bool:
        return slug in self._regions

    def all(self) -> Iterator[Tenant]:
        yield self.national
        yield from self._regions.values()

    def region_of_departement(self, departement: str) -> Tenant | None:
        for tenant in self._regions.values():
            if departement in tenant.departements:
                return tenant
        return None

    async def dispose(self) -> None:
        for tenant in self.all():
            await tenant.engine.dispose()
