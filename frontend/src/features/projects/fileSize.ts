import type { TFunction } from "i18next";

const UNITS = [
  { key: "fileSize.gigabytes", factor: 1024 ** 3 },
  { key: "fileSize.megabytes", factor: 1024 ** 2 },
  { key: "fileSize.kilobytes", factor: 1024 },
] as const;

const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

/** « 340 Ko », « 1,2 Mo » — base 1024, as file managers (and the server's messages) count; one decimal
 * below 10 only. */
export function formatFileSize(t: TFunction<"projects">, bytes: number): string {
  for (const { key, factor } of UNITS) {
    if (bytes >= factor) {
      const value = bytes / factor;
      return t(key, { value: (value < 10 ? oneDecimal : whole).format(value) });
    }
  }
  return t("fileSize.bytes", { count: bytes });
}
