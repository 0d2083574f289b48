"""Configuration, read once from the environment (prefix ``FILIERE_``) and validated at start-up.

A tenant is a slug, a label and a database URL: adding a region is configuration plus
``filiere db upgrade``, never code.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import date
from email.utils import parseaddr
from pathlib import Path
from typing import Annotated, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

NATIONAL_SLUG = "national"
# Refused in production: a deployment must bring its own secret.
DEVELOPMENT_SECRET_KEY = "filiere-development-secret-key-do-not-use-in-production"  # noqa: S105 - refused in production
REPOSITORY_ROOT = Path(__file__).resolve().parents[2]

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")
_T = TypeVar("_T")


class TenantSettings(BaseModel):
    """One region of the programme, with its own database."""

    slug: str
    label: str
    insee_code: str = Field(description="Code INSEE de la région (COG)")
    departements: list[str]
    database_url: str | None = None
    # `holidays` subdivision for regions with extra public holidays (e.g. "6AE" Alsace-Moselle).
    holiday_subdivision: str | None = None

    @field_validator("slug")
    @classmethod
    def _slug_is_url_safe(cls, value: str) -> str:
        if not _SLUG.match(value) or value == NATIONAL_SLUG:
            raise ValueError(f"invalid tenant slug {value!r}")
        return value


DEFAULT_TENANTS = [
    TenantSettings(
        slug="normandie",
        label="Normandie",
        insee_code="28",
        departements=["14", "27", "50", "61", "76"],
    ),
    TenantSettings(
        slug="ile-de-france",
        label="Île-de-France",
        insee_code="11",
        departements=["75", "77", "78", "91", "92", "93", "94", "95"],
    ),
    TenantSettings(
        slug="hauts-de-france",
        label="Hauts-de-France",
        insee_code="32",
        departements=["02", "59", "60", "62", "80"],
    ),
    TenantSettings(
        slug="bourgogne-franche-comte",
        label="Bourgogne-Franche-Comté",
        insee_code="27",
        departements=["21", "25", "39", "58", "70", "71", "89", "90"],
    ),
]


class ClaimMapping(BaseModel):
    """Where the roles, region and organisation sit in the access token of the configured issuer.

    Dotted paths reach nested claims (Keycloak: ``realm_access.roles``); a list claim yields the
    first value that names a Filière role.
    """

    role: str = "filiere_role"
    region: str = "filiere_region"
    organisation: str = "filiere_organisation"
    name: str = "name"
    email: str = "email"
    # Binds an invited account by e-mail only when the issuer says it verified the address (ProConnect does).
    email_verified: str = "email_verified"


class S3Credentials(BaseModel):
    """A region's own key pair: its IAM policy reaches its bucket (or prefix) and nothing else."""

    access_key_id: str
    secret_access_key: SecretStr


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FILIERE_", env_nested_delimiter="__", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    debug: bool = False
    demo_mode: bool = True
    demo_password: SecretStr = SecretStr("filiere-demo")
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET_KEY)
    public_url: str = "http://127.0.0.1:8000"
    var_dir: Path = REPOSITORY_ROOT / "var"
    spa_dir: Path | None = REPOSITORY_ROOT / "frontend" / "dist"
    log_level: str = "INFO"
    log_json: bool = True

    tenants: list[TenantSettings] = Field(default_factory=lambda: list(DEFAULT_TENANTS))
    national_database_url: str | None = None
    # Per-tenant overrides, e.g. FILIERE_DATABASE_URLS__ILE_DE_FRANCE=postgresql+asyncpg://…
    database_urls: dict[str, str] = Field(default_factory=dict)
    # One pattern for every tenant, e.g. postgresql+asyncpg://postgres@db/filiere_{slug}
    database_url_template: str | None = None
    database_pool_size: int = 5
    database_connect_timeout_seconds: float = 5.0
    fanout_timeout_seconds: float = 10.0

    # Resource server: any OIDC issuer. Empty issuer = the embedded one at `public_url`.
    oidc_issuer: str | None = None
    oidc_jwks_url: str | None = None
    oidc_audience: str = "filiere-api"
    oidc_claims: ClaimMapping = Field(default_factory=ClaimMapping)
    # Who decides role, region and organisation: the token's role claim (embedded issuer, Keycloak) or
    # Filière's own account, found by the token's `iss` + `sub` (ProConnect, whose tokens carry no role).
    oidc_roles_from: Literal["token", "account"] = "token"
    jwks_cache_seconds: int = 300
    # How long the embedded issuer keeps its signing keys in memory before reading them again (a rotation
    # by another replica is seen within this delay).
    signing_key_cache_seconds: float = 60.0

    # Embedded issuer and its single public client, the SPA.
    spa_client_id: str = "filiere-spa"
    spa_redirect_uris: list[str] = Field(
        default_factory=lambda: [
            "http://127.0.0.1:8000/connexion/retour",
            "http://localhost:8000/connexion/retour",
            "http://127.0.0.1:5173/connexion/retour",
            "http://localhost:5173/connexion/retour",
        ]
    )
    spa_post_logout_redirect_uris: list[str] = Field(
        default_factory=lambda: [
            "http://127.0.0.1:8000/au-revoir",
            "http://localhost:8000/au-revoir",
            "http://127.0.0.1:5173/au-revoir",
            "http://localhost:5173/au-revoir",
        ]
    )
    access_token_seconds: int = 300
    refresh_token_seconds: int = 8 * 3600
    sign_in_session_seconds: int = 8 * 3600
    authorization_code_seconds: int = 60
    # Failed sign-ins (filiere.auth.issuer.throttle). One account from one address: free tries, then a delay
    # that doubles with each failure. The account as a whole locks only at a threshold no single address
    # reaches, and its owner then gets in through the unlock link e-mailed to them.
    throttle_window_seconds: int = 15 * 60
    throttle_failures_before_delay: int = 5
    throttle_max_delay_seconds: int = 15 * 60
    throttle_account_lock_failures: int = 100
    throttle_account_window_seconds: int = 3600
    throttle_max_failures_per_ip: int = 30
    # Partner API clients (client credentials, filiere.apiclients): tokens per client and hour, API requests per
    # client and minute (beyond: HTTP 429 with Retry-After), and how long a rotated secret keeps working.
    api_client_tokens_per_hour: int = Field(default=60, ge=1)
    api_client_requests_per_minute: int = Field(default=120, ge=1)
    api_client_rotation_grace_hours: int = Field(default=24, ge=0)
    # Proxies whose X-Forwarded-For/-Proto are believed (addresses or networks, comma-separated): the
    # client is the right-most forwarded address that is not one of them. None by default, so a client
    # cannot choose the address the throttles and rate limits count.
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)

    # Freezes « today » (tests, demos); refused in production.
    today: date | None = None

    # E-mail digests (`filiere notify digest`). The defaults reach Mailpit on this machine.
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=1025, ge=1, le=65535)
    smtp_from: str = "Filière <no-reply@filiere.localhost>"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    smtp_timeout_seconds: float = 10.0

    # Sharing a project with a partner organisation: the expiry proposed by default, and the longest allowed
    # (days from today). A grant always ends: the company consented for a time, not for ever.
    grant_default_days: int = Field(default=180, ge=1)
    grant_max_days: int = Field(default=365, ge=1)

    # Documents: local disk under `var_dir/documents` (embedded default) or any S3-compatible store.
    documents_backend: Literal["local", "s3"] = "local"
    documents_max_bytes: int = Field(default=50 * 1024 * 1024, gt=0)
    documents_upload_expiry_seconds: int = Field(default=600, ge=30, le=3600)
    documents_download_expiry_seconds: int = Field(default=300, ge=10, le=3600)
    s3_endpoint_url: str | None = None  # None = AWS; MinIO: http://minio:9000
    # Where the browser reaches the store, when it differs from where the backend does (docker-compose:
    # http://localhost:9000 vs http://minio:9000). Presigned URLs are signed for this host (SigV4 signs
    # it); server-side calls keep `s3_endpoint_url`. None = the browser uses `s3_endpoint_url` too.
    s3_public_endpoint_url: str | None = None
    s3_region: str = "us-east-1"
    s3_addressing_style: Literal["path", "virtual"] = "path"  # MinIO serves path-style
    # "bucket": one bucket per region, `<prefix>-<slug>`; "prefix": one bucket `<prefix>`, keys under `<slug>/`.
    s3_layout: Literal["bucket", "prefix"] = "bucket"
    s3_bucket_prefix: str = "filiere-documents"
    # Default key pair (None = boto3's chain: environment, instance role…); it also creates the buckets.
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    # Per-region key pairs, e.g. FILIERE_S3_CREDENTIALS__ILE_DE_FRANCE__ACCESS_KEY_ID=…
    s3_credentials: dict[str, S3Credentials] = Field(default_factory=dict)

    graphql_max_depth: int = 10
    graphql_max_tokens: int = 2000
    graphql_max_aliases: int = 15
    graphql_max_page_size: int = 100
    # Fields a query may resolve, estimated before it runs (`graphql/cost.py`): about 0.2 s of work.
    graphql_max_cost: int = 200_000
    # A request body above this is refused with 413 (a whole method draft is a few dozen kilobytes).
    graphql_max_body_bytes: int = 1024 * 1024
    # JSON nested deeper than this is refused with 400 (our inputs nest four or five levels).
    graphql_max_json_depth: int = 32

    @field_validator("database_urls", "s3_credentials", mode="after")
    @classmethod
    def _normalise_slugs(cls, value: dict[str, _T]) -> dict[str, _T]:
        # Environment variable names cannot carry hyphens: ILE_DE_FRANCE → ile-de-france.
        return {key.lower().replace("_", "-"): item for key, item in value.items()}

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        return [item.strip() for item in value.split(",") if item.strip()] if isinstance(value, str) else value

    @field_validator("trusted_proxies", mode="after")
    @classmethod
    def _proxies_are_networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(
                    f"FILIERE_TRUSTED_PROXIES takes addresses or networks (10.0.0.5, 10.244.0.0/16), got {item!r}"
                ) from None
        return value

    @field_validator("smtp_from")
    @classmethod
    def _sender_is_an_address(cls, value: str) -> str:
        _, address = parseaddr(value)
        if "@" not in address or "\n" in value or "\r" in value:
            raise ValueError("FILIERE_SMTP_FROM must be an address, e.g. « Filière <no-reply@example.fr> »")
        return value

    @model_validator(mode="after")
    def _check_consistency(self) -> Settings:
        slugs = [tenant.slug for tenant in self.tenants]
        if len(set(slugs)) != len(slugs):
            raise ValueError("duplicate tenant slug in FILIERE_TENANTS")
        unknown = set(self.database_urls) - set(slugs) - {NATIONAL_SLUG}
        if unknown:
            raise ValueError(f"FILIERE_DATABASE_URLS names unknown tenants: {sorted(unknown)}")
        if self.oidc_roles_from == "account" and self.uses_embedded_issuer:
            raise ValueError("FILIERE_OIDC_ROLES_FROM=account needs an external FILIERE_OIDC_ISSUER")
        if self.smtp_username and self.smtp_password is None:
            raise ValueError("FILIERE_SMTP_USERNAME needs FILIERE_SMTP_PASSWORD")
        if self.grant_default_days > self.grant_max_days:
            raise ValueError("FILIERE_GRANT_DEFAULT_DAYS must not exceed FILIERE_GRANT_MAX_DAYS")
        self._check_documents(slugs)
        if self.environment == "production":
            self._check_production()
        return self

    def _check_documents(self, slugs: list[str]) -> None:
        unknown = set(self.s3_credentials) - set(slugs)
        if unknown:
            raise ValueError(f"FILIERE_S3_CREDENTIALS names unknown tenants: {sorted(unknown)}")
        if (self.s3_access_key_id is None) != (self.s3_secret_access_key is None):
            raise ValueError("FILIERE_S3_ACCESS_KEY_ID and FILIERE_S3_SECRET_ACCESS_KEY go together")
        for name, url in (
            ("FILIERE_S3_ENDPOINT_URL", self.s3_endpoint_url),
            ("FILIERE_S3_PUBLIC_ENDPOINT_URL", self.s3_public_endpoint_url),
        ):
            parts = urlsplit(url or "")
            if url is not None and (parts.scheme not in ("http", "https") or not parts.hostname or parts.query):
                raise ValueError(f"{name} must be an http(s) URL such as https://s3.example.org, got {url!r}")
        if self.documents_backend == "s3":
            prefix = self.s3_bucket_prefix
            names = [prefix] if self.s3_layout == "prefix" else [f"{prefix}-{slug}" for slug in slugs]
            invalid = [name for name in names if not _BUCKET.match(name)]
            if invalid:
                raise ValueError(f"invalid S3 bucket names (3-63 lowercase letters, digits, hyphens): {invalid}")
            # An https page may not POST to a plain-http store (mixed content): uploads would fail in the browser.
            browser_endpoint = self.s3_public_endpoint_url or self.s3_endpoint_url
            if self.is_production and browser_endpoint and not browser_endpoint.startswith("https://"):
                raise ValueError(
                    "production settings refused: the S3 endpoint the browser uses "
                    "(FILIERE_S3_PUBLIC_ENDPOINT_URL, else FILIERE_S3_ENDPOINT_URL) must be https"
                )

    def _check_production(self) -> None:
        problems = []
        if self.demo_mode:
            problems.append("FILIERE_DEMO_MODE must be false")
        if self.debug:
            problems.append("FILIERE_DEBUG must be false")
        secret = self.secret_key.get_secret_value()
        if secret == DEVELOPMENT_SECRET_KEY or len(secret) < 32:
            problems.append("FILIERE_SECRET_KEY must be set to at least 32 random characters")
        if not self.public_url.startswith("https://"):
            problems.append("FILIERE_PUBLIC_URL must be https")
        if self.today is not None:
            problems.append("FILIERE_TODAY must not be set")
        if problems:
            raise ValueError("production settings refused: " + "; ".join(problems))

    def database_url(self, slug: str) -> str:
        """URL of a tenant's database: explicit override, template, tenant setting, then SQLite."""
        if slug in self.database_urls:
            return self.database_urls[slug]
        if self.database_url_template:
            return self.database_url_template.format(slug=slug.replace("-", "_"))
        if slug == NATIONAL_SLUG and self.national_database_url:
            return self.national_database_url
        tenant = next((t for t in self.tenants if t.slug == slug), None)
        if tenant is not None and tenant.database_url:
            return tenant.database_url
        return f"sqlite+aiosqlite:///{self.var_dir / (slug + '.db')}"

    @property
    def issuer(self) -> str:
        return (self.oidc_issuer or self.public_url).rstrip("/")

    @property
    def uses_embedded_issuer(self) -> bool:
        return self.oidc_issuer is None

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    def tenant(self, slug: str) -> TenantSettings:
        for tenant in self.tenants:
            if tenant.slug == slug:
                return tenant
        raise KeyError(slug)
