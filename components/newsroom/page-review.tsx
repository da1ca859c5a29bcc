import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import type { NewsroomPage } from '@/lib/server/issue/get-issue';
import { resolveProofMarkAction } from '@/app/(newsroom)/newsroom/issues/actions';

/** A page's sign-off state: signed by whom and when, or sent back and why. */
export async function PageSignature({ page }: { page: NewsroomPage }) {
  const [t, locale] = await Promise.all([getTranslations('issues'), getLocale()]);
  return (
    <div data-testid={`page-signature-${page.number}`} className="text-sm">
      {page.signedAt ? (
        <p className="text-green-800">{t('pageSigned', { name: page.signedByName ?? '—', time: formatTime(page.signedAt, locale) })}</p>
      ) : (
        <p className="text-neutral-600">{t('pageNotSigned')}</p>
      )}
      {page.sentBackReason && !page.signedAt && (
        <p role="alert" className="mt-1 rounded border border-red-300 bg-red-50 px-2 py-1 text-red-900">
          {t('pageSentBack', { reason: page.sentBackReason })}
        </p>
      )}
    </div>
  );
}

/** Proof marks on a page, oldest first; the page editor can mark them fixed. */
export async function ProofMarkList({ page, canResolve }: { page: NewsroomPage; canResolve: boolean }) {
  if (page.proofMarks.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('issues'), getLocale()]);
  return (
    <section aria-label={t('proofMarks')} className="mt-2">
      <h3 className="text-xs font-medium text-neutral-600">{t('proofMarks')}</h3>
      <ul className="mt-1 flex flex-col gap-1 text-sm" data-testid={`proof-marks-${page.number}`}>
        {page.proofMarks.map((mark) => (
          <li key={mark.id} className={`flex flex-wrap items-center gap-2 ${mark.resolvedAt ? 'text-neutral-500 line-through' : ''}`}>
            <span>
              {mark.storyHeadline && <span className="font-medium">{t('markStoryHeadline', { headline: mark.storyHeadline })}</span>}
              {mark.note}
              <span className="ml-1 text-xs text-neutral-500">
                {t('markBy', { name: mark.authorName, time: formatTime(mark.createdAt, locale) })}
              </span>
            </span>
            {canResolve && !mark.resolvedAt && (
              <ActionForm action={resolveProofMarkAction} hidden={{ markId: mark.id }}>
                <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
                  {t('resolve')}
                </Button>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
