/** Test data for the project page: `project()` of src/test/fixtures.ts with what the page's tabs
 * read on top (the company's record as « Entreprise » shows it, contact, the documents' ids, the
 * products and the coach and experts), so that the cache holds
 * complete objects, as the API sends them. Imported by tests only. */
import { project, regionIdf, regionNormandie } from "../../test/fixtures";

/** `Company.contactNotice`, as the API words it. */
export const CONTACT_NOTICE =
  "Données personnelles, confidentielles comme la fiche complète du projet : elles servent à la CCI à joindre " +
  "l'entreprise pendant l'accompagnement et son suivi, et sont conservées trois ans après la fin de " +
  "l'accompagnement. La personne peut y accéder, les faire rectifier ou effacer auprès de la CCI de sa région.";

export function pageProject(overrides: Record<string, unknown> = {}) {
  const base = project(overrides);
  return {
    ...base,
    contact: {
      __typename: "ProjectContact",
      name: "Inès Martin",
      email: "ines.martin@human-mob.example",
      phone: "02 35 00 00 00",
    },
    documents: [],
    products: [],
    team: [],
    viewerCanReadSupplyChain: false,
    // The plans (« Financement »): given in the tests of that tab.
    viewerCanReadFinancing: false,
    // What the page reads of the thread, the milestones, the market study and who is attached to the
    // project: null on a summary card.
    ...(overrides["access"] === "SUMMARY"
      ? { comments: null, milestones: null, marketStudy: null, members: null }
      : {
          comments: { __typename: "ProjectCommentConnection", totalCount: 0 },
          milestones: { __typename: "MilestoneConnection", totalCount: 0 },
          marketStudy: { __typename: "MarketStudy", interviewCount: 0 },
          members: [],
        }),
    nextMilestone: null,
    // With whom the project is shared and who read it (« Partage »): given in the tests of that tab.
    grants: null,
    accessLog: null,
    eventAwards: [],
    // A partner's own grant (the header's notice): null for staff.
    viewerGrant: null,
    ...overrides,
    company: {
      siret: null,
      region: regionNormandie,
      version: 1,
      viewerCanEdit: true,
      nafLabel: null,
      communeCode: "76540",
      address: { __typename: "CompanyAddress", street: "", postalCode: "", communeName: "Rouen" },
      website: "",
      headcountBand: null,
      revenueBand: null,
      // Read where the project's confidential fields are: none on a summary card (`contact: null`).
      contact:
        overrides["contact"] === null
          ? null
          : {
              __typename: "CompanyContact",
              name: "Inès Martin",
              function: "",
              email: "ines.martin@human-mob.example",
              phone: "02 35 00 00 00",
            },
      contactNotice: CONTACT_NOTICE,
      ...base.company,
    },
  };
}

/** The answer to `ProjectPage`: the project, and who reads it (an adviser unless said). */
export function pageData(node: ReturnType<typeof pageProject> | null) {
  return { node };
}

export function documentVersion(number: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "DocumentVersion",
    number,
    fileName: `synthese-v${number}.pdf`,
    size: 1536 * 1024,
    uploadedAt: "2026-11-23T09:05:00+00:00",
    uploadedBy: "Léa Dupuis",
    downloadUrl: `/files/download/jeton-${number}`,
    ...overrides,
  };
}

/** A document whose current version is the last of `versions` (numbers 1…n). */
export function projectDocument(id: string, versions = 1, overrides: Record<string, unknown> = {}) {
  const all = Array.from({ length: versions }, (_, index) => documentVersion(versions - index));
  return {
    __typename: "Document",
    id,
    kind: "SYNTHESIS",
    title: "Synthèse des entretiens",
    version: versions,
    currentVersion: all[0],
    versions: all,
    ...overrides,
  };
}

export function adviser(id: string, displayName: string, role = "ADVISER") {
  return { __typename: "User", id, displayName, role };
}

/** The programme's regions and their advisers, as `MentionableAdvisers` answers. */
export function advisersByRegion() {
  const region = (base: typeof regionNormandie, advisers: ReturnType<typeof adviser>[]) => ({
    ...base,
    advisers: {
      __typename: "UserConnection",
      edges: advisers.map((node) => ({ __typename: "UserEdge", node })),
    },
  });
  return {
    regions: {
      __typename: "RegionConnection",
      edges: [
        region(regionNormandie, [
          adviser("VXNlcjox", "Camille Lemoine"),
          adviser("VXNlcjoy", "Léa Dupuis", "REGIONAL_ADMIN"),
        ]),
        region(regionIdf, [adviser("VXNlcjoz", "Mathis Carpentier"), adviser("VXNlcjo0", "Lucas Lefèvre")]),
      ].map((node) => ({ __typename: "RegionEdge", node })),
    },
  };
}

export function comment(id: string, body: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "ProjectComment",
    id,
    body,
    createdAt: "2026-11-23T09:05:00+00:00",
    authorName: "Camille Lemoine",
    viewerIsAuthor: false,
    mentions: [],
    ...overrides,
  };
}

export function commentsConnection(
  comments: ReturnType<typeof comment>[],
  options: { totalCount?: number; hasNextPage?: boolean; endCursor?: string | null } = {},
) {
  return {
    __typename: "ProjectCommentConnection",
    totalCount: options.totalCount ?? comments.length,
    pageInfo: {
      __typename: "PageInfo",
      hasNextPage: options.hasNextPage ?? false,
      endCursor: options.endCursor ?? (comments.length ? `curseur-${comments.length}` : null),
    },
    edges: comments.map((node) => ({ __typename: "ProjectCommentEdge", node })),
  };
}
