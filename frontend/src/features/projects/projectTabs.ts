import type { ProjectAccess } from "../../graphql/generated/graphql";
import { PROJECT_TAB_PARAM } from "../../lib/routes";

/** The search parameter that names the open tab: « /projets/<id>?onglet=documents » can be linked. */
export const TAB_PARAM = PROJECT_TAB_PARAM;

/** Tabs in the order shown; the values are what the URL carries. */
export const PROJECT_TABS = [
  "synthese",
  "entreprise",
  "produits",
  "equipe",
  "jalons",
  "etude-de-marche",
  "chaine-approvisionnement",
  "financement",
  "documents",
  "commentaires",
  "partage",
  "historique",
] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export const DEFAULT_TAB: ProjectTab = "synthese";

/** Translation keys of the tabs' names (projects.json, `tabs`). */
export const TAB_LABEL_KEYS = {
  synthese: "tabs.summary",
  entreprise: "tabs.company",
  produits: "tabs.products",
  equipe: "tabs.team",
  jalons: "tabs.milestones",
  "etude-de-marche": "tabs.marketStudy",
  "chaine-approvisionnement": "tabs.supplyChain",
  financement: "tabs.financing",
  documents: "tabs.documents",
  commentaires: "tabs.comments",
  partage: "tabs.sharing",
  historique: "tabs.history",
} as const satisfies Record<ProjectTab, string>;

interface Reader {
  access: ProjectAccess;
  /** The viewer may read the audit trail of the project's region (`can(viewer, "VIEW_AUDIT", …)`). */
  historyVisible: boolean;
  /** `Project.documents` is null for who may not see them (a partner the documents are not shared with). */
  documentsVisible: boolean;
  /** `Project.products` and `Project.team` are null on a summary card: no « Équipe » then. */
  teamVisible: boolean;
  /** `Project.products` is null on a summary card: no « Produits » then. */
  productsVisible: boolean;
  /** `Project.viewerCanReadSupplyChain` (not another region, nor a partner without a full grant); the tab
   * also needs the app to provide the board (lib/projectSlots.ts). */
  supplyChainVisible: boolean;
  /** `Project.viewerCanReadFinancing` (not another region, nor a partner without the financing grant); the
   * tab also needs the app to provide it (lib/projectSlots.ts). */
  financingVisible: boolean;
  /** `Project.comments` is null for who may not read the thread; a person of another region it names
   * reads it (and answers) while the rest stays a summary card. */
  commentsVisible: boolean;
  /** `Project.milestones` is null on a summary card. */
  milestonesVisible: boolean;
  /** `Project.marketStudy` is null for who may not read it; its students read it on a summary card. */
  marketStudyVisible: boolean;
  /** `Project.grants` or `Project.accessLog` is not null: the region's team and CCI France read with whom
   * the project is shared and what the partners read of it (« Partage »). */
  sharingVisible: boolean;
  /** The viewer reads the project as one attached to it (coach, expert, student): their summary card
   * says all they read of the company (« Synthèse »), without « Entreprise » and its confidential contact. */
  attachedReader: boolean;
}

/** The tabs this reader can use: a summary card (another region) shows « Synthèse » and « Entreprise »
 * only (and « Commentaires » to a person its thread names), the rest is confidential (« Équipe » also
 * needs the products and team the API gives only with the full card); on their summary card, the students
 * attached to the project also read its market study and the study's documents, its experts its thread.
 * « Historique » (the audit trail) is for those the API lets read the trail of the project's region (its
 * head, CCI France). */
export function availableTabs(reader: Reader): ProjectTab[] {
  if (reader.access !== "FULL") {
    return PROJECT_TABS.filter(
      (tab) =>
        tab === "synthese" ||
        (tab === "entreprise" && !reader.attachedReader) ||
        (tab === "etude-de-marche" && reader.attachedReader && reader.marketStudyVisible) ||
        // What a partner's grant opens (documents, the financing part's products) or an attached reader's role.
        (tab === "documents" && reader.documentsVisible) ||
        (tab === "produits" && reader.productsVisible) ||
        (tab === "financement" && reader.financingVisible) ||
        (tab === "commentaires" && reader.commentsVisible),
    );
  }
  return PROJECT_TABS.filter(
    (tab) =>
      (tab !== "commentaires" || reader.commentsVisible) &&
      (tab !== "jalons" || reader.milestonesVisible) &&
      (tab !== "documents" || reader.documentsVisible) &&
      (tab !== "equipe" || reader.teamVisible) &&
      (tab !== "produits" || reader.productsVisible) &&
      (tab !== "etude-de-marche" || reader.marketStudyVisible) &&
      (tab !== "chaine-approvisionnement" || reader.supplyChainVisible) &&
      (tab !== "financement" || reader.financingVisible) &&
      (tab !== "partage" || reader.sharingVisible) &&
      (tab !== "historique" || reader.historyVisible),
  );
}

/** The tab a project opens on: « Synthèse », but the market study for a summary reader who reads it (the
 * project's students: the study is their work). */
export function landingTab(access: ProjectAccess, available: readonly ProjectTab[]): ProjectTab {
  return access !== "FULL" && available.includes("etude-de-marche") ? "etude-de-marche" : DEFAULT_TAB;
}

/** The tab the URL asks for, if this reader can use it; the landing tab (« Synthèse ») otherwise. */
export function tabFromSearch(
  value: string | null,
  available: readonly ProjectTab[],
  landing: ProjectTab = DEFAULT_TAB,
): ProjectTab {
  return available.find((tab) => tab === value) ?? landing;
}
