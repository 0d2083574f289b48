import type { TFunction } from "i18next";

import { formatNumber } from "../../lib/numbers";

const UNITS = [
  { key: "fileSize.gigabytes", factor: 1024 ** 3 },
  { key: "fileSize.megabytes", factor: 1024 ** 2 },
  { key: "fileSize.kilobytes", factor: 1024 },
] as const;

/** « 340 Ko », « 1,2 Mo » — base 1024, as file managers (and the server's messages) count; one decimal
 * below 10 only. */
export function formatFileSize(t: TFunction<"projects">, bytes: number): string {
  for (const { key, factor } of UNITS) {
    if (bytes >= factor) {
      const value = bytes / factor;
      return t(key, { value: formatNumber(value, value < 10 ? 1 : 0) });
    }
  }
  return t("fileSize.bytes", { count: bytes });
}
