"""Every authorisation decision is the policy's: no module outside `filiere/auth/` compares roles."""

from __future__ import annotations

import ast
from pathlib import Path

from filiere.auth import principal
from filiere.auth.principal import Role

PACKAGE = Path(__file__).resolve().parents[2] / "backend" / "filiere"
# Names `filiere.auth` exports that stand for roles (a set of them is a decision too).
ROLE_SETS = {
    name
    for name, value in vars(principal).items()
    if isinstance(value, frozenset | set | tuple) and value and all(isinstance(item, Role) for item in value)
}


class RoleComparisons(ast.NodeVisitor):
    """`x.role is Role.NATIONAL`, `role in (Role.ADVISER, …)`, `User.role.in_(REGIONAL_ROLES)`… A member used
    as a value (`role=Role.ADVISER` when the demo creates an account) is not a comparison."""

    def __init__(self) -> None:
        self.found: list[int] = []

    @staticmethod
    def _names_a_role(node: ast.AST) -> bool:
        for part in ast.walk(node):
            if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "Role":
                return True
            if isinstance(part, ast.Name) and part.id in ROLE_SETS:
                return True
        return False

    def visit_Compare(self, node: ast.Compare) -> None:
        if any(self._names_a_role(operand) for operand in (node.left, *node.comparators)):
            self.found.append(node.lineno)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Attribute) and node.func.attr == "in_" and any(map(self._names_a_role, node.args)):
            self.found.append(node.lineno)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        # A module-level list of roles (`MENTIONABLE_ROLES = (Role.ADVISER, …)`) is a rule kept outside the policy.
        value = node.value
        if (
            isinstance(value, ast.Tuple | ast.List | ast.Set)
            and value.elts
            and all(map(self._names_a_role, value.elts))
        ):
            self.found.append(node.lineno)
        self.generic_visit(node)


def role_comparisons(source: str) -> list[int]:
    visitor = RoleComparisons()
    visitor.visit(ast.parse(source))
    return visitor.found


def test_no_module_outside_auth_compares_roles() -> None:
    offences = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "auth"
        for line in role_comparisons(path.read_text(encoding="utf-8"))
    ]
    assert not offences


def test_the_check_sees_every_way_of_comparing_a_role() -> None:
    caught = [
        "if principal.role is Role.NATIONAL: pass",
        "ok = reader.role not in (Role.ADVISER, Role.REGIONAL_ADMIN)",
        "statement = select(User).where(User.role.in_([Role.ADVISER]))",
        "statement = select(User).where(User.role.in_(REGIONAL_ROLES))",
        "ok = user.role in REGIONAL_ROLES",
        "MENTIONABLE = (Role.ADVISER, Role.REGIONAL_ADMIN, Role.NATIONAL)",
        "ok = Role.PARTNER == principal.role",
    ]
    for source in caught:
        assert role_comparisons(source), source
    allowed = [
        "user = User(email=email, role=Role.ADVISER)",  # creating an account
        "statement = select(User).where(User.role.in_(roles_allowed(Action.EDIT_PROJECT, Reach.OWN_REGION)))",
        "ok = member.role is TeamRole.COACH",  # a project team's role, not an access role
    ]
    for source in allowed:
        assert not role_comparisons(source), source
