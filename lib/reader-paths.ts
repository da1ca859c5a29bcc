export const issuePath = (slug: string, number: number) => `/${slug}/${number}`;
export const pagePath = (slug: string, number: number, page: number) => `/${slug}/${number}/${page}`;
export const pagePdfPath = (slug: string, number: number, page: number) => `/${slug}/${number}/${page}/pdf`;
export const issuePdfPath = (slug: string, number: number) => `/${slug}/${number}/pdf`;
export const storyPath = (slug: string, number: number, page: number, articleId: string) => `/${slug}/${number}/${page}/${articleId}`;

/** URL segments are checked before they reach the database. */
export function parsePositiveInt(value: string, max: number): number | null {
  if (!/^\d{1,7}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= max ? n : null;
}

/** Publication slugs are lower-case letters, digits and hyphens (e.g. "wanghe"). */
export function isPublicationSlug(value: string): boolean {
  return /^[a-z0-9-]{1,40}$/.test(value);
}

/** The internal name `/` is rewritten to: the default publication's latest issue. Reserved as a slug. */
export const HOME_EDITION = 'home-edition';
