import { describe, expect, it, vi } from "vitest";

import { type MovableCandidate, acceptsDrop, handleCardDrop, moveOutcome } from "./statusMove";

const contacted: MovableCandidate = {
  id: "Q2FuZDox",
  name: "Filature du Nord",
  stageId: "stage-1",
  status: "CONTACTED",
  nextStatuses: ["QUALIFIED", "REJECTED"],
  version: 3,
};

const drop = (candidate: MovableCandidate | null, lane: { stageId: string; status: string } | null) => ({
  active: { data: { current: candidate ? { candidate } : undefined } },
  over: lane ? { data: { current: { lane } } } : null,
});

describe("moving a card between lanes", () => {
  it("takes a card only to a lane its nextStatuses lists, in its own column", () => {
    expect(moveOutcome(contacted, { stageId: "stage-1", status: "QUALIFIED" })).toEqual({
      kind: "move",
      to: "QUALIFIED",
    });
    expect(moveOutcome(contacted, { stageId: "stage-1", status: "REJECTED" })).toEqual({ kind: "reject" });
    expect(moveOutcome(contacted, { stageId: "stage-1", status: "CONTACTED" })).toEqual({ kind: "none" });
    expect(moveOutcome(contacted, { stageId: "stage-1", status: "RETAINED" })).toEqual({ kind: "refused" });
    expect(moveOutcome(contacted, { stageId: "stage-1", status: "IDENTIFIED" })).toEqual({ kind: "refused" });
    expect(moveOutcome(contacted, { stageId: "stage-2", status: "QUALIFIED" })).toEqual({ kind: "refused" });
    expect(moveOutcome(contacted, null)).toEqual({ kind: "none" });
  });

  it("outlines the lanes that take the card being dragged, and only while one is", () => {
    expect(acceptsDrop(contacted, { stageId: "stage-1", status: "QUALIFIED" })).toBe(true);
    expect(acceptsDrop(contacted, { stageId: "stage-1", status: "REJECTED" })).toBe(true);
    expect(acceptsDrop(contacted, { stageId: "stage-1", status: "CONTACTED" })).toBe(false);
    expect(acceptsDrop(contacted, { stageId: "stage-2", status: "QUALIFIED" })).toBe(false);
    expect(acceptsDrop(null, { stageId: "stage-1", status: "QUALIFIED" })).toBe(false);
    const retained = { ...contacted, status: "RETAINED" as const, nextStatuses: [] };
    expect(acceptsDrop(retained, { stageId: "stage-1", status: "REJECTED" })).toBe(false);
  });

  it("asks for the move on a drop the API allows (« Écarté » included: the board asks the reason)", () => {
    const onMove = vi.fn();
    expect(handleCardDrop(drop(contacted, { stageId: "stage-1", status: "QUALIFIED" }), onMove)).toEqual({
      kind: "move",
      to: "QUALIFIED",
    });
    expect(onMove).toHaveBeenLastCalledWith(contacted, "QUALIFIED");
    handleCardDrop(drop(contacted, { stageId: "stage-1", status: "REJECTED" }), onMove);
    expect(onMove).toHaveBeenLastCalledWith(contacted, "REJECTED");
    expect(onMove).toHaveBeenCalledTimes(2);
  });

  it("ignores a drop outside any lane, on its own lane, on a lane not allowed, or of something else", () => {
    const onMove = vi.fn();
    handleCardDrop(drop(contacted, null), onMove);
    handleCardDrop(drop(contacted, { stageId: "stage-1", status: "CONTACTED" }), onMove);
    expect(handleCardDrop(drop(contacted, { stageId: "stage-1", status: "RETAINED" }), onMove)).toEqual({
      kind: "refused",
    });
    handleCardDrop(drop(contacted, { stageId: "stage-2", status: "QUALIFIED" }), onMove);
    handleCardDrop(drop(null, { stageId: "stage-1", status: "QUALIFIED" }), onMove);
    expect(onMove).not.toHaveBeenCalled();
  });
});
