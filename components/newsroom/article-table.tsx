import Link from 'next/link';
import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { ArticleStatusBadge } from './article-status-badge';

type Row = { id: string; headline: string; columnLabel: string | null; status: ArticleStatus; updatedAt: Date; author: { name: string } };

export async function ArticleTable({ articles, showAuthor }: { articles: Row[]; showAuthor?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('articles'), getLocale()]);
  if (articles.length === 0) return <p className="text-neutral-600">{t('empty')}</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-neutral-300 text-neutral-600">
        <tr>
          <th className="py-2 font-medium">{t('headline')}</th>
          <th className="py-2 font-medium">{t('columnLabel')}</th>
          {showAuthor && <th className="py-2 font-medium">{t('author')}</th>}
          <th className="py-2 font-medium">{t('status')}</th>
          <th className="py-2 font-medium">{t('updated')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} className="border-b border-neutral-100">
            <td className="py-2">
              <Link href={`/newsroom/articles/${article.id}`} className="text-blue-800 hover:underline">
                {article.headline}
              </Link>
            </td>
            <td className="py-2">{article.columnLabel}</td>
            {showAuthor && <td className="py-2">{article.author.name}</td>}
            <td className="py-2">
              <ArticleStatusBadge status={article.status} />
            </td>
            <td className="py-2 text-neutral-600">{formatTime(article.updatedAt, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
