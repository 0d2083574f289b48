"""infra/k8s: manifests that parse, probes on /readyz and /healthz, one CloudNativePG cluster per tenant wired
into the backend, and a configuration that production Settings accept — with no secret in the files."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy.engine import make_url

from filiere.documents.s3 import S3Storage, presigned_url_origins
from filiere.settings import Settings
from filiere.web import security_headers
from tests.infra.support import K8S_DIR, all_tenant_slugs, load_yaml, load_yaml_documents, setting_problem

SettingsFrom = Callable[[Mapping[str, str]], Settings]
Resources = dict[tuple[str, str], dict[str, Any]]
SECRET_NAMES = re.compile(r"PASSWORD|SECRET|TOKEN|PRIVATE|(^|_)KEY(_|$)|ACCESS_KEY")


@pytest.fixture(scope="module")
def resources() -> Resources:
    """Every resource of infra/k8s and infra/k8s/migrate, by (kind, name)."""
    found: Resources = {}
    for path in sorted(K8S_DIR.rglob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for document in load_yaml_documents(path):
            assert {"apiVersion", "kind", "metadata"} <= set(document), path
            key = (document["kind"], document["metadata"]["name"])
            assert key not in found, f"{key} defined twice"
            found[key] = document
    return found


def container(resources: Resources, kind: str, name: str) -> dict[str, Any]:
    (only,) = resources[(kind, name)]["spec"]["template"]["spec"]["containers"]
    return only


def resolved_environment(resources: Resources, spec: dict[str, Any]) -> dict[str, str]:
    """A container's environment as Kubernetes builds it: ConfigMaps expanded, Secrets replaced by a marker
    value, and $(VAR) references resolved."""
    environment: dict[str, str] = {}
    for source in spec.get("envFrom", []):
        environment.update(resources[("ConfigMap", source["configMapRef"]["name"])]["data"])
    for variable in spec.get("env", []):
        if "value" in variable:
            value = re.sub(r"\$\((\w+)\)", lambda match: environment.get(match[1], match[0]), variable["value"])
        elif "secretKeyRef" in variable["valueFrom"]:
            reference = variable["valueFrom"]["secretKeyRef"]
            value = f"secret-{reference['name']}-{reference['key']}-{'x' * 32}"
        else:
            reference = variable["valueFrom"]["configMapKeyRef"]
            value = resources[("ConfigMap", reference["name"])]["data"][reference["key"]]
        environment[variable["name"]] = value
    return environment


def test_kustomizations_list_every_manifest() -> None:
    for directory in (K8S_DIR, K8S_DIR / "migrate"):
        kustomization = load_yaml(directory / "kustomization.yaml")
        listed = set(kustomization["resources"])
        present = {path.name for path in directory.glob("*.yaml")} - {"kustomization.yaml"}
        assert listed == present, directory
        assert kustomization["namespace"] == "filiere"
        assert {image["name"] for image in kustomization["images"]} >= {"filiere-backend"}


def test_backend_deployment_probes_and_scale(resources: Resources) -> None:
    deployment = resources[("Deployment", "filiere-backend")]
    backend = container(resources, "Deployment", "filiere-backend")
    ports = {port["name"]: port["containerPort"] for port in backend["ports"]}
    assert backend["readinessProbe"]["httpGet"] == {"path": "/readyz?require=national", "port": "http"}
    assert backend["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert ports["http"] == 8000
    assert backend["args"][:2] == ["filiere", "serve"]
    assert deployment["spec"]["replicas"] >= 2
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    service = resources[("Service", "filiere-backend")]
    assert service["spec"]["selector"].items() <= labels.items()
    hpa = resources[("HorizontalPodAutoscaler", "filiere-backend")]
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "filiere-backend"}
    assert 2 <= hpa["spec"]["minReplicas"] < hpa["spec"]["maxReplicas"]
    pdb = resources[("PodDisruptionBudget", "filiere-backend")]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_containers_run_unprivileged(resources: Resources) -> None:
    workloads = [key for key in resources if key[0] in {"Deployment", "Job"}]
    assert len(workloads) == 3
    for kind, name in workloads:
        pod = resources[(kind, name)]["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        for spec in [*pod.get("initContainers", []), *pod["containers"]]:
            context = spec["securityContext"]
            assert context["allowPrivilegeEscalation"] is False, name
            assert context["readOnlyRootFilesystem"] is True, name
            assert context["capabilities"]["drop"] == ["ALL"], name
            assert "limits" in spec["resources"], name


def test_migration_job_upgrades_with_the_backend_settings(resources: Resources) -> None:
    job = container(resources, "Job", "filiere-db-upgrade")
    backend = container(resources, "Deployment", "filiere-backend")
    assert job["args"] == ["filiere", "db", "upgrade"]
    assert job["image"] == backend["image"]
    assert job["envFrom"] == backend["envFrom"]
    database = [var for var in backend["env"] if var["name"].startswith(("DB_", "FILIERE_"))]
    assert [var for var in job["env"] if var["name"].startswith(("DB_", "FILIERE_"))] == database
    assert resources[("Job", "filiere-db-upgrade")]["spec"]["template"]["spec"]["restartPolicy"] == "Never"


def test_migration_job_prepares_the_document_store_first(resources: Resources) -> None:
    """`filiere documents prepare` (buckets, versioning, CORS) runs before the migration, with everything
    the main container has: the same settings reach the same store as the Deployment's."""
    pod = resources[("Job", "filiere-db-upgrade")]["spec"]["template"]["spec"]
    (prepare,) = pod["initContainers"]
    job = container(resources, "Job", "filiere-db-upgrade")
    assert prepare["args"] == ["filiere", "documents", "prepare"]
    assert {key: value for key, value in prepare.items() if key not in {"name", "args"}} == {
        key: value for key, value in job.items() if key not in {"name", "args"}
    }
    backend = container(resources, "Deployment", "filiere-backend")
    s3 = [var for var in backend["env"] if var["name"].startswith("FILIERE_S3_")]
    assert s3 and all(var in prepare["env"] for var in s3)


