const COLORS = ['#b91c1c', '#1d4ed8', '#047857', '#7c3aed', '#c2410c', '#0e7490', '#be185d', '#4d7c0f'];

/** A caret colour of one's own, the same on every screen: picked from the staff id. */
export function collaboratorColor(staffId: string): string {
  let hash = 0;
  for (const char of staffId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length];
}
