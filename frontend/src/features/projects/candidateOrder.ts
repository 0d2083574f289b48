interface Sortable {
  name: string;
  selectionReview?: { average: number } | null;
}

const byName = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** The review order: best average of the selection committee first, unscored candidates last, then by
 * name (a stable order for equal averages). Returns a new array. */
export function sortCandidates<P extends Sortable>(candidates: readonly P[]): P[] {
  return [...candidates].sort((a, b) => {
    const left = a.selectionReview?.average;
    const right = b.selectionReview?.average;
    if (left != null && right != null && left !== right) return right - left;
    if (left == null && right != null) return 1;
    if (left != null && right == null) return -1;
    return byName.compare(a.name, b.name);
  });
}
