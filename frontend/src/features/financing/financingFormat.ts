import type { TFunction } from "i18next";

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
