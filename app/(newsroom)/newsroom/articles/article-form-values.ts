import type { JSONContent } from '@tiptap/core';
import type { NewsroomArticle } from '@/lib/server/article/get-article';

/** The story as the editor holds it: every part as text, and the TipTap body. */
export type ArticleFormValues = {
  id?: string;
  version?: number;
  columnLabel: string;
  kicker: string;
  headline: string;
  subheadline: string;
  namesLine: string;
  dateline: string;
  bylines: string;
  source: string;
  credits: string;
  body: JSONContent;
};

export { ARTICLE_TEXT_FIELDS, type ArticleTextField } from '@/lib/domain/article-text-fields';

/** A stored story as the article form's initial values. */
export function articleFormValues(article: NewsroomArticle): ArticleFormValues {
  const text = (value: string | null) => value ?? '';
  return {
    id: article.id,
    version: article.version,
    columnLabel: text(article.columnLabel),
    kicker: text(article.kicker),
    headline: article.headline,
    subheadline: text(article.subheadline),
    namesLine: text(article.namesLine),
    dateline: text(article.dateline),
    bylines: article.bylines.map((b) => b.name).join(' '),
    source: text(article.source),
    credits: text(article.credits),
    body: article.body as object,
  };
}
