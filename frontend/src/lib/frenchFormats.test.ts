import { afterEach, describe, expect, it, vi } from "vitest";

import { formatDateTime, formatDayOf, formatLongDate } from "./dates";
import { formatEuros, formatNumber, formatPercent } from "./numbers";

/** Intl writes French numbers with narrow no-break spaces: compared with plain ones. */
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

describe("dates and numbers in French, whatever the browser's language and time zone", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("writes French in a browser set to English", () => {
    vi.stubGlobal("navigator", { ...navigator, language: "en-US", languages: ["en-US", "en"] });
    expect(formatLongDate("2026-12-07")).toBe("7 décembre 2026");
    expect(plain(formatDateTime("2026-12-07T09:05:00Z"))).toBe("7 décembre 2026 à 10:05");
    expect(plain(formatNumber(1234.56, 1))).toBe("1 234,6");
    expect(plain(formatPercent(0.75))).toBe("75 %");
    expect(plain(formatEuros(250000))).toBe("250 000 €");
  });

  it("tells an instant at France's time, not the computer's (late evening UTC is the next day in Paris)", () => {
    expect(formatDayOf("2026-12-06T23:30:00Z")).toBe("7 décembre 2026");
    expect(plain(formatDateTime("2026-12-06T23:30:00Z"))).toBe("7 décembre 2026 à 00:30");
    // Summer time: UTC+2.
    expect(formatDayOf("2026-06-30T22:30:00Z")).toBe("1er juillet 2026");
  });
});

/** Every source file of the app, to catch a locale-less formatter before a browser in English shows
 * « 12/7/2026 » or « 1,234.5 ». */
const SOURCES = import.meta.glob<string>(
  ["/src/**/*.{ts,tsx}", "!/src/**/*.test.{ts,tsx}", "!/src/graphql/generated/**"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

const LOCALE_LESS = [
  /\.toLocale(?:Date|Time)?String\(\s*\)/,
  /\.toLocale(?:Date|Time)?String\(\s*undefined/,
  /new Intl\.(?:DateTimeFormat|NumberFormat)\(\s*(?:\)|undefined|\[\])/,
];

describe("formatters", () => {
  it("are read by the test (the glob matches the sources)", () => {
    expect(Object.keys(SOURCES)).toContain("/src/lib/dates.ts");
  });

  it.each(LOCALE_LESS.map((pattern) => [String(pattern), pattern] as const))(
    "never take the browser's locale: no %s in the sources",
    (_, pattern) => {
      const offenders = Object.entries(SOURCES)
        .filter(([, source]) => pattern.test(source))
        .map(([path]) => path);
      expect(offenders).toEqual([]);
    },
  );
});
