import { regionIdf, regionNormandie } from "../../test/fixtures";

import { SOURCING_REQUESTS_PAGE_SIZE, SourcingRequestsQuery } from "./SourcingRequestsPage";

export const regionHdf = {
  __typename: "Region",
  id: "UmVnaW9uOmhhdXRzLWRlLWZyYW5jZQ",
  slug: "hauts-de-france",
  name: "Hauts-de-France",
};

export function proposedSupplier(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "ProposedSupplier",
    id: "UHJvcG9zZWRTdXBwbGllcjox",
    siret: "82915341000012",
    name: "Filature du Nord",
    communeName: "Roubaix",
    nafCode: "13.10Z",
    nafLabel: "Préparation de fibres textiles et filature",
    accepted: false,
    ...overrides,
  };
}

export function sourcingAnswer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "SourcingAnswer",
    id: "U291cmNpbmdBbnN3ZXI6MQ",
    answererName: "Léa Dupuis",
    answererRegion: regionHdf,
    note: "Deux filatures qui travaillent le lin.",
    createdAt: "2026-11-24T09:00:00+00:00",
    suppliers: [proposedSupplier()],
    ...overrides,
  };
}

export function sourcingRequest(n: number, overrides: Record<string, unknown> = {}) {
  const answers = (overrides["answers"] as unknown[] | undefined) ?? [];
  return {
    __typename: "SourcingRequest",
    id: `U291cmNpbmdSZXF1ZXN0Om5vcm1hbmRpZTo${n}`,
    region: regionNormandie,
    projectId: "UHJvamVjdDpub3JtYW5kaWU6Nw",
    projectName: "Fil de lin normand",
    stageId: "U3RhZ2U6MQ",
    stageName: "Filature",
    need: "Une filature capable de produire du fil de lin fin.",
    nafHints: ["13.10Z", "C"],
    deadline: "2026-12-23",
    isExpired: false,
    targetRegions: [regionIdf],
    requesterName: "Camille Lemoine",
    createdAt: "2026-11-23T09:05:00+00:00",
    answerCount: answers.length,
    viewerCanAnswer: false,
    ...overrides,
    answers: {
      __typename: "SourcingAnswerConnection",
      totalCount: answers.length,
      edges: answers.map((node) => ({ __typename: "SourcingAnswerEdge", node })),
    },
  };
}

export function requestsResponse(
  addressedToMe: boolean,
  nodes: ReturnType<typeof sourcingRequest>[],
  options: { includeExpired?: boolean; hasNextPage?: boolean } = {},
) {
  return {
    request: {
      query: SourcingRequestsQuery,
      variables: {
        addressedToMe,
        includeExpired: options.includeExpired ?? false,
        first: SOURCING_REQUESTS_PAGE_SIZE,
      },
    },
    result: {
      data: {
        sourcingRequests: {
          __typename: "SourcingRequestConnection",
          totalCount: nodes.length + (options.hasNextPage ? 1 : 0),
          pageInfo: {
            __typename: "PageInfo",
            hasNextPage: options.hasNextPage ?? false,
            endCursor: options.hasNextPage ? "Y3Vyc29yOjE" : null,
          },
          edges: nodes.map((node) => ({ __typename: "SourcingRequestEdge", node })),
        },
      },
    },
  };
}
