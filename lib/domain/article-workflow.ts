// Where a story is in its life, and which moves the workflow allows.
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import type { ScopedPermission } from '@/lib/permissions';

/** States in which the author may still change their own story. */
export const AUTHOR_EDITABLE: readonly ArticleStatus[] = ['DRAFT', 'SENT_BACK'];

/** States in which the desk may edit a story. */
export const DESK_EDITABLE: readonly ArticleStatus[] = ['FILED', 'EDITED', 'READY', 'PLACED'];

/** States from which a story may be placed on a page. */
export const PLACEABLE: readonly ArticleStatus[] = ['FILED', 'EDITED', 'READY'];

/** States from which the author may file (交稿). */
export const FILEABLE: readonly ArticleStatus[] = ['DRAFT', 'SENT_BACK'];

export const ARTICLE_MOVES = ['file', 'markEdited', 'sendToLayout', 'sendBack'] as const;
export type ArticleMove = (typeof ARTICLE_MOVES)[number];

type MoveRule = {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  permission: ScopedPermission;
  /** Only the story's author may make this move (filing is the author's own act). */
  authorOnly: boolean;
  /** The move must say why (退稿): the author needs to know what to change. */
  needsReason: boolean;
};

/**
 * Who moves a story from where to where. PLACED and PUBLISHED are absent on
 * purpose: only placing on a page and publishing an issue lead there.
 */
export const MOVE_RULES: Record<ArticleMove, MoveRule> = {
  /** 交稿, and re-filing a story that was sent back. */
  file: { from: FILEABLE, to: 'FILED', permission: 'article.file', authorOnly: true, needsReason: false },
  /** 编辑完成 */
  markEdited: { from: ['FILED'], to: 'EDITED', permission: 'article.edit', authorOnly: false, needsReason: false },
  /** 送组版 */
  sendToLayout: { from: ['EDITED'], to: 'READY', permission: 'article.edit', authorOnly: false, needsReason: false },
  /** 退稿 */
  sendBack: { from: PLACEABLE, to: 'SENT_BACK', permission: 'article.sendBack', authorOnly: false, needsReason: true },
};

/** The moves a story in `status` allows, whoever makes them. */
export function movesFrom(status: ArticleStatus): ArticleMove[] {
  return ARTICLE_MOVES.filter((move) => MOVE_RULES[move].from.includes(status));
}

/** The state `move` leads to from `status`, or null when the table forbids it. */
export function moveTarget(move: ArticleMove, status: ArticleStatus): ArticleStatus | null {
  const rule = MOVE_RULES[move];
  return rule.from.includes(status) ? rule.to : null;
}

/** A byline as typed, e.g. `张雯 王健伟` or `张雯、王健伟`: one name per reporter. */
export function splitBylineNames(text: string): string[] {
  // One separator at a time: a run of them leaves empty names, which the filter drops.
  // No name keeps spaces to trim: \s is exactly the set trim() removes.
  return text.split(/[\s、，,;；/]/u).filter(Boolean);
}

/** The byline rules live in ./bylines (the 电头, the byline and the 署名 as the paper prints them). */
export { datelineWithByline } from './bylines';
