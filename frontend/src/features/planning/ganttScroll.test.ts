import { describe, expect, it } from "vitest";

import { daysBetween, initialScrollLeft } from "./ganttScroll";

const d = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(year!, month! - 1, day);
};

// A plan from September 2026 to July 2027, 9 px a day, 700 px visible.
const plan = { start: d("2026-09-01"), end: d("2027-07-01"), cellWidth: 9, width: 700 };

describe("initialScrollLeft", () => {
  it("counts whole days across a change of time", () => {
    expect(daysBetween(d("2027-03-27"), d("2027-03-29"))).toBe(2);
  });

  it("shows today and J0 together when they fit, centred", () => {
    const left = initialScrollLeft({ ...plan, today: d("2026-11-23"), j0: d("2026-12-10") })!;
    const today = daysBetween(plan.start, d("2026-11-23")) * 9;
    const j0 = daysBetween(plan.start, d("2026-12-10")) * 9;
    expect(today).toBeGreaterThanOrEqual(left);
    expect(j0 + 9).toBeLessThanOrEqual(left + plan.width);
  });

  it("keeps today in view, on the side away from J0, when both do not fit", () => {
    const today = daysBetween(plan.start, d("2026-11-23")) * 9;
    const before = initialScrollLeft({ ...plan, today: d("2026-11-23"), j0: d("2027-03-18") })!;
    expect(today - before).toBeGreaterThan(0);
    expect(today - before).toBeLessThan(plan.width / 2);
    const after = initialScrollLeft({ ...plan, today: d("2026-11-23"), j0: d("2026-09-02") })!;
    expect(today - after).toBeGreaterThan(plan.width / 2);
    expect(today + 9 - after).toBeLessThanOrEqual(plan.width);
  });

  it("shows J0 when today is outside the plan, and stays at the start when neither is in it", () => {
    const left = initialScrollLeft({ ...plan, today: d("2026-01-05"), j0: d("2027-03-18") })!;
    const j0 = daysBetween(plan.start, d("2027-03-18")) * 9;
    expect(j0).toBeGreaterThan(left);
    expect(j0 + 9).toBeLessThan(left + plan.width);
    expect(initialScrollLeft({ ...plan, today: d("2025-01-05"), j0: null })).toBeNull();
    expect(initialScrollLeft({ ...plan, today: d("2026-09-02"), j0: null })).toBe(0);
  });
});
