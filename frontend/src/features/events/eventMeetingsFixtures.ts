import type { MockLink } from "@apollo/client/testing";
import type { DocumentNode } from "graphql";

export const SLUG = "2023-pour-une-france-industrielle";
export const EVENT_ID = "RXZlbnQ6bm9ybWFuZGllOjE";
export const SLOT_1 = "2023-12-01T08:00:00+00:00";
export const SLOT_2 = "2023-12-01T08:20:00+00:00";

export function pitch(id: string, order: number, projectName: string) {
  return { __typename: "PitchedProject", id, order, projectName };
}

export function meetingRequest(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "MeetingRequest",
    id: "TWVldGluZ1JlcXVlc3Q6MQ",
    version: 1,
    status: "PENDING",
    message: "Parlons financement (démo)",
    askedByPartner: true,
    partnerName: "Karim Benali",
    pitch: { __typename: "PitchedProject", id: "UGl0Y2g6MQ", projectName: "MIJUIN" },
    slotStartsAt: null,
    tableNumber: null,
    placedByHand: false,
    viewerCanAnswer: true,
    viewerCanWithdraw: false,
    ...overrides,
  };
}

/** A mutation answered by `payload`, each input recorded. */
export function mutationMock(
  query: DocumentNode,
  field: string,
  payload: (input: Record<string, unknown>) => unknown,
  inputs: Record<string, unknown>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables["input"] as Record<string, unknown>;
      inputs.push(input);
      return { data: { [field]: payload(input) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
