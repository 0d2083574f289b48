import { describe, expect, it } from "vitest";

import { createI18n } from "../../i18n/i18n";

import { financingExportUrl, gapOf, parseEuros, parseYear, periodLabel } from "./financingFormat";

const t = createI18n().getFixedT("fr", "financing");

describe("financing formats", () => {
  it("reads amounts typed the French way, and refuses what is not whole euros", () => {
    expect(parseEuros("12 000")).toBe(12000);
    expect(parseEuros("12\u202f000 €")).toBe(12000);
    expect(parseEuros("450000")).toBe(450000);
    expect(parseEuros("")).toBeNull();
    expect(parseEuros("12,5")).toBeNull();
    expect(parseEuros("-3")).toBeNull();
  });

  it("reads a four-digit year", () => {
    expect(parseYear(" 2027 ")).toBe(2027);
    expect(parseYear("27")).toBeNull();
  });

  it("names a year or a quarter", () => {
    expect(periodLabel(t, 2027, null)).toBe("2027");
    expect(periodLabel(t, 2027, 2)).toBe("T2 2027");
  });

  it("tells what the plan lacks or has in excess", () => {
    expect(gapOf(100, 100)).toEqual({ kind: "balanced" });
    expect(gapOf(100, 60)).toEqual({ kind: "missing", amount: 40 });
    expect(gapOf(60, 100)).toEqual({ kind: "surplus", amount: 40 });
  });

  it("asks the API for the project's workbook", () => {
    expect(financingExportUrl("UHJvamVjdDox")).toBe("/exports/projects/UHJvamVjdDox/financing.xlsx");
  });
});