def test_one_postgres_cluster_per_tenant_with_backups(resources: Resources, default_settings: Settings) -> None:
    slugs = all_tenant_slugs(default_settings)
    clusters = {name for kind, name in resources if kind == "Cluster"}
    assert clusters == {f"filiere-{slug}" for slug in slugs}
    destinations = set()
    for slug in slugs:
        cluster = resources[("Cluster", f"filiere-{slug}")]["spec"]
        assert cluster["instances"] >= 2
        assert cluster["bootstrap"]["initdb"] == {"database": "filiere", "owner": "filiere"}
        (plugin,) = cluster["plugins"]
        assert plugin["name"] == "barman-cloud.cloudnative-pg.io" and plugin["isWALArchiver"] is True
        store = resources[("ObjectStore", plugin["parameters"]["barmanObjectName"])]["spec"]
        destinations.add(store["configuration"]["destinationPath"])
        assert store["configuration"]["destinationPath"].startswith("s3://")
        assert store["retentionPolicy"]
        backup = resources[("ScheduledBackup", f"filiere-{slug}-nightly")]["spec"]
        assert backup["cluster"] == {"name": f"filiere-{slug}"}
        assert backup["method"] == "plugin"
    assert len(destinations) == len(slugs), "each cluster archives under its own path"


def test_backend_reaches_each_tenant_on_its_cluster(
    resources: Resources, settings_from: SettingsFrom, default_settings: Settings
) -> None:
    environment = resolved_environment(resources, container(resources, "Deployment", "filiere-backend"))
    settings = settings_from({name: value for name, value in environment.items() if name.startswith("FILIERE_")})
    for slug in all_tenant_slugs(default_settings):
        url = make_url(settings.database_url(slug))
        assert url.drivername == "postgresql+asyncpg"
        assert (url.host, url.port, url.database, url.username) == (f"filiere-{slug}-rw", 5432, "filiere", "filiere")
        # The password is the one CloudNativePG generated for that cluster.
        assert url.password == f"secret-filiere-{slug}-app-password-{'x' * 32}"
        assert url.query.get("ssl") == "require"


def test_configuration_is_accepted_in_production(resources: Resources, settings_from: SettingsFrom) -> None:
    environment = resolved_environment(resources, container(resources, "Deployment", "filiere-backend"))
    settings = settings_from({name: value for name, value in environment.items() if name.startswith("FILIERE_")})
    assert settings.is_production
    assert settings.demo_mode is False
    assert settings.public_url.startswith("https://")
    assert not settings.uses_embedded_issuer
    assert settings.issuer.startswith("https://")


def test_no_secret_in_the_manifests(resources: Resources) -> None:
    assert not [name for kind, name in resources if kind == "Secret"]
    for (kind, name), resource in resources.items():
        if kind == "ConfigMap":
            leaked = [key for key in resource["data"] if SECRET_NAMES.search(key)]
            assert not leaked, f"{name}: {leaked}"
        if kind in {"Deployment", "Job"}:
            pod = resource["spec"]["template"]["spec"]
            for spec in [*pod.get("initContainers", []), *pod["containers"]]:
                for variable in spec.get("env", []):
                    if SECRET_NAMES.search(variable["name"]):
                        assert "secretKeyRef" in variable.get("valueFrom", {}), f"{name}: {variable['name']}"


def test_backend_sets_only_real_settings(resources: Resources) -> None:
    """Settings ignores unknown FILIERE_* variables: each one the backend's pods receive must be a setting."""
    for kind, name in (("Deployment", "filiere-backend"), ("Job", "filiere-db-upgrade")):
        environment = resolved_environment(resources, container(resources, kind, name))
        variables = sorted(variable for variable in environment if variable.startswith("FILIERE_"))
        assert "FILIERE_S3_ACCESS_KEY_ID" in variables
        problems = [problem for variable in variables if (problem := setting_problem(variable))]
        assert not problems, (name, problems)


