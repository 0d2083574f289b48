import type { TFunction } from "i18next";

import type { FinancingSchemeType, FinancingSourceKind } from "../../graphql/generated/graphql";

/** `GET /exports/projects/{projectId}/financing.xlsx`: the plan as a bank-style workbook (bearer token). */
export function financingExportUrl(projectId: string): string {
  return `/exports/projects/${encodeURIComponent(projectId)}/financing.xlsx`;
}

/** « 2027 », or « T2 2027 » when the line is planned for a quarter. */
export function periodLabel(t: TFunction<"financing">, year: number, quarter: number | null | undefined): string {
  return quarter ? t("investment.periodQuarter", { quarter, year }) : t("investment.period", { year });
}

/** Amounts are typed the French way, « 12 000 », « 12 000 € », « 12000 »: the whole euros, or null when
 * the text is not a whole number of euros. */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, "");
  if (!/^\d+$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isSafeInteger(value) ? value : null;
}

/** A year as typed (« 2027 »), or null. */
export function parseYear(text: string): number | null {
  const value = text.trim();
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Uses minus sources: positive, the plan lacks that much; negative, its sources exceed its uses. */
export type Gap = { kind: "balanced" } | { kind: "missing"; amount: number } | { kind: "surplus"; amount: number };

export function gapOf(uses: number, sources: number): Gap {
  if (uses === sources) return { kind: "balanced" };
  return uses > sources ? { kind: "missing", amount: uses - sources } : { kind: "surplus", amount: sources - uses };
}

/** What a scheme of the catalogue brings when it is added to the plan (« Ajouter au plan »). */
export interface SchemeFacts {
  type: FinancingSchemeType;
  financerLabel: string;
  ownerRegion: string | null;
  regions: readonly unknown[];
  departements: readonly unknown[];
  amountMin: number | null;
  amountMax: number | null;
}

/** The source a scheme most likely is, for a first entry the user corrects in the plan if need be: a
 * Bpifrance product, a tax credit, a regional scheme (regional perimeter or a region's own), the State's
 * grants and advances, a loan or guarantee otherwise from a bank. */
export function sourceKindOf(scheme: SchemeFacts): FinancingSourceKind {
  if (/bpi\s*france/i.test(scheme.financerLabel)) return "BPIFRANCE";
  if (scheme.type === "TAX_CREDIT") return "TAX_CREDIT";
  if (/europ|feder|feader|fse/i.test(scheme.financerLabel)) return "EUROPEAN_FUNDS";
  const regional = scheme.ownerRegion !== null || scheme.regions.length > 0 || scheme.departements.length > 0;
  if (regional) return "REGIONAL_AID";
  if (scheme.type === "GRANT" || scheme.type === "REPAYABLE_ADVANCE") return "STATE_CALL";
  if (scheme.type === "LOAN" || scheme.type === "GUARANTEE") return "BANK_LOAN";
  return "OTHER";
}

/** The amount a scheme is added with: what the plan still lacks, within the scheme's bounds when known;
 * without a gap, its maximum (or minimum). Null when nothing says: the user then types it. */
export function proposedAmount(scheme: SchemeFacts, gap: number): number | null {
  const wanted = gap > 0 ? gap : (scheme.amountMax ?? scheme.amountMin);
  if (wanted == null) return null;
  const capped = scheme.amountMax != null ? Math.min(wanted, scheme.amountMax) : wanted;
  const amount = Math.round(scheme.amountMin != null ? Math.max(capped, scheme.amountMin) : capped);
  return amount > 0 ? amount : null;
}
