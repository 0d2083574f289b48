/** Test data for the « Financement » tab: complete objects with __typename, as the API sends them.
 * Imported by tests only. */
import type { MockLink } from "@apollo/client/testing";

import { FinancingTabQuery, MATCHES_SHOWN } from "./FinancingTab";

export const PROJECT_ID = "UHJvamVjdDpub3JtYW5kaWU6MQ";
export const SCHEME_ID = "RmluYW5jaW5nU2NoZW1lOm5hdGlvbmFsOjE";

export function line(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "InvestmentLine",
    id,
    version: 1,
    category: "MACHINES",
    label: "Métier à tisser jacquard (démo)",
    amount: 420000,
    year: 2026,
    quarter: 2 as number | null,
    status: "QUOTED",
    supplierCandidate: null as { __typename: string; id: string; name: string } | null,
    quoteDocument: null as { __typename: string; id: string; title: string } | null,
    ...overrides,
  };
}

export function source(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "FinancingSource",
    id,
    version: 1,
    kind: "BANK_LOAN",
    label: "Prêt d'équipement (démo)",
    amount: 300000,
    year: 2026,
    status: "OBTAINED",
    appliedOn: "2026-02-01" as string | null,
    decidedOn: "2026-03-15" as string | null,
    deMinimis: false,
    aidEquivalent: null as number | null,
    scheme: null as { __typename: string; id: string; name: string } | null,
    decisionDocument: null as { __typename: string; id: string; title: string } | null,
    ...overrides,
  };
}

export function scheme(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "FinancingScheme",
    id: SCHEME_ID,
    name: "Impulsion relocalisation (démo)",
    deMinimis: true,
    financerLabel: "Région Normandie (démo)",
    type: "GRANT",
    closesOn: "2027-06-30" as string | null,
    applicationUrl: "https://exemple.fr/depot",
    ...overrides,
  };
}

export function match(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "FinancingSchemeMatch",
    reasons: ["PME en Normandie", "investissement productif"],
    toCheck: ["montant minimum de 50 000 € non vérifié"],
    // What the API proposes for the plan below: a regional aid of what it lacks (420 000 − 300 000 €).
    proposedSourceKind: "REGIONAL_AID",
    proposedAmount: 120000 as number | null,
    scheme: scheme(),
    ...overrides,
  };
}

interface PlanOptions {
  canEdit?: boolean;
  lines?: ReturnType<typeof line>[];
  sources?: ReturnType<typeof source>[];
  matches?: ReturnType<typeof match>[];
  deMinimis?: Record<string, unknown>;
  earlierAid?: Record<string, unknown>[];
}

/** The tab's answer: the plans' totals follow the lines and sources given (the API adds them up). */
export function financingTab(options: PlanOptions = {}) {
  const lines = options.lines ?? [line("SW52ZXN0bWVudExpbmU6bm9ybWFuZGllOjE")];
  const sources = options.sources ?? [source("RmluYW5jaW5nU291cmNlOm5vcm1hbmRpZTox")];
  const sum = (values: { amount: number }[]) => values.reduce((total, value) => total + value.amount, 0);
  const years = [...new Set([...lines, ...sources].map((row) => row.year))].sort();
  const categories = [...new Set(lines.map((row) => row.category))];
  const uses = sum(lines);
  const funds = sum(sources.filter((row) => ["TO_APPLY", "APPLIED", "OBTAINED"].includes(row.status)));
  return {
    viewer: { __typename: "Viewer", today: "2026-11-23" },
    node: {
      __typename: "Project",
      id: PROJECT_ID,
      viewerCanEditFinancing: options.canEdit ?? true,
      investmentPlan: {
        __typename: "InvestmentPlan",
        lines,
        totals: {
          __typename: "InvestmentTotals",
          total: uses,
          byCategory: categories.map((category) => ({
            __typename: "InvestmentCategoryTotal",
            category,
            amount: sum(lines.filter((row) => row.category === category)),
          })),
          byYear: years
            .filter((year) => lines.some((row) => row.year === year))
            .map((year) => ({ __typename: "YearTotal", year, amount: sum(lines.filter((row) => row.year === year)) })),
        },
      },
      financingPlan: {
        __typename: "FinancingPlan",
        balance: {
          __typename: "FinancingBalance",
          uses,
          sources: funds,
          byYear: years.map((year) => ({
            __typename: "FinancingYearBalance",
            year,
            uses: sum(lines.filter((row) => row.year === year)),
            sources: sum(sources.filter((row) => row.year === year && row.status !== "REFUSED")),
          })),
        },
        sources,
        publicAmount: 0,
        publicShare: uses ? 0 : null,
        deMinimis: {
          __typename: "DeMinimisCheck",
          total: 0,
          ceiling: 300000,
          earlierAidAmount: 0,
          remaining: 300000,
          exceeded: false,
          exceedsOn: null,
          earlierAid: options.earlierAid ?? [],
          ...options.deMinimis,
        },
      },
      matchingSchemes: {
        __typename: "FinancingSchemeMatchConnection",
        edges: (options.matches ?? [match()]).map((node) => ({ __typename: "FinancingSchemeMatchEdge", node })),
      },
      supplyChain: {
        __typename: "SupplyChain",
        stages: [
          {
            __typename: "SupplyChainStage",
            candidates: [
              { __typename: "SupplierCandidate", id: "U3VwcGxpZXJDYW5kaWRhdGU6MQ", name: "Tissages du Nord" },
            ],
          },
        ],
      },
      documents: [{ __typename: "Document", id: "RG9jdW1lbnQ6MQ", title: "Devis métier à tisser" }],
    },
  };
}

/** The project without what only an editor reads (`@include(if: $choices)`). */
function withoutChoices(node: ReturnType<typeof financingTab>["node"]) {
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== "supplyChain" && key !== "documents"));
}

/** The tab's query answered (as often as it is asked: each save reads the plans again). */
export function financingTabMock(options: PlanOptions = {}, repeat = true): MockLink.MockedResponse {
  // Who may edit plans reads the suppliers and documents a line may name; the others do not.
  const choices = options.canEdit ?? true;
  const data = financingTab(options);
  return {
    request: { query: FinancingTabQuery, variables: { id: PROJECT_ID, matches: MATCHES_SHOWN, choices } },
    result: {
      data: choices ? data : { ...data, node: withoutChoices(data.node) },
    },
    ...(repeat ? { maxUsageCount: Number.POSITIVE_INFINITY } : {}),
  };
}
