import type { NewsroomArticle } from '@/lib/server/article/get-article';
import type { ArticleFormValues } from './article-form';

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
