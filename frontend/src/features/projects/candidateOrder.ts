interface Sortable {
  name: string;
  selectionScore?: { total: number } | null;
}

const byName = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** The review order: best total first, unscored candidates last, then by name (a stable order for
 * equal totals). Returns a new array. */
export function sortCandidates<P extends Sortable>(candidates: readonly P[]): P[] {
  return [...candidates].sort((a, b) => {
    const left = a.selectionScore?.total;
    const right = b.selectionScore?.total;
    if (left != null && right != null && left !== right) return right - left;
    if (left == null && right != null) return 1;
    if (left != null && right == null) return -1;
    return byName.compare(a.name, b.name);
  });
}
