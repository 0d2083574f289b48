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

export type Role =
  "ADVISER" | "REGIONAL_ADMIN" | "NATIONAL" | "PARTNER" | "JUROR" | "PLATFORM_ADMIN" | "COACH" | "EXPERT" | "STUDENT";

type Reach = "own" | "regions" | "national" | "addressed" | "everywhere" | "attached";
type Grant = "SUMMARY" | "FINANCING" | "DOCUMENTS" | "FULL";

const STAFF: Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
const TEAM: Role[] = ["ADVISER", "REGIONAL_ADMIN"];
const ALL: Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL", "PARTNER", "JUROR", "PLATFORM_ADMIN"];
// Coaches, experts and students: only the projects they are attached to.
const ATTACHED: Role[] = ["COACH", "EXPERT", "STUDENT"];
const rule = (roles: Role[], reach: Reach[]) => Object.fromEntries(roles.map((role) => [role, reach]));

/** What the API answers in `Viewer.capabilities` for each role of the demo (backend `auth/policy.py`),
 * with Normandie as the regions' staff's own region: a test fixture, the SPA itself never encodes this. */
const POLICY: Record<string, Partial<Record<Role, Reach[] | Grant>>> = {
  VIEW_REGION: rule([...ALL, ...ATTACHED], ["everywhere"]),
  VIEW_PROJECT_SUMMARY: { ...rule(STAFF, ["regions"]), PARTNER: "SUMMARY", ...rule(ATTACHED, ["attached"]) },
  VIEW_PROJECT_CONFIDENTIAL: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"], PARTNER: "FULL", COACH: ["attached"] },
  VIEW_PROJECT_NOTES: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"], PARTNER: "FULL" },
  VIEW_PROJECT_ADVISER: { ...rule(STAFF, ["regions"]), PARTNER: "SUMMARY", ...rule(ATTACHED, ["attached"]) },
  EDIT_PROJECT: rule(TEAM, ["own"]),
  FOLLOW_PROJECT: rule(["ADVISER"], ["own"]),
  REVIEW_CANDIDACY: rule(["REGIONAL_ADMIN"], ["own"]),
  // Its own region's threads, and another region's that names the person (not a capability's region).
  COMMENT_PROJECT: { ...rule(TEAM, ["own"]), ...rule(["COACH", "EXPERT"], ["attached"]) },
  // A partner asks on any project shared with it; the region's team answers; CCI France reads the threads.
  ASK_PROJECT_QUESTION: { PARTNER: "SUMMARY" },
  VIEW_PARTNER_QUESTIONS: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"] },
  ANSWER_PROJECT_QUESTION: rule(TEAM, ["own"]),
  VIEW_MARKET_STUDY: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"], ...rule(["COACH", "STUDENT"], ["attached"]) },
  EDIT_MARKET_STUDY: { ...rule(TEAM, ["own"]), STUDENT: ["attached"] },
  UPLOAD_PROJECT_DOCUMENT: { ...rule(TEAM, ["own"]), ...rule(["COACH", "STUDENT"], ["attached"]) },
  VIEW_PROJECT_MEMBERS: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"] },
  ATTACH_PROJECT_MEMBER: rule(TEAM, ["own"]),
  VIEW_PROJECT_GRANTS: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"] },
  SHARE_PROJECT: rule(TEAM, ["own"]),
  VIEW_ACCESS_LOG: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"] },
  RECEIVE_MENTION: rule(STAFF, ["everywhere"]),
  VIEW_EVENT: rule([...STAFF, "PARTNER"], ["regions"]),
  // A juror scores the events they are invited to (`invited` reach: no region of their own).
  SCORE_PITCH: { JUROR: [] },
  VIEW_ORGANISATION: rule(["ADVISER", "REGIONAL_ADMIN", "NATIONAL", "PARTNER", "PLATFORM_ADMIN"], ["national"]),
  MANAGE_ORGANISATION: rule(["PLATFORM_ADMIN"], ["national"]),
  MANAGE_API_CLIENT: rule(["PLATFORM_ADMIN"], ["national"]),
  VIEW_USER: rule([...STAFF, "PLATFORM_ADMIN"], ["national"]),
  // Operators manage every account, a regional admin their region's (backend `MANAGED_ROLES` says which roles).
  MANAGE_USER: { PLATFORM_ADMIN: ["everywhere"], REGIONAL_ADMIN: ["own"] },
  READ_INBOX: rule([...ALL, ...ATTACHED], ["national"]),
  VIEW_METHOD: rule(STAFF, ["national"]),
  EDIT_METHOD: rule(["NATIONAL"], ["national"]),
  VIEW_EDITION: rule(STAFF, ["national"]),
  MANAGE_EDITION: rule(["NATIONAL"], ["national"]),
  VIEW_COHORT: rule(STAFF, ["regions"]),
  MANAGE_COHORT: rule(["REGIONAL_ADMIN"], ["own"]),
  UPDATE_MILESTONE: rule(TEAM, ["own"]),
  VIEW_MILESTONE_EVIDENCE: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"] },
  MANAGE_CALENDAR_FEED: rule(TEAM, ["own"]),
  VIEW_AUDIT: { REGIONAL_ADMIN: ["own"], NATIONAL: ["everywhere"] },
  VIEW_PROJECT_DOCUMENTS: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"], PARTNER: "DOCUMENTS" },
  SEARCH_SUPPLIERS: rule(STAFF, ["everywhere"]),
  ENRICH_SUPPLIERS: rule(TEAM, ["own"]),
  VIEW_SOURCING_REQUEST: { ...rule(TEAM, ["own", "addressed"]), NATIONAL: ["regions"] },
  VIEW_SOURCING_ANSWERS: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"] },
  POST_SOURCING_REQUEST: rule(TEAM, ["own"]),
  ANSWER_SOURCING_REQUEST: rule(TEAM, ["addressed"]),
  VIEW_PROJECT_FINANCING: { ...rule(TEAM, ["own"]), NATIONAL: ["regions"], PARTNER: "FINANCING", COACH: ["attached"] },
  EDIT_FINANCING: { ...rule(TEAM, ["own"]), COACH: ["attached"] },
  VIEW_FINANCING_SCHEMES: {
    ...rule(TEAM, ["own", "national"]),
    NATIONAL: ["everywhere"],
    ...rule(["PARTNER", "COACH"], ["national"]),
  },
  MANAGE_FINANCING_SCHEMES: { ...rule(TEAM, ["own"]), NATIONAL: ["national"] },
};

