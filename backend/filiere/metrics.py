"""Prometheus metrics of the process (each replica exposes its own at /metrics)."""

from prometheus_client import Counter, Histogram

HTTP_REQUESTS = Counter("filiere_http_requests_total", "HTTP requests answered", ["method", "route", "status"])
HTTP_LATENCY = Histogram("filiere_http_request_duration_seconds", "HTTP request latency", ["method", "route"])
GRAPHQL_LATENCY = Histogram(
    "filiere_graphql_operation_duration_seconds",
    "GraphQL operation latency by operation name",
    ["operation", "type"],
)
TENANT_DB_ERRORS = Counter("filiere_tenant_db_errors_total", "Database failures per tenant", ["tenant"])
SIGN_IN_FAILURES = Counter("filiere_sign_in_failures_total", "Refused sign-in attempts", ["reason"])
