import type { SupplierCandidateStatus } from "../../graphql/generated/graphql";

/** The lanes of a stage's column, in the order of a supplier's way; « Écarté » last. */
export const LANES: readonly SupplierCandidateStatus[] = [
  "IDENTIFIED",
  "CONTACTED",
  "QUALIFIED",
  "RETAINED",
  "REJECTED",
];

/** What the board knows of a card to move it: the API says where it may go (`nextStatuses`) and
 * which version to send (`expectedVersion`). */
export interface MovableCandidate {
  id: string;
  name: string;
  stageId: string;
  status: SupplierCandidateStatus;
  nextStatuses: readonly SupplierCandidateStatus[];
  version: number;
}

/** A lane: one status of one stage's column. */
export interface Lane {
  stageId: string;
  status: SupplierCandidateStatus;
}

/** What dropping a card on a lane (or choosing a status in its menu) does: nothing (same lane, or
 * dropped outside), a status change, a rejection (a reason is asked first), or nothing because the
 * API would refuse it (another stage's column, a status not in `nextStatuses`). */
export type MoveOutcome =
  { kind: "none" } | { kind: "refused" } | { kind: "move"; to: SupplierCandidateStatus } | { kind: "reject" };

export function moveOutcome(candidate: MovableCandidate, lane: Lane | null | undefined): MoveOutcome {
  if (!lane) return { kind: "none" };
  if (lane.stageId !== candidate.stageId) return { kind: "refused" };
  if (lane.status === candidate.status) return { kind: "none" };
  if (!candidate.nextStatuses.includes(lane.status)) return { kind: "refused" };
  return lane.status === "REJECTED" ? { kind: "reject" } : { kind: "move", to: lane.status };
}

/** Whether a lane takes the card being dragged: only the lanes `nextStatuses` lists, in its column. */
export function acceptsDrop(candidate: MovableCandidate | null | undefined, lane: Lane): boolean {
  if (!candidate) return false;
  const outcome = moveOutcome(candidate, lane);
  return outcome.kind === "move" || outcome.kind === "reject";
}

/** The `data` the board gives each draggable card and each droppable lane (dnd-kit). */
export interface CardDragData {
  candidate: MovableCandidate;
}
export interface LaneDropData {
  lane: Lane;
}

/** The end of a drag as dnd-kit reports it: the card dragged, the lane under it (if any). */
export interface DragEnd {
  active: { data: { current?: Partial<CardDragData> | Record<string, unknown> } };
  over: { data: { current?: Partial<LaneDropData> | Record<string, unknown> } } | null;
}

function cardOf(data: DragEnd["active"]["data"]["current"]): MovableCandidate | null {
  const candidate = (data as Partial<CardDragData> | undefined)?.candidate;
  return candidate ?? null;
}

function laneOf(data: NonNullable<DragEnd["over"]>["data"]["current"]): Lane | null {
  const lane = (data as Partial<LaneDropData> | undefined)?.lane;
  return lane ?? null;
}

/** The board's `onDragEnd`: a drop on a lane the card may go to asks for the move (`onMove` opens the
 * reason dialog for « Écarté »); anything else is ignored (dnd-kit puts the card back). */
export function handleCardDrop(
  event: DragEnd,
  onMove: (candidate: MovableCandidate, to: SupplierCandidateStatus) => void,
): MoveOutcome {
  const candidate = cardOf(event.active.data.current);
  if (!candidate) return { kind: "none" };
  const outcome = moveOutcome(candidate, event.over ? laneOf(event.over.data.current) : null);
  if (outcome.kind === "move") onMove(candidate, outcome.to);
  if (outcome.kind === "reject") onMove(candidate, "REJECTED");
  return outcome;
}
