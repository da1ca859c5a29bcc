// Where a story is in its life, and which moves the workflow allows.
import type { ArticleStatus } from '@/lib/generated/prisma/enums';

/** States in which the author may still change their own story. */
export const AUTHOR_EDITABLE: readonly ArticleStatus[] = ['DRAFT', 'SENT_BACK'];

/** States in which the desk may edit a story. */
export const DESK_EDITABLE: readonly ArticleStatus[] = ['FILED', 'EDITED', 'READY', 'PLACED'];

/** States from which a story may be placed on a page. */
export const PLACEABLE: readonly ArticleStatus[] = ['FILED', 'EDITED', 'READY'];

/** States from which the author may file (交稿). */
export const FILEABLE: readonly ArticleStatus[] = ['DRAFT', 'SENT_BACK'];

/** A byline as typed, e.g. `张雯 王健伟` or `张雯、王健伟`: one name per reporter. */
export function splitBylineNames(text: string): string[] {
  return text
    .split(/[\s、，,;；/]+/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** `本报讯(记者张雯 王健伟)`, `本报讯`, or nothing. */
export function datelineWithByline(dateline: string | null, reporters: string[]): string | null {
  if (!dateline && reporters.length === 0) return null;
  const byline = reporters.length ? `（记者${reporters.join(' ')}）` : '';
  return `${dateline ?? ''}${byline}`;
}