/** `Viewer.capabilities` as the API answers it to a role (the regions' staff belong to Normandie). */
export function capabilities(role: Role) {
  const regional = role === "ADVISER" || role === "REGIONAL_ADMIN";
  return Object.entries(POLICY).flatMap(([action, byRole]) => {
    const answer = byRole[role];
    if (answer === undefined) return [];
    const reach = typeof answer === "string" ? [] : answer;
    const everywhere = reach.includes("everywhere");
    const where =
      everywhere || reach.includes("regions") ? regions : regional && reach.includes("own") ? [regionNormandie] : [];
    return [
      {
        __typename: "Capability",
        action,
        regions: where,
        national: everywhere || reach.includes("national"),
        addressed: reach.includes("addressed"),
        grant: typeof answer === "string" ? answer : null,
        attached: reach.includes("attached"),
      },
    ];
  });
}

/** Camille Lemoine's global id: the demo adviser, who follows the fixtures' projects. */
export const ADVISER_USER_ID = "VXNlcjox";

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
    capabilities: capabilities(role),
    // The same person as the projects' adviser in `project()` below.
    user: { __typename: "User", id: ADVISER_USER_ID },
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
    viewerCanAssignAdviser: false,
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
    adviser: { __typename: "User", id: ADVISER_USER_ID, displayName: "Camille Lemoine" },
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
