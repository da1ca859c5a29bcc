import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import type { HistoryEntry } from '@/lib/server/article/get-article-history';

/** Audit actions with a name in the catalogs (articles.history.*); anything else shows as "other". */
const KNOWN = ['article.create', 'article.update', 'article.file', 'article.markEdited', 'article.sendToLayout', 'article.sendBack', 'issue.place', 'issue.unplace'] as const;
type Known = (typeof KNOWN)[number];
const KEY: Record<Known, string> = {
  'article.create': 'create',
  'article.update': 'update',
  'article.file': 'file',
  'article.markEdited': 'markEdited',
  'article.sendToLayout': 'sendToLayout',
  'article.sendBack': 'sendBack',
  'issue.place': 'place',
  'issue.unplace': 'unplace',
};

/** Who did what to the story, when (Beijing time), and why when a reason was given. */
export async function ArticleHistory({ entries }: { entries: HistoryEntry[] }) {
  const [t, locale] = await Promise.all([getTranslations('articles'), getLocale()]);
  return (
    <section aria-labelledby="article-history" className="mt-8 max-w-4xl">
      <h2 id="article-history" className="mb-2 text-lg font-bold">
        {t('historyTitle')}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-neutral-600">{t('historyEmpty')}</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm" data-testid="article-history">
          {entries.map((entry) => {
            const key = (KNOWN as readonly string[]).includes(entry.action) ? KEY[entry.action as Known] : 'other';
            return (
              <li key={entry.id} className="flex flex-wrap gap-x-3 border-b border-neutral-100 py-1">
                <time dateTime={entry.at.toISOString()} className="text-neutral-600 tabular-nums">
                  {formatTime(entry.at, locale)}
                </time>
                <span className="font-medium">{entry.actorName}</span>
                <span>{t(`history.${key}` as 'history.other', { version: entry.version ?? '' })}</span>
                {entry.reason && <span className="text-red-800">{t('historyReason', { reason: entry.reason })}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
