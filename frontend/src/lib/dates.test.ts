import { describe, expect, it } from "vitest";

import { formatDateRange, formatDayOf, formatLongDate, parseIsoDate } from "./dates";

describe("dates in French", () => {
  it("reads ISO dates as calendar days (no time-zone shift)", () => {
    const date = parseIsoDate("2023-11-30");
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2023, 10, 30]);
    expect(parseIsoDate("30/11/2023")).toBeNull();
  });

  it("writes « 1er » for the first of the month", () => {
    expect(formatLongDate("2023-12-01")).toBe("1er décembre 2023");
    expect(formatLongDate("2023-10-12")).toBe("12 octobre 2023");
  });

  it("gives the day of a date-time, « 1er » included", () => {
    // Noon UTC: the same day in every time zone the tests may run in.
    expect(formatDayOf("2026-11-23T12:05:00+00:00")).toBe("23 novembre 2026");
    expect(formatDayOf("2027-03-01T12:00:00Z")).toBe("1er mars 2027");
    expect(formatDayOf("hier")).toBeNull();
  });

  it("does not repeat what both ends of a period share", () => {
    expect(formatDateRange("2022-11-17", "2022-11-18")).toEqual({ start: "17", end: "18 novembre 2022" });
    expect(formatDateRange("2023-11-30", "2023-12-01")).toEqual({ start: "30 novembre", end: "1er décembre 2023" });
    expect(formatDateRange("2023-12-31", "2024-01-02")).toEqual({ start: "31 décembre 2023", end: "2 janvier 2024" });
    expect(formatDateRange("2023-11-30", "2023-11-30")).toBeNull();
  });
});
