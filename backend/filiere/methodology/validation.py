"""Rules every method version obeys, checked on each edit of a draft and again when publishing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.methodology.errors import MethodErrorCode
from filiere.methodology.models import MilestoneScope

WORKING_DAYS_PER_MONTH = 21
MIN_DURATION_MONTHS, MAX_DURATION_MONTHS = 4, 6
TITLE_MAX_LENGTH = 200
DELIVERABLE_MAX_LENGTH = 2000


@dataclass(frozen=True)
class TemplateRule:
    """What the rules need to know of a milestone template; `index` is its rank in the draft's list,
    so that an error names the very field of the very milestone (`milestoneTemplates.3.dependsOnKeys`)."""

    index: int
    key: str
    title: str
    scope: MilestoneScope
    offset: int
    depends_on: tuple[str, ...]

    def field(self, name: str) -> str:
        return template_field(self.index, name)


def template_field(index: int, name: str) -> str:
    return f"milestoneTemplates.{index}.{name}"


def day_label(offset: int) -> str:
    """« J-105 », « J0 », « J+20 »: the programme's own way of naming a day relative to the event."""
    return "J0" if offset == 0 else f"J{offset:+d}"


def check_duration(months: int) -> None:
    if not MIN_DURATION_MONTHS <= months <= MAX_DURATION_MONTHS:
        raise InvalidInputError(
            f"Le programme dure de {MIN_DURATION_MONTHS} à {MAX_DURATION_MONTHS} mois.",
            field="durationMonths",
            code=MethodErrorCode.INVALID_DURATION,
        )


def check_text(value: str, *, field: str, label: str, max_length: int, required: bool = True) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInputError(f"{label} est obligatoire.", field=field, code=CommonErrorCode.REQUIRED)
    if len(text) > max_length:
        raise InvalidInputError(
            f"{label} ne doit pas dépasser {max_length} caractères.", field=field, code=CommonErrorCode.TOO_LONG
        )
    return text


def check_templates(templates: Sequence[TemplateRule], duration_months: int) -> None:
    """Offsets within the programme's length; dependencies known, of a compatible scope, never due after
    what depends on them, and without cycles."""
    limit = duration_months * WORKING_DAYS_PER_MONTH
    by_key = {template.key: template for template in templates}
    for template in templates:
        if abs(template.offset) > limit:
            raise InvalidInputError(
                f"« {template.title} » tombe à {day_label(template.offset)}, hors de la durée du programme "
                f"({duration_months} mois, soit {limit} jours ouvrés avant ou après J0).",
                field=template.field("offsetWorkingDays"),
                code=MethodErrorCode.OFFSET_OUT_OF_RANGE,
            )
        for key in template.depends_on:
            dependency = by_key.get(key)
            if dependency is None:
                raise InvalidInputError(
                    f"« {template.title} » dépend d'un jalon qui n'existe pas dans cette version.",
                    field=template.field("dependsOnKeys"),
                    code=MethodErrorCode.UNKNOWN_DEPENDENCY,
                )
            if template.scope is MilestoneScope.COHORT and dependency.scope is MilestoneScope.PROJECT:
                raise InvalidInputError(
                    f"« {template.title} », jalon de cohorte, ne peut pas dépendre de « {dependency.title} », "
                    "qui existe une fois par projet.",
                    field=template.field("dependsOnKeys"),
                    code=MethodErrorCode.DEPENDENCY_SCOPE,
                )
            if dependency.offset > template.offset:
                raise InvalidInputError(
                    f"« {template.title} » ({day_label(template.offset)}) dépend de « {dependency.title} », "
                    f"prévu après lui ({day_label(dependency.offset)}).",
                    field=template.field("dependsOnKeys"),
                    code=MethodErrorCode.DEPENDENCY_AFTER_DEPENDENT,
                )
    cycle = _find_cycle(by_key)
    if cycle:
        path = " → ".join(f"« {by_key[key].title} »" for key in cycle)
        raise InvalidInputError(
            f"Les dépendances forment une boucle : {path}.",
            field=by_key[cycle[0]].field("dependsOnKeys"),
            code=MethodErrorCode.DEPENDENCY_CYCLE,
        )


def _find_cycle(by_key: dict[str, TemplateRule]) -> list[str]:
    """A dependency cycle as a closed path of keys (first = last), or [] if there is none."""
    visiting: list[str] = []
    done: set[str] = set()

    def visit(key: str) -> list[str]:
        if key in done:
            return []
        if key in visiting:
            return [*visiting[visiting.index(key) :], key]
        visiting.append(key)
        for dependency in by_key[key].depends_on:
            if dependency in by_key and (cycle := visit(dependency)):
                return cycle
        visiting.pop()
        done.add(key)
        return []

    for key in sorted(by_key):
        if cycle := visit(key):
            return cycle
    return []
