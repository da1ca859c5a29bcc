'use client';

import { formatClock } from '@/lib/i18n/format';
import { useTranslations } from 'use-intl';

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** Writing together: the server has every change, and stores it at the next pause. */
  | { kind: 'synced' }
  /** Writing together: waiting for the story's shared document. */
  | { kind: 'connecting' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'needsHeadline' }
  | { kind: 'error'; message: string };

const TONE: Record<SaveState['kind'], string> = {
  clean: 'text-neutral-500',
  dirty: 'text-neutral-600',
  saving: 'text-neutral-600',
  synced: 'text-neutral-600',
  connecting: 'text-neutral-600',
  saved: 'text-green-800',
  offline: 'text-amber-800',
  needsHeadline: 'text-amber-800',
  error: 'text-red-700',
};

/** Always visible: whether what is on screen is safely on the server. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations('articles.saveState');
  const text =
    state.kind === 'saved' ? t('saved', { time: formatClock(state.at) }) : state.kind === 'error' ? state.message : t(state.kind);
  return (
    <p role="status" aria-live="polite" data-testid="save-state" data-state={state.kind} className={`text-sm ${TONE[state.kind]}`}>
      {text}
    </p>
  );
}
