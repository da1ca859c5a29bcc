/** The parts of a story that are one line of text each (the body is the TipTap document). */
export const ARTICLE_TEXT_FIELDS = ['columnLabel', 'kicker', 'headline', 'subheadline', 'namesLine', 'dateline', 'bylines', 'source', 'credits'] as const;
export type ArticleTextField = (typeof ARTICLE_TEXT_FIELDS)[number];
export type ArticleTextValues = Record<ArticleTextField, string>;
