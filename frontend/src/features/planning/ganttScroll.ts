const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (local dates; rounding absorbs the hour of a change to summer time). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

interface Placement {
  /** First and last (exclusive) day of the chart. */
  start: Date;
  end: Date;
  today: Date | null;
  j0: Date | null;
  /** Width of a day and of the visible part of the chart, in pixels. */
  cellWidth: number;
  width: number;
}

/** Where the chart opens, as a horizontal scroll offset: today and J0 both in view when they fit, today
 * alone (J0 on its side of the screen) when they do not, J0 when today is outside the plan; null when
 * neither is in the plan (the chart stays at its start). */
export function initialScrollLeft({ start, end, today, j0, cellWidth, width }: Placement): number | null {
  const inPlan = (day: Date | null): day is Date => !!day && day >= start && day < end;
  const x = (day: Date) => daysBetween(start, day) * cellWidth;
  const margin = Math.round(width * 0.15);
  let left: number;
  if (inPlan(today) && inPlan(j0)) {
    const from = Math.min(x(today), x(j0));
    const to = Math.max(x(today), x(j0)) + cellWidth;
    if (to - from <= width - 2 * margin) left = (from + to - width) / 2;
    // Too far apart: today stays in view, near the edge away from J0.
    else left = j0 >= today ? x(today) - margin : x(today) + cellWidth + margin - width;
  } else if (inPlan(today)) {
    left = x(today) - Math.round(width / 3);
  } else if (inPlan(j0)) {
    left = x(j0) + cellWidth / 2 - width / 2;
  } else {
    return null;
  }
  return Math.max(0, Math.round(left));
}
