/** GraphQL-shaped data for mocked responses: complete objects with __typename, as the API sends. */

export const regionNormandie = {
  __typename: "Region",
  id: "UmVnaW9uOm5vcm1hbmRpZQ",
  slug: "normandie",
  name: "Normandie",
};
export const regionIdf = {
  __typename: "Region",
  id: "UmVnaW9uOmlsZS1kZS1mcmFuY2U",
  slug: "ile-de-france",
  name: "Île-de-France",
};
export const regions = [regionNormandie, regionIdf];

type Role = "ADVISER" | "REGIONAL_ADMIN" | "NATIONAL" | "PARTNER" | "JUROR" | "PLATFORM_ADMIN";

export function viewer(role: Role, overrides: Record<string, unknown> = {}) {
  const regional = role === "ADVISER" || role === "REGIONAL_ADMIN";
  return {
    __typename: "Viewer",
    displayName: "Camille Lemoine",
    email: "conseiller.normandie@demo.filiere.fr",
    role,
    region: regional ? { __typename: "Region", id: regionNormandie.id, slug: "normandie", name: "Normandie" } : null,
    organisation:
      role === "PARTNER" ? { __typename: "Organisation", id: "T3JnYW5pc2F0aW9uOjE", name: "Bpifrance" } : null,
    ...overrides,
  };
}

export function regionsConnection() {
  return {
    __typename: "RegionConnection",
    edges: regions.map((node) => ({ __typename: "RegionEdge", node })),
  };
}

/** A step of `Project.nextSteps`: the API says whether it needs a reason. */
export function nextStep(status: string, reasonRequired = false) {
  return { __typename: "ProjectNextStep", status, reasonRequired };
}

let nextId = 1;

export function project(overrides: Record<string, unknown> = {}) {
  const id = (overrides["id"] as string | undefined) ?? `UHJvamVjdDpub3JtYW5kaWU6${nextId++}`;
  return {
    __typename: "Project",
    id,
    name: "Vélo taxi innovant",
    summary: "Proposer un nouveau service de transport avec un vélo taxi innovant.",
    kind: "NEW_PRODUCTION",
    sector: "MOBILITY",
    status: "FOLLOW_UP",
    needs: ["MARKET_STUDY", "PRODUCTION_SOURCING"],
    access: "FULL",
    notes: "Note interne fictive.",
    viewerCanEdit: true,
    nextSteps: [nextStep("CLOSED"), nextStep("ABANDONED", true)],
    statusHistory: [],
    version: 3,
    updatedAt: "2026-11-23T04:03:00+00:00",
    region: regionNormandie,
    company: {
      __typename: "Company",
      id: `Q29tcGFueTo${id}`,
      name: "HUMAN MOB",
      siren: "829153410",
      sirenIsDemo: true,
      nafCode: null,
      communeName: "Rouen",
      departement: "76",
    },
    adviser: { __typename: "User", id: "VXNlcjox", displayName: "Camille Lemoine" },
    cohort: null,
    ...overrides,
  };
}

export function projectsConnection(
  nodes: ReturnType<typeof project>[],
  options: { totalCount?: number; hasNextPage?: boolean; endCursor?: string | null; unavailable?: string[] } = {},
) {
  return {
    __typename: "ProjectConnection",
    totalCount: options.totalCount ?? nodes.length,
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage: options.hasNextPage ?? false,
      endCursor: options.endCursor ?? (nodes.length ? `cursor-${nodes.length}` : null),
    },
    unavailableRegions: (options.unavailable ?? []).map((name) => ({
      __typename: "UnavailableRegion",
      slug: name.toLowerCase(),
      name,
    })),
    edges: nodes.map((node) => ({ __typename: "ProjectEdge", node })),
  };
}