def test_documents_live_in_one_versioned_bucket_per_region(resources: Resources, settings_from: SettingsFrom) -> None:
    environment = resolved_environment(resources, container(resources, "Deployment", "filiere-backend"))
    settings = settings_from({name: value for name, value in environment.items() if name.startswith("FILIERE_")})
    assert settings.documents_backend == "s3"
    assert settings.s3_layout == "bucket"
    assert (settings.s3_endpoint_url or "").startswith("https://")
    storage = S3Storage(settings)
    buckets = {storage.bucket(tenant.slug) for tenant in settings.tenants}
    assert len(buckets) == len(settings.tenants)
    # The key pair comes from the operators' Secret, never from the manifests.
    secret = settings.s3_secret_access_key
    assert secret is not None and secret.get_secret_value().startswith("secret-filiere-s3-")


def test_frontend_csp_names_the_store_the_backend_presigns_for(
    resources: Resources, settings_from: SettingsFrom
) -> None:
    environment = resolved_environment(resources, container(resources, "Deployment", "filiere-backend"))
    settings = settings_from({name: value for name, value in environment.items() if name.startswith("FILIERE_")})
    frontend = resolved_environment(resources, container(resources, "Deployment", "filiere-frontend"))
    assert frontend["FILIERE_CSP_CONNECT_EXTRA"].split() == presigned_url_origins(settings)
    backend_connect = security_headers(settings)["Content-Security-Policy"].split("connect-src ", 1)[1].split(";")[0]
    issuer = urlsplit(settings.issuer)
    assert backend_connect == f"'self' {issuer.scheme}://{issuer.netloc} {frontend['FILIERE_CSP_CONNECT_EXTRA']}"


def test_frontend_and_ingress_share_the_public_origin(resources: Resources) -> None:
    config = resources[("ConfigMap", "filiere-config")]["data"]
    frontend = container(resources, "Deployment", "filiere-frontend")
    environment = resolved_environment(resources, frontend)
    assert environment["FILIERE_OIDC_AUTHORITY"] == config["FILIERE_OIDC_ISSUER"]
    assert environment["FILIERE_OIDC_CLIENT_ID"] == config["FILIERE_SPA_CLIENT_ID"]
    assert environment["FILIERE_HSTS"].startswith("max-age=")
    ingress = resources[("Ingress", "filiere")]["spec"]
    host = urlsplit(config["FILIERE_PUBLIC_URL"]).hostname
    (rule,) = ingress["rules"]
    assert rule["host"] == host
    assert host in ingress["tls"][0]["hosts"]
    routes = {path["path"]: path["backend"]["service"]["name"] for path in rule["http"]["paths"]}
    assert routes == {
        "/graphql": "filiere-backend",
        "/healthz": "filiere-backend",
        "/readyz": "filiere-backend",
        "/": "filiere-frontend",
    }


def test_digest_cronjob_runs_the_command_with_the_backend_settings(resources: Resources) -> None:
    cron = resources[("CronJob", "filiere-notify-digest")]["spec"]
    pod = cron["jobTemplate"]["spec"]["template"]["spec"]
    [digest] = pod["containers"]
    backend = container(resources, "Deployment", "filiere-backend")
    assert digest["args"] == ["filiere", "notify", "digest"]
    assert digest["image"] == backend["image"] and digest["envFrom"] == backend["envFrom"]
    database = [var for var in backend["env"] if var["name"].startswith(("DB_", "FILIERE_DATABASE"))]
    assert [var for var in digest["env"] if var["name"].startswith(("DB_", "FILIERE_DATABASE"))] == database
    assert cron["timeZone"] == "Europe/Paris" and cron["concurrencyPolicy"] == "Forbid"
    assert pod["restartPolicy"] == "Never" and pod["securityContext"]["runAsNonRoot"] is True
    assert digest["securityContext"]["readOnlyRootFilesystem"] is True
    assert all("value" not in var for var in digest["env"] if "PASSWORD" in var["name"] and "DB_" not in var["name"])


def test_forwarded_headers_are_believed_from_the_pod_network_only(
    resources: Resources, settings_from: SettingsFrom
) -> None:
    """The backend and the frontend's nginx trust the same proxy network, and nothing trusts everyone."""
    for kind, name in (("Deployment", "filiere-backend"), ("Deployment", "filiere-frontend")):
        environment = resolved_environment(resources, container(resources, kind, name))
        assert "FORWARDED_ALLOW_IPS" not in environment, name
    backend = resolved_environment(resources, container(resources, "Deployment", "filiere-backend"))
    frontend = resolved_environment(resources, container(resources, "Deployment", "filiere-frontend"))
    settings = settings_from({name: value for name, value in backend.items() if name.startswith("FILIERE_")})
    assert settings.trusted_proxies and frontend["FILIERE_TRUSTED_PROXIES"] == backend["FILIERE_TRUSTED_PROXIES"]
    for proxy in settings.trusted_proxies:
        network = ipaddress.ip_network(proxy)
        assert network.is_private and network.prefixlen > 0, proxy
    assert not any("FORWARDED_ALLOW_IPS" in path.read_text(encoding="utf-8") for path in K8S_DIR.rglob("*.yaml"))
