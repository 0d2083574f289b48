"""The journey of an accelerated project: which status may follow which, and when a reason is owed.

candidate → selected → accelerating → pitched → follow-up → closed, with « rejected » open to a
candidate only and « abandoned » to any project under way. Closed, rejected and abandoned projects
are finished: nothing follows them.
"""

from __future__ import annotations

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.programmes.errors import ProjectErrorCode
from filiere.programmes.models import ProjectStatus

Status = ProjectStatus

NEXT_STATUSES: dict[ProjectStatus, tuple[ProjectStatus, ...]] = {
    Status.CANDIDATE: (Status.SELECTED, Status.REJECTED),
    Status.SELECTED: (Status.ACCELERATING, Status.ABANDONED),
    Status.ACCELERATING: (Status.PITCHED, Status.ABANDONED),
    Status.PITCHED: (Status.FOLLOW_UP, Status.ABANDONED),
    Status.FOLLOW_UP: (Status.CLOSED, Status.ABANDONED),
    Status.CLOSED: (),
    Status.REJECTED: (),
    Status.ABANDONED: (),
}

# Finished projects: their members' rights end with them.
FINISHED = frozenset(status for status, following in NEXT_STATUSES.items() if not following)

# Leaving the programme is explained: the adviser who picks the file up next year needs to know why.
REASON_REQUIRED = frozenset({Status.REJECTED, Status.ABANDONED})
REASON_MAX_LENGTH = 2000

STATUS_LABELS = {
    Status.CANDIDATE: "candidat",
    Status.SELECTED: "sélectionné",
    Status.ACCELERATING: "en accélération",
    Status.PITCHED: "pitch réalisé",
    Status.FOLLOW_UP: "en suivi",
    Status.CLOSED: "clôturé",
    Status.REJECTED: "non retenu",
    Status.ABANDONED: "abandonné",
}


def checked_transition(current: ProjectStatus, target: ProjectStatus, reason: str | None) -> str:
    """The reason to record (stripped, possibly empty) if `current → target` is allowed; else a typed error."""
    if target not in NEXT_STATUSES[current]:
        allowed = NEXT_STATUSES[current]
        after = (
            "il peut passer à : " + ", ".join(f"« {STATUS_LABELS[status]} »" for status in allowed)
            if allowed
            else "son parcours est terminé"
        )
        raise InvalidInputError(
            f"Un projet « {STATUS_LABELS[current]} » ne peut pas passer à « {STATUS_LABELS[target]} » : {after}.",
            field="to",
            code=ProjectErrorCode.ILLEGAL_TRANSITION,
        )
    text = (reason or "").strip()
    if target in REASON_REQUIRED and not text:
        raise InvalidInputError(
            f"Indiquez pourquoi le projet est « {STATUS_LABELS[target]} ».",
            field="reason",
            code=CommonErrorCode.REQUIRED,
        )
    if len(text) > REASON_MAX_LENGTH:
        raise InvalidInputError(
            f"Le motif ne doit pas dépasser {REASON_MAX_LENGTH} caractères.",
            field="reason",
            code=CommonErrorCode.TOO_LONG,
        )
    return text
