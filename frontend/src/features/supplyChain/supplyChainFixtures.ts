/** Test data for the supply-chain board: complete objects with __typename, as the API sends them.
 * Imported by tests only. */
import type { MockLink } from "@apollo/client/testing";

import { regionNormandie } from "../../test/fixtures";

import { SupplyChainBoardQuery } from "./SupplyChainTab";

export const PROJECT_ID = "UHJvamVjdDpub3JtYW5kaWU6OQ";

type Status = "IDENTIFIED" | "CONTACTED" | "QUALIFIED" | "RETAINED" | "REJECTED";

const NEXT: Record<Status, Status[]> = {
  IDENTIFIED: ["CONTACTED", "REJECTED"],
  CONTACTED: ["QUALIFIED", "REJECTED"],
  QUALIFIED: ["RETAINED", "REJECTED"],
  RETAINED: [],
  REJECTED: [],
};

export function candidate(id: string, name: string, status: Status, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "SupplierCandidate",
    id,
    siret: null as string | null,
    name,
    communeName: "Roubaix",
    departement: "59" as string | null,
    country: "France",
    status,
    nextStatuses: NEXT[status],
    reason: "",
    notes: "",
    nextActionOn: null as string | null,
    changedBy: "Camille Lemoine",
    updatedAt: "2026-11-23T09:05:00+00:00",
    version: 3,
    ...overrides,
  };
}

export function stage(id: string, name: string, candidates: ReturnType<typeof candidate>[] = [], needs = "") {
  return { __typename: "SupplyChainStage", id, name, needs, candidates };
}

export function indicators(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "SupplyChainIndicators",
    stages: 7,
    stagesWithRetained: 3,
    retained: 3,
    retainedInRegionShare: 2 / 3,
    retainedInFranceShare: 1,
    ...overrides,
  };
}

/** The chain of a textile project: yarn, weaving, making-up. */
export function textileStages() {
  return [
    stage(
      "U3RhZ2U6MQ",
      "Filature",
      [
        candidate("Q2FuZDox", "Filature du Nord", "CONTACTED", { siret: "82915341000012", version: 3 }),
        candidate("Q2FuZDoy", "Hilaturas Ferre", "IDENTIFIED", {
          communeName: "",
          departement: null,
          country: "Espagne",
          notes: "Fil recyclé, 3 semaines de délai.",
          nextActionOn: "2026-12-01",
        }),
      ],
      "Fil de coton bio, 2 t par an",
    ),
    stage("U3RhZ2U6Mg", "Tissage", [
      candidate("Q2FuZDoz", "Tissage Dupont", "RETAINED"),
      candidate("Q2FuZDo0", "Tissus Martin", "REJECTED", { reason: "Trop cher pour les petites séries." }),
    ]),
    stage("U3RhZ2U6Mw", "Confection"),
  ];
}

export function boardData(
  options: { stages?: ReturnType<typeof stage>[]; viewerCanEdit?: boolean; version?: number } = {},
) {
  return {
    node: {
      __typename: "Project",
      id: PROJECT_ID,
      version: options.version ?? 5,
      viewerCanEdit: options.viewerCanEdit ?? true,
      region: { __typename: "Region", id: regionNormandie.id, slug: regionNormandie.slug },
      supplyChain: {
        __typename: "SupplyChain",
        indicators: indicators(),
        stages: options.stages ?? textileStages(),
      },
    },
  };
}

/** The board's query; answered again and again unless `maxUsageCount` says otherwise. */
export function boardMock(
  data: ReturnType<typeof boardData> = boardData(),
  maxUsageCount = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return {
    request: { query: SupplyChainBoardQuery, variables: { id: PROJECT_ID } },
    result: { data },
    maxUsageCount,
  };
}
