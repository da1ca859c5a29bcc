import type { DeskFilters } from '@/lib/schemas/desk-filters';

/** The desk's URL for `filters` on `page`, leaving out what is not set. */
export function deskHref(filters: DeskFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'author', 'column', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/newsroom/desk?${query}` : '/newsroom/desk';
}
