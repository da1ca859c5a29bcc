'use client';

import { formatClock } from '@/lib/i18n/format';
import { useTranslations } from 'use-intl';
import type { JSONContent } from '@tiptap/core';
import { DiffView } from '@/components/newsroom/diff-view';
import { Button } from '@/components/ui/button';
import { diffByCharacter } from '@/lib/domain/char-diff';
import { bodyPlainText } from '@/lib/tiptap/body';
import { ARTICLE_TEXT_FIELDS, type ArticleFormValues, type ArticleTextField } from '../article-form-values';

export type Conflict = { theirs: ArticleFormValues; savedBy: string | null; savedAt: string | null };

/**
 * Someone saved the story while this writer was working on it. Nothing was
 * overwritten; both versions are shown, compared character by character, and
 * the writer chooses. Whichever is not kept stays in the revision history.
 */
export function ConflictPanel({
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict;
  mine: { values: Record<ArticleTextField, string>; body: JSONContent };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const t = useTranslations('articles.conflict');
  const fields = useTranslations('articles');
  const changedFields = ARTICLE_TEXT_FIELDS.filter((field) => conflict.theirs[field] !== mine.values[field]);
  const theirsText = bodyPlainText(conflict.theirs.body);
  const mineText = bodyPlainText(mine.body);
  const when = conflict.savedAt ? formatClock(new Date(conflict.savedAt)) : '';
  return (
    <section role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-summary" className="mb-4 rounded border-2 border-red-300 bg-red-50 p-4">
      <h2 id="conflict-title" className="text-lg font-bold text-red-900">
        {t('title')}
      </h2>
      <p id="conflict-summary" className="mb-3 text-sm">
        {t('summary', { name: conflict.savedBy ?? t('someone'), time: when, version: conflict.theirs.version ?? 0 })}
      </p>
      <p className="mb-2 text-xs text-neutral-600">{t('legend')}</p>
      <div className="flex flex-col gap-3" data-testid="conflict-diff">
        {changedFields.map((field) => (
          <div key={field}>
            <p className="text-sm font-medium">{fields(field)}</p>
            <DiffView label={fields(field)} segments={diffByCharacter(conflict.theirs[field], mine.values[field])} />
          </div>
        ))}
        {theirsText !== mineText && (
          <div>
            <p className="text-sm font-medium">{fields('body')}</p>
            <DiffView label={fields('body')} segments={diffByCharacter(theirsText, mineText)} />
          </div>
        )}
        {changedFields.length === 0 && theirsText === mineText && <p className="text-sm">{t('sameText')}</p>}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" onClick={onKeepMine}>
          {t('keepMine')}
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs}>
          {t('takeTheirs')}
        </Button>
      </div>
      <p className="mt-2 text-xs text-neutral-600">{t('nothingLost')}</p>
    </section>
  );
}
