"""Schema extensions: what leaves the API when something goes wrong, limits, and metrics.

None of them has a `resolve()` hook: those run for every field and cost dearly on long lists.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Iterator
from typing import ClassVar

import structlog
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from filiere.errors import DomainError, RequestErrorCode
from filiere.graphql.cost import cost_rule
from filiere.metrics import GRAPHQL_LATENCY

log = structlog.get_logger(__name__)

# Messages of the limiters (strawberry and graphql-core), turned into stable codes and French text.
_LIMITS = [
    (
        re.compile(r"exceeds maximum operation depth"),
        "QUERY_TOO_DEEP",
        "La requête est trop imbriquée.",
    ),
    (
        re.compile(r"Document contains more than \d+ tokens"),
        "QUERY_TOO_LARGE",
        "La requête est trop longue.",
    ),
    (
        re.compile(r"\d+ aliases found"),
        "TOO_MANY_ALIASES",
        "La requête utilise trop d'alias.",
    ),
]
# graphql-core suggests field, type and enum names; that describes the schema to anyone.
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")
# A variable's value the schema cannot take (null for ID!, a word for an Int, an unknown enum value or input
# field, an Int beyond 32 bits, a malformed date): raised by graphql-core while coercing, before execution.
_COERCION = re.compile(
    r"^Variable '\$(?P<name>\w+)' (has invalid value|of required type .* was not provided|of non-null type .*)"
)
MASKED_MESSAGE = (
    "Une erreur inattendue est survenue. Réessayez, ou contactez l'assistance avec l'identifiant {request_id}."
)


class QueryCost(SchemaExtension):
    """Refuse, before execution, an operation estimated to resolve more than `budget` fields."""

    def __init__(self, *, budget: int) -> None:
        self.budget = budget

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        rule = cost_rule(self.budget, context.operation_name, context.variables)
        context.validation_rules = (*context.validation_rules, rule)
        yield


class ConfidentialReadAudit(SchemaExtension):
    """Once the operation has resolved, write the audit rows of the confidential data it revealed to a
    partner (resolvers note them in `context.confidential_reads`) before the answer leaves."""

    async def on_execute(self) -> AsyncIterator[None]:
        yield
        context = self.execution_context.context
        await context.confidential_reads.record(context.uow)


class ErrorPolicy(SchemaExtension):
    """Domain errors pass with their code; limit and validation errors get a code and lose their
    suggestions; anything else is a bug: logged here, masked for the client unless in debug."""

    def __init__(self, *, debug: bool) -> None:
        self.debug = debug

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        context = self.execution_context.context
        errors = list(getattr(result, "errors", None) or [])
        errors.extend(_unavailable_errors(context))
        if result is not None and errors:
            result.errors = [self._shape(error, context.request_id) for error in errors]

    def _shape(self, error: GraphQLError, request_id: str) -> GraphQLError:
        original = error.original_error
        if isinstance(original, DomainError) or (error.extensions or {}).get("code"):
            return error
        coercion = _COERCION.match(error.message) if error.path is None else None
        if coercion is not None:
            return _bad_input(error, coercion.group("name"))
        if original is None:
            return _client_error(error)
        log.error(
            "graphql_unexpected_error",
            error_type=type(original).__name__,
            path=list(error.path or []),
            exc_info=original,
        )
        if self.debug:
            return error
        return GraphQLError(
            MASKED_MESSAGE.format(request_id=request_id),
            nodes=error.nodes,
            path=error.path,
            extensions={"code": "INTERNAL_ERROR", "requestId": request_id},
        )


def _bad_input(error: GraphQLError, variable: str) -> GraphQLError:
    """A client mistake, not a bug: no traceback logged, a French message, the detail for developers."""
    return GraphQLError(
        f"La valeur de la variable « ${variable} » n'est pas valide pour ce champ.",
        nodes=error.nodes,
        extensions={
            "code": RequestErrorCode.BAD_USER_INPUT.value,
            "variable": variable,
            "detail": _SUGGESTION.sub("", error.message),
        },
    )


def _client_error(error: GraphQLError) -> GraphQLError:
    """A malformed, invalid or over-limit document."""
    for pattern, code, message in _LIMITS:
        if pattern.search(error.message):
            return GraphQLError(message, extensions={"code": code})
    code = "GRAPHQL_PARSE_FAILED" if error.message.startswith("Syntax Error") else "GRAPHQL_VALIDATION_FAILED"
    return GraphQLError(
        _SUGGESTION.sub("", error.message),
        nodes=error.nodes,
        path=error.path,
        extensions={"code": code},
    )


def _unavailable_errors(context: object) -> list[GraphQLError]:
    failures = getattr(context, "unavailable", [])
    seen: dict[str, str] = {failure.slug: failure.label for failure in failures}
    return [
        GraphQLError(
            f"Les données de la région {label} sont momentanément indisponibles ; les autres régions sont affichées.",
            extensions={"code": "REGION_UNAVAILABLE", "region": slug},
        )
        for slug, label in seen.items()
    ]


_OPERATION_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
MAX_OPERATION_LABELS = 300


class OperationMetrics(SchemaExtension):
    """Latency per operation name. Names come from clients: bounded so that labels stay few."""

    _known: ClassVar[set[str]] = set()

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        context = self.execution_context
        name = context.operation_name or "anonymous"
        if not _OPERATION_NAME.match(name) or (name not in self._known and len(self._known) >= MAX_OPERATION_LABELS):
            name = "other"
        self._known.add(name)
        # A document that failed to parse has no operation type (Strawberry raises on access).
        operation_type = context.operation_type.value if context.graphql_document is not None else "invalid"
        GRAPHQL_LATENCY.labels(operation=name, type=operation_type).observe(time.perf_counter() - started)
