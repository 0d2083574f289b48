/** Numbers as the French read them, whatever the browser's language: « 1 234,5 », « 75 % », « 12 000 € »
 * (narrow no-break spaces included). Every number the app writes goes through here, never through a
 * locale-less `toLocaleString()` or `Intl.NumberFormat()`. */
const LOCALE = "fr-FR";

const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, format);
  }
  return format;
}

/** « 1 234 », « 2,5 » (at most `fractionDigits` decimals, 0 by default). */
export function formatNumber(value: number, fractionDigits = 0): string {
  return formatter({ maximumFractionDigits: fractionDigits }).format(value);
}

/** A share between 0 and 1: « 75 % ». */
export function formatPercent(share: number): string {
  return formatter({ style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** Whole euros: « 12 000 € ». */
export function formatEuros(value: number): string {
  return formatter({ style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
}
