"""B2B meetings at an event: accepted requests placed into (slot, table), nobody double-booked.

Pure functions over frozen dataclasses — no database, no GraphQL — so the events services call them with what
they loaded and the rules are property-tested on their own.

A `MeetingProblem` holds the event's meeting slots (20 minutes each over its days, never overlapping, aware
datetimes), its tables, the participants with the intervals they are busy (their pitch, a workshop they run, a
session they attend) and the accepted requests (two or more participants, a priority, when it was asked).
`schedule(problem, fixed=…)` keeps the meetings the organiser placed by hand and places as many of the other
requests as it can; `validate_placement` checks one manual placement against the others, with the same rules.

Algorithm:
1. A participant's open slots are those overlapping none of their busy intervals (half-open intervals); a
   request's possible slots are those open to all its participants.
2. Greedy pass, highest priority first, then fewest possible slots (the hardest to place), then earliest asked,
   then id. A request takes, among its possible slots where its participants have no meeting yet and a table is
   free, the one that the fewest still-unplaced requests of the same participants could also use, then the one
   with the most free tables (spreading the load), then the earliest; and there the first free table.
3. Repair, in the same order, until a whole pass changes nothing: an unplaced request is placed if it now fits,
   or by moving one meeting that blocks it on one of its possible slots (the only meeting one of its
   participants has there, or any meeting there when only a table is missing) to another slot that suits it.

Guarantees:
- no participant in two meetings of one slot, no table used twice in a slot, no meeting over a busy interval of
  one of its participants (the checks of `validate_placement`); the fixed meetings are kept as they are;
- deterministic: the result depends on what the inputs hold, not on the order of the requests or participants
  (tables are filled in the order given, slots in time order);
- a request left out by the greedy pass was blocked only by fixed meetings and by requests of equal or higher
  priority; the repair step adds meetings and never removes one;
- every unplaced request comes with its reason, and fits nowhere even after moving any one non-fixed meeting.

Limits: a heuristic, not an optimum. Even without tables or busy intervals, placing every two-party request is
edge-colouring the graph of requests with one colour per slot, an NP-complete question (Holyer, 1981), so a
placement that needs two meetings moved at once can be missed. Priorities order the greedy pass; they are not
weights traded against the number of meetings placed. Cost: the greedy pass looks at each request's slots and
the requests of its participants, each repair pass at each unplaced request's slots and the meetings there:
300 requests over 60 participants, 20 tables and 24 slots take a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from itertools import pairwise

from filiere.errors import CommonErrorCode, InvalidInputError
from filiere.events.errors import EventErrorCode
from filiere.text import long_datetime


class UnplacedReason(StrEnum):
    """Why `schedule` left a request out, most fundamental first."""

    NO_COMMON_SLOT = "NO_COMMON_SLOT"  # busy intervals leave its participants no slot in common
    PARTICIPANTS_BOOKED = "PARTICIPANTS_BOOKED"  # on every common slot one of them already has a meeting
    NO_FREE_TABLE = "NO_FREE_TABLE"  # they are all free on some common slot, but every table is taken


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime
    end: datetime


@dataclass(frozen=True, kw_only=True)
class Table:
    id: int
    name: str


@dataclass(frozen=True, kw_only=True)
class Busy:
    start: datetime
    end: datetime
    label: str  # said to the organiser: « pitch », « atelier « Financer ses projets » »…


@dataclass(frozen=True, kw_only=True)
class Participant:
    id: str  # the services' key: a project and a partner person may share a numeric id
    name: str
    busy: tuple[Busy, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MeetingRequest:
    id: int
    participants: tuple[str, ...]
    priority: int = 0  # higher goes first
    requested_at: datetime | None = None  # earlier goes first among equal priorities


@dataclass(frozen=True, kw_only=True)
class Meeting:
    request_id: int
    slot: Slot
    table_id: int


@dataclass(frozen=True, kw_only=True)
class MeetingProblem:
    slots: tuple[Slot, ...]
    tables: tuple[Table, ...]
    participants: tuple[Participant, ...]
    requests: tuple[MeetingRequest, ...]

    def __post_init__(self) -> None:
        # The services build problems from their own rows: an inconsistency is a bug, not a user's input.
        slots = sorted(self.slots)
        if any(slot.end <= slot.start for slot in slots) or any(a.end > b.start for a, b in pairwise(slots)):
            raise ValueError("meeting slots must be non-empty and never overlap")
        if any(busy.end <= busy.start for participant in self.participants for busy in participant.busy):
            raise ValueError("busy intervals must be non-empty")
        for name, ids in (
            ("table", [table.id for table in self.tables]),
            ("participant", [participant.id for participant in self.participants]),
            ("request", [request.id for request in self.requests]),
        ):
            if len(set(ids)) != len(ids):
                raise ValueError(f"duplicate {name} id")
        known = {participant.id for participant in self.participants}
        for request in self.requests:
            if len(set(request.participants)) != len(request.participants) or len(request.participants) < 2:
                raise ValueError(f"request {request.id} needs two or more distinct participants")
            if not known.issuperset(request.participants):
                raise ValueError(f"request {request.id} names an unknown participant")


@dataclass(frozen=True, kw_only=True)
class Unplaced:
    request_id: int
    reason: UnplacedReason
    message: str


@dataclass(frozen=True, kw_only=True)
class AgendaEntry:
    slot: Slot
    table: Table
    request_id: int
    others: tuple[str, ...]  # the other participants' ids, in the request's order


@dataclass(frozen=True, kw_only=True)
class Schedule:
    meetings: tuple[Meeting, ...]  # fixed and new, by slot then table order
    unplaced: tuple[Unplaced, ...]  # in the order requests were considered
    agendas: Mapping[str, tuple[AgendaEntry, ...]]  # every participant, meetings in time order


def schedule(problem: MeetingProblem, *, fixed: Iterable[Meeting] = ()) -> Schedule:
    """Places as many requests as it can around the `fixed` meetings, which must satisfy `validate_placement`
    one after the other (the first that does not is raised as an `InvalidInputError`)."""
    board = _Board(problem)
    fixed_ids: set[int] = set()
    for meeting in fixed:
        board.check(meeting)
        board.put(meeting.request_id, board.slot_index[meeting.slot], board.table_index[meeting.table_id])
        fixed_ids.add(meeting.request_id)
    order = sorted((r for r in problem.requests if r.id not in fixed_ids), key=board.order_key)
    unplaced = {request.id for request in order}
    for request in order:
        board.place(request, unplaced)
    changed = True
    while changed:
        changed = False
        for request in [r for r in order if r.id in unplaced]:
            if board.place(request, unplaced) or board.place_by_moving_one(request, unplaced, fixed_ids):
                changed = True
    return board.result([r for r in order if r.id in unplaced])


def validate_placement(problem: MeetingProblem, meeting: Meeting, *, placed: Iterable[Meeting] = ()) -> None:
    """Raises an `InvalidInputError` (French message, code, field) if the organiser cannot put `meeting` where
    it says, given the meetings already `placed` (consistent among themselves, without `meeting`'s own)."""
    board = _Board(problem)
    for other in placed:
        board.put(other.request_id, board.slot_index[other.slot], board.table_index[other.table_id])
    board.check(meeting)


def _overlaps(slot: Slot, busy: Busy) -> bool:
    return busy.start < slot.end and slot.start < busy.end


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} et {names[-1]}"


