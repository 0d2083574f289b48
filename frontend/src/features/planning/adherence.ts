import type { TFunction } from "i18next";

import { formatPercent } from "../../lib/numbers";

export interface AdherenceNumbers {
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  onTimeRate?: number | null;
}

export function formatRate(rate: number | null | undefined): string | null {
  return rate === null || rate === undefined ? null : formatPercent(rate);
}

/** « 12 jalons échus : 9 faits à temps, 1 fait en retard, 2 non faits (75 % à temps) »: each number
 * with its own plural (French: 0 and 1 singular). */
export function adherenceSummary(t: TFunction<"planning">, adherence: AdherenceNumbers): string {
  if (adherence.due === 0) return t("adherence.noneDue");
  return t("adherence.summary", {
    count: adherence.due,
    onTime: t("adherence.onTime", { count: adherence.doneOnTime }),
    late: t("adherence.doneLate", { count: adherence.doneLate }),
    overdue: t("adherence.overdue", { count: adherence.overdue }),
    rate: formatRate(adherence.onTimeRate) ?? "—",
  });
}
