/** The programme counts in working days from the event day, J0: « J−81 » (81 working days before),
 * « J0 », « J+20 ». A notation rather than a word: the same in every language, with a true minus sign. */
export function formatRelativeDay(offset: number): string {
  if (offset === 0) return "J0";
  return offset < 0 ? `J\u2212${Math.abs(offset)}` : `J+${offset}`;
}
