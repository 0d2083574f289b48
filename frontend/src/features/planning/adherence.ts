import type { TFunction } from "i18next";

export interface AdherenceNumbers {
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  onTimeRate?: number | null;
}

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

export function formatRate(rate: number | null | undefined): string | null {
  return rate === null || rate === undefined ? null : percent.format(rate);
}

/** « 12 jalons échus : 9 faits à temps, 1 en retard, 2 non faits (75 % à temps) ». */
export function adherenceSummary(t: TFunction<"planning">, adherence: AdherenceNumbers): string {
  if (adherence.due === 0) return t("adherence.noneDue");
  return t("adherence.summary", {
    count: adherence.due,
    onTime: adherence.doneOnTime,
    late: adherence.doneLate,
    overdue: adherence.overdue,
    rate: formatRate(adherence.onTimeRate) ?? "—",
  });
}
