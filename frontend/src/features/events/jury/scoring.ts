/** The juror's scale, as the API checks it (`jury_results.py`): 0 to 10, one decimal at most; the page
 * moves by halves, the usual step of a jury. */
export const MIN_SCORE = 0;
export const MAX_SCORE = 10;
export const SCORE_STEP = 0.5;

export interface Criterion {
  id: string;
  name: string;
  weight: number;
}

export type Values = Record<string, number | null>;

/** A value the API accepts: within the scale, and no finer than a tenth. */
export function isValidScore(value: number | null | undefined): value is number {
  if (value === null || value === undefined || Number.isNaN(value)) return false;
  if (value < MIN_SCORE || value > MAX_SCORE) return false;
  return Math.abs(Math.round(value * 10) - value * 10) < 1e-9;
}

/** The criteria still without a valid value, in the grid's order. */
export function missingCriteria(criteria: readonly Criterion[], values: Values): Criterion[] {
  return criteria.filter((criterion) => !isValidScore(values[criterion.id]));
}

/** The juror's score of the pitch as the results count it — Σ weight × value / Σ weight — to 2 decimals;
 * null until every criterion has a value. */
export function weightedScore(criteria: readonly Criterion[], values: Values): number | null {
  if (criteria.length === 0 || missingCriteria(criteria, values).length > 0) return null;
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const weighted = criteria.reduce((sum, criterion) => sum + criterion.weight * (values[criterion.id] ?? 0), 0);
  return Math.round((weighted / total) * 100) / 100;
}

export type CardState = "todo" | "scored" | "abstained";

export function cardState(card: { abstained: boolean } | undefined): CardState {
  if (!card) return "todo";
  return card.abstained ? "abstained" : "scored";
}
