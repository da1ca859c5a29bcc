// The order of an issue's pages. Pages are numbered 1…n in order with no gaps,
// so adding, removing or moving one renumbers those after it; 本期N版 is n.

/** `ids` with the page at `from` moved to `to` (both 0-based). Out-of-range moves change nothing. */
export function movePage<T>(ids: readonly T[], from: number, to: number): T[] {
  const next = [...ids];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** `ids` with `id` inserted so that it becomes page `number` (1-based; past the end appends). */
export function insertPage<T>(ids: readonly T[], id: T, number: number): T[] {
  const at = Math.min(Math.max(1, Math.floor(number)), ids.length + 1) - 1;
  return [...ids.slice(0, at), id, ...ids.slice(at)];
}

/** The page number each id gets in this order: 1, 2, 3… */
export function pageNumbers<T>(ids: readonly T[]): Map<T, number> {
  return new Map(ids.map((id, index) => [id, index + 1]));
}

/** Only the pages whose number changes when `before` becomes `after`. */
export function renumbered<T>(before: readonly T[], after: readonly T[]): { id: T; from: number | null; to: number }[] {
  const old = pageNumbers(before);
  return after.flatMap((id, index) => (old.get(id) === index + 1 ? [] : [{ id, from: old.get(id) ?? null, to: index + 1 }]));
}

/** True when `order` names exactly the pages in `current`, each once: a reorder loses none and invents none. */
export function isPermutation<T>(current: readonly T[], order: readonly T[]): boolean {
  if (current.length !== order.length) return false;
  const set = new Set(current);
  return new Set(order).size === order.length && order.every((id) => set.has(id));
}
