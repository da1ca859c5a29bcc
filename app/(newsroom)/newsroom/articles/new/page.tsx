import { getTranslations } from '@/lib/i18n/server';
import { requirePagePermission } from '@/lib/server/page-guard';
import { EMPTY_BODY } from '@/lib/tiptap/body';
import { ArticleEditor } from '../_editor/article-editor';

export default async function NewArticlePage() {
  const actor = await requirePagePermission('article.write');
  const t = await getTranslations('articles');
  const empty = { columnLabel: '', kicker: '', headline: '', subheadline: '', namesLine: '', dateline: '本报讯', source: '', credits: '' };
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('newTitle')}</h1>
      <ArticleEditor startedNew initial={{ ...empty, bylines: actor.roles.includes('REPORTER') ? actor.name : '', body: EMPTY_BODY }} editable />
    </div>
  );
}