class _Board:
    """The problem indexed by position, and who sits where: slots and tables are ints, in their order."""

    def __init__(self, problem: MeetingProblem) -> None:
        self.slots = sorted(problem.slots)
        self.slot_index = {slot: i for i, slot in enumerate(self.slots)}
        self.tables = problem.tables
        self.table_index = {table.id: i for i, table in enumerate(problem.tables)}
        self.participants = {participant.id: participant for participant in problem.participants}
        self.requests = {request.id: request for request in problem.requests}
        self.open = {
            participant.id: frozenset(
                i for i, slot in enumerate(self.slots) if not any(_overlaps(slot, b) for b in participant.busy)
            )
            for participant in problem.participants
        }
        self.possible_set = {
            request.id: frozenset.intersection(*(self.open[p] for p in request.participants))
            for request in problem.requests
        }
        self.possible = {request_id: sorted(slots) for request_id, slots in self.possible_set.items()}
        by_participant: dict[str, list[MeetingRequest]] = {participant.id: [] for participant in problem.participants}
        for request in sorted(problem.requests, key=self.order_key):
            for participant_id in request.participants:
                by_participant[participant_id].append(request)
        self.requests_of = by_participant
        self.where: dict[int, tuple[int, int]] = {}  # request → (slot, table)
        self.booked: dict[tuple[str, int], int] = {}  # (participant, slot) → request
        self.seated: dict[tuple[int, int], int] = {}  # (slot, table) → request
        self.taken = [0] * len(self.slots)  # tables taken per slot

    def order_key(self, request: MeetingRequest) -> tuple[int, int, bool, float, int]:
        asked = request.requested_at
        return (
            -request.priority,
            len(self.possible[request.id]),
            asked is None,
            asked.timestamp() if asked else 0,
            request.id,
        )

    def put(self, request_id: int, slot: int, table: int) -> None:
        self.where[request_id] = (slot, table)
        for participant_id in self.requests[request_id].participants:
            self.booked[participant_id, slot] = request_id
        self.seated[slot, table] = request_id
        self.taken[slot] += 1

    def remove(self, request_id: int) -> tuple[int, int]:
        slot, table = self.where.pop(request_id)
        for participant_id in self.requests[request_id].participants:
            del self.booked[participant_id, slot]
        del self.seated[slot, table]
        self.taken[slot] -= 1
        return slot, table

    def free(self, request: MeetingRequest, slot: int) -> bool:
        return all((participant_id, slot) not in self.booked for participant_id in request.participants)

    def free_table(self, slot: int) -> int | None:
        if self.taken[slot] == len(self.tables):
            return None
        return next(table for table in range(len(self.tables)) if (slot, table) not in self.seated)

    def place(self, request: MeetingRequest, unplaced: set[int]) -> bool:
        """Puts `request` on its best slot where it fits as things are (and out of `unplaced`); False if it fits
        nowhere. Its rivals are the still-unplaced requests of its participants."""
        candidates = [
            s for s in self.possible[request.id] if self.taken[s] < len(self.tables) and self.free(request, s)
        ]
        if not candidates:
            return False
        rivals = {
            other.id: other
            for participant_id in request.participants
            for other in self.requests_of[participant_id]
            if other.id in unplaced and other.id != request.id
        }

        def cost(slot: int) -> tuple[int, int, int]:
            contention = sum(1 for o in rivals.values() if slot in self.possible_set[o.id] and self.free(o, slot))
            return (contention, self.taken[slot], slot)

        slot = min(candidates, key=cost)
        table = self.free_table(slot)
        assert table is not None
        self.put(request.id, slot, table)
        unplaced.discard(request.id)
        return True

    def place_by_moving_one(self, request: MeetingRequest, unplaced: set[int], fixed: set[int]) -> bool:
        """Puts `request` on one of its slots by moving one non-fixed meeting elsewhere; False if none does."""
        unplaced.discard(request.id)
        for slot in self.possible[request.id]:
            blocking = {self.booked[p, slot] for p in request.participants if (p, slot) in self.booked}
            if len(blocking) > 1:
                continue
            # Moving the one meeting of a participant frees them and its table; else any meeting frees a table.
            movable = blocking or {self.seated[slot, t] for t in range(len(self.tables))}
            for other_id in sorted(movable - fixed, key=lambda i: self.where[i][1]):
                home = self.remove(other_id)
                table = self.free_table(slot)
                assert table is not None
                self.put(request.id, slot, table)
                if self.place(self.requests[other_id], unplaced):
                    return True
                self.remove(request.id)
                self.put(other_id, *home)
        unplaced.add(request.id)
        return False

    def check(self, meeting: Meeting) -> None:
        request = self.requests.get(meeting.request_id)
        if request is None:
            raise InvalidInputError(
                "Cette demande de rendez-vous n'existe pas ou n'a pas été acceptée.",
                code=CommonErrorCode.NOT_FOUND,
                field="requestId",
            )
        slot = self.slot_index.get(meeting.slot)
        if slot is None:
            raise InvalidInputError(
                "Ce créneau ne fait pas partie des créneaux de rendez-vous de l'événement.",
                code=EventErrorCode.NOT_A_MEETING_SLOT,
                field="slot",
            )
        table = self.table_index.get(meeting.table_id)
        if table is None:
            raise InvalidInputError(
                "Cette table n'existe pas pour cet événement.", code=CommonErrorCode.NOT_FOUND, field="tableId"
            )
        if request.id in self.where:
            raise InvalidInputError(
                "Ce rendez-vous est déjà placé : déplacez-le plutôt que de le placer une seconde fois.",
                code=EventErrorCode.MEETING_ALREADY_PLACED,
                field="requestId",
            )
        when = long_datetime(meeting.slot.start)
        for participant_id in request.participants:
            participant = self.participants[participant_id]
            busy = next(
                (b for b in sorted(participant.busy, key=lambda b: b.start) if _overlaps(meeting.slot, b)), None
            )
            if busy is not None:
                raise InvalidInputError(
                    f"{participant.name} n'est pas disponible le {when} : {busy.label}.",
                    code=EventErrorCode.PARTICIPANT_BUSY,
                    field="slot",
                )
        for participant_id in request.participants:
            if (participant_id, slot) in self.booked:
                raise InvalidInputError(
                    f"{self.participants[participant_id].name} a déjà un rendez-vous le {when}.",
                    code=EventErrorCode.PARTICIPANT_DOUBLE_BOOKED,
                    field="slot",
                )
        if (slot, table) in self.seated:
            raise InvalidInputError(
                f"La table « {self.tables[table].name} » est déjà prise le {when}.",
                code=EventErrorCode.TABLE_TAKEN,
                field="tableId",
            )

    def unplaced(self, request: MeetingRequest) -> Unplaced:
        possible = self.possible[request.id]
        if not possible:
            never_open = [self.participants[p].name for p in request.participants if not self.open[p]]
            if len(never_open) == 1:
                detail = f"{never_open[0]} n'est libre sur aucun créneau"
            elif never_open:
                detail = f"{_names(never_open)} ne sont libres sur aucun créneau"
            else:
                everyone = _names([self.participants[p].name for p in request.participants])
                detail = f"{everyone} ne sont jamais libres en même temps"
            return Unplaced(
                request_id=request.id,
                reason=UnplacedReason.NO_COMMON_SLOT,
                message=f"Aucun créneau commun libre : {detail}.",
            )
        if any(self.free(request, slot) for slot in possible):
            return Unplaced(
                request_id=request.id,
                reason=UnplacedReason.NO_FREE_TABLE,
                message="Plus de table libre sur les créneaux communs.",
            )
        return Unplaced(
            request_id=request.id,
            reason=UnplacedReason.PARTICIPANTS_BOOKED,
            message="Plus de créneau commun libre : les participants ont déjà d'autres rendez-vous sur "
            + ("leur seul créneau commun." if len(possible) == 1 else f"leurs {len(possible)} créneaux communs."),
        )

    def result(self, unplaced: list[MeetingRequest]) -> Schedule:
        placed = sorted(self.where.items(), key=lambda item: item[1])
        meetings = tuple(
            Meeting(request_id=request_id, slot=self.slots[slot], table_id=self.tables[table].id)
            for request_id, (slot, table) in placed
        )
        agendas: dict[str, list[AgendaEntry]] = {participant_id: [] for participant_id in self.participants}
        for request_id, (slot, table) in placed:
            participants = self.requests[request_id].participants
            for participant_id in participants:
                agendas[participant_id].append(
                    AgendaEntry(
                        slot=self.slots[slot],
                        table=self.tables[table],
                        request_id=request_id,
                        others=tuple(p for p in participants if p != participant_id),
                    )
                )
        return Schedule(
            meetings=meetings,
            unplaced=tuple(self.unplaced(request) for request in unplaced),
            agendas={participant_id: tuple(entries) for participant_id, entries in agendas.items()},
        )
