"""The query cost limit: how many values a query may ask for, estimated before it runs.

Depth, token and alias limits do not bound work: 15 aliases of `projects(first: 100)`, each asking every
cohort's 1,000 milestones, are a short, shallow, legal document that ran 7 s. The estimate counts the
fields a query would resolve, multiplying by the page size of every list on the way: `first` as sent (or
the argument's default), `DEFAULT_LIST_SIZE` for a plain list, the connection's `first` for its `edges`.
A query above the budget is refused before execution with `QUERY_TOO_COSTLY`; the SPA's heaviest pages stay
well under it (`tests/backend/graphql/test_cost.py` estimates every document of the SPA).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VariableNode,
    get_named_type,
    get_nullable_type,
)
from graphql.language import DocumentNode

# What a plain list (a project's stages, a document's versions…) is assumed to hold.
DEFAULT_LIST_SIZE = 20
# No page is larger (`first` beyond this is refused anyway by the page-size check).
MAX_ESTIMATED_PAGE = 1000
COST_ERROR_CODE = "QUERY_TOO_COSTLY"


def estimate_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None = None,
    variables: Mapping[str, Any] | None = None,
) -> int:
    """The number of field values the operation would resolve at most (0 for an unknown operation)."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next(
        (op for op in operations if operation_name is None or (op.name and op.name.value == operation_name)), None
    )
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    if root is None:
        return 0
    estimate = _Estimate(schema, document, operation, variables or {})
    return estimate.of(operation.selection_set, root, 1, frozenset())


class _Estimate:
    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        operation: OperationDefinitionNode,
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        self.defaults = {
            definition.variable.name.value: definition.default_value
            for definition in operation.variable_definitions or ()
        }
        self.variables = variables

    def of(self, selections: SelectionSetNode, parent: GraphQLNamedType, times: int, spread: frozenset[str]) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self._field(selection, parent, times, spread)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                target = self.schema.get_type(condition.name.value) if condition else parent
                total += self.of(selection.selection_set, target or parent, times, spread)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in spread:  # unknown or cyclic: validation reports it
                    continue
                target = self.schema.get_type(fragment.type_condition.name.value) or parent
                total += self.of(fragment.selection_set, target, times, spread | {name})
        return total

    def _field(self, node: FieldNode, parent: GraphQLNamedType, times: int, spread: frozenset[str]) -> int:
        if not isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            return 0
        definition = parent.fields.get(node.name.value)
        if definition is None or node.selection_set is None:
            return times
        child = get_named_type(definition.type)
        size = self._size(node, definition)
        if _is_connection(child):
            # The connection itself is one value; its `edges` hold the page.
            return times + self._connection(node.selection_set, child, times, size, spread)
        return times + self.of(node.selection_set, child, times * size, spread)

    def _connection(
        self, selections: SelectionSetNode, connection: GraphQLNamedType, times: int, size: int, spread: frozenset[str]
    ) -> int:
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode) and selection.name.value == "edges" and selection.selection_set:
                assert isinstance(connection, GraphQLObjectType), "a connection is an object type"
                edge = get_named_type(connection.fields["edges"].type)
                total += times * size + self.of(selection.selection_set, edge, times * size, spread)
            elif isinstance(selection, FieldNode | InlineFragmentNode | FragmentSpreadNode):
                total += self.of(SelectionSetNode(selections=(selection,)), connection, times, spread)
        return total

    def _size(self, node: FieldNode, definition: GraphQLField) -> int:
        if "first" in definition.args:
            return max(1, min(self._first(node, definition), MAX_ESTIMATED_PAGE))
        return DEFAULT_LIST_SIZE if isinstance(get_nullable_type(definition.type), GraphQLList) else 1

    def _first(self, node: FieldNode, definition: GraphQLField) -> int:
        default = definition.args["first"].default_value
        fallback = default if isinstance(default, int) else MAX_ESTIMATED_PAGE
        argument = next((a for a in node.arguments or () if a.name.value == "first"), None)
        if argument is None:
            return fallback
        value = argument.value
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            name = value.name.value
            sent = self.variables.get(name)
            if isinstance(sent, int):
                return sent
            declared = self.defaults.get(name)
            if isinstance(declared, IntValueNode):
                return int(declared.value)
        return fallback


def _is_connection(named: GraphQLNamedType) -> bool:
    return isinstance(named, GraphQLObjectType) and named.name.endswith("Connection") and "edges" in named.fields


def cost_rule(budget: int, operation_name: str | None, variables: Mapping[str, Any] | None) -> type[ValidationRule]:
    """A validation rule (one per request: it knows the request's variables) refusing costly operations."""

    class QueryCostRule(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            cost = estimate_cost(context.schema, context.document, operation_name, variables)
            if cost > budget:
                self.report_error(
                    GraphQLError(
                        "La requête demande trop de données à la fois : réduisez le nombre d'éléments par page "
                        "ou le nombre de listes imbriquées.",
                        extensions={"code": COST_ERROR_CODE, "cost": cost, "budget": budget},
                    )
                )

    return QueryCostRule
