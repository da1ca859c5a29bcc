'use client';

import { formatTime } from '@/lib/i18n/format';
import { useStaffLocale } from '@/lib/i18n/use-staff-locale';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import * as Y from 'yjs';
import { useTranslations } from 'use-intl';
import type { Editor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { BodyEditor } from '@/components/editor/body-editor';
import type { CollaborationSetup, CollaboratorUser } from '@/components/editor/collaboration';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { countCharacters } from '@/lib/domain/char-count';
import { anchoredCommentIds } from '@/lib/tiptap/comment-mark';
import { bodySchema } from '@/lib/tiptap/body';
import { createSharedStory, readSharedStory, sharedField, writeSharedStory } from '@/lib/collab/shared-story';
import { ARTICLE_TEXT_FIELDS, type ArticleFormValues, type ArticleTextField } from '../article-form-values';
import { saveArticleDraftAction } from '../editor-actions';
import { CommentComposer } from './comment-composer';
import { CommentsPanel, type EditorComment } from './comments-panel';
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft';
import { SaveStatus, type SaveState } from './save-status';
import { TargetLengthForm, TargetProgressLine } from './target-length';
import { NewStoryHeader } from './new-story-header';
import { SharedField } from './shared-field';
import { useSharedStory, type SharedStory } from './use-shared-story';
import type { ArticleMove } from '@/lib/domain/article-workflow';

/** A new story is created at the first pause in typing once it has a 主题, and never waits longer than MAX_WAIT. */
const AUTOSAVE_DELAY_MS = 1500;
const AUTOSAVE_MAX_WAIT_MS = 10_000;
const LOCAL_DRAFT_DELAY_MS = 300;
const OFFLINE_RETRY_MS = 5000;
const ANCHOR_DELAY_MS = 200;

type TextValues = Record<ArticleTextField, string>;
const textValues = (values: ArticleFormValues): TextValues => Object.fromEntries(ARTICLE_TEXT_FIELDS.map((f) => [f, values[f] ?? ''])) as TextValues;
const sameContent = (a: { values: TextValues; body: JSONContent }, b: { values: TextValues; body: JSONContent }) =>
  ARTICLE_TEXT_FIELDS.every((f) => a.values[f] === b.values[f]) && JSON.stringify(a.body) === JSON.stringify(b.body);

/** What the save line says while writing together; `savedAt`: the last store the server reported (or the story's creation here). */
function sharedSaveState(shared: SharedStory, changedSinceStore: boolean, savedAt: Date | null, t: (key: string) => string): SaveState {
  if (shared.readOnly === 'locked' || shared.readOnly === 'forbidden') return { kind: 'error', message: t(`shared.${shared.readOnly}`) };
  if (shared.connection === 'offline') return { kind: 'offline' };
  if (!shared.synced) return { kind: 'connecting' };
  if (shared.unsynced > 0) return { kind: 'saving' };
  if (changedSinceStore) return { kind: 'synced' };
  return savedAt ? { kind: 'saved', at: savedAt } : { kind: 'clean' };
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/**
 * The article desk's editor: every part of a story laid out as on the page, the
 * body in TipTap, all of it one shared document (lib/collab/shared-story.ts).
 * A story that exists is written together: everyone with it open sees the
 * others' letters and carets, and the collaboration server stores it as they
 * type. A new story starts as this browser's own shared document; its first save
 * creates the story with that document, and typing goes on in it, now shared.
 */
export function ArticleEditor({
  initial,
  editable,
  newStory,
  targetLength = null,
  canSetTarget = false,
  initialComments = [],
  collaboration,
}: {
  initial: ArticleFormValues;
  editable: boolean;
  /** The new-story page: the editor draws its head, which follows the first save (and the moves a draft allows then). */
  newStory?: { movesOnceSaved: ArticleMove[] };
  targetLength?: number | null;
  canSetTarget?: boolean;
  initialComments?: EditorComment[];
  /** Where the collaboration server is, and who is typing (name and caret colour). */
  collaboration: { url: string | null; user: CollaboratorUser };
}) {
  const t = useTranslations('articles');
  const te = useTranslations('errors');
  const locale = useStaffLocale();
  const isNew = !initial.id;
  // A story that exists arrives from the server; a new one starts here.
  const [doc] = useState(() => (isNew ? createSharedStory(bodySchema(), { fields: textValues(initial), body: initial.body }) : new Y.Doc()));
  const [articleId, setArticleId] = useState(initial.id);
  const idRef = useRef(initial.id);
  const shared = useSharedStory({ url: collaboration.url, articleId, user: collaboration.user, doc });
  const ready = isNew || shared.synced;
  const canType = editable && ready && !shared.readOnly;
  // The editor is bound once: a new story keeps its editor (and focus) when it becomes shared.
  const newStorySetup = useMemo<CollaborationSetup>(() => ({ doc, provider: null }), [doc]);
  const setup = isNew ? newStorySetup : shared.setup;

  const editorRef = useRef<Editor | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'clean' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [recovery, setRecovery] = useState<LocalDraft | null>(null);
  const [changedSinceStore, setChangedSinceStore] = useState(false);
  const [createdAt, setCreatedAt] = useState<Date | null>(null);
  const [comments, setComments] = useState(initialComments);
  const [target, setTarget] = useState(targetLength);
  const [anchored, setAnchored] = useState<Set<string>>(() => anchoredCommentIds(initial.body));

  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const firstUnsavedAt = useRef<number | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const anchorTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const collect = useCallback(() => {
    const content = readSharedStory(doc, bodySchema());
    return { values: content.fields, body: content.body };
  }, [doc]);

  /** A new story not yet saved is kept in the browser (a story that exists keeps its own copy: use-shared-story). */
  const keepLocally = useCallback(() => {
    clearTimeout(draftTimer.current);
    if (idRef.current || changeSeq.current === savedSeq.current) return;
    const { values, body } = collect();
    writeLocalDraft(undefined, { values, body, baseVersion: null, at: Date.now() });
  }, [collect]);

  /** Creates the story with this browser's shared document: the only save the editor makes itself. */
  const createStory = useCallback(
    async ({ manual }: { manual: boolean }) => {
      clearTimeout(saveTimer.current);
      if (!editable || idRef.current || inFlight.current) return;
      const seq = changeSeq.current;
      const snapshot = collect();
      if (!snapshot.values.headline.trim()) return manual ? setFieldErrors({ headline: te('headlineRequired') }) : setSaveState({ kind: 'needsHeadline' });
      if (!navigator.onLine) {
        keepLocally();
        return setSaveState({ kind: 'offline' });
      }
      const formData = new FormData();
      for (const field of ARTICLE_TEXT_FIELDS) formData.set(field, snapshot.values[field]);
      formData.set('body', JSON.stringify(snapshot.body));
      formData.set('sharedState', toBase64(Y.encodeStateAsUpdate(doc)));
      inFlight.current = true;
      setSaveState({ kind: 'saving' });
      try {
        const result = await saveArticleDraftAction(formData);
        if (result.status === 'saved') {
          const path = `/newsroom/articles/${result.id}`;
          // The server built its own document (it could not take this one): continue there.
          if (!result.sharedStateKept) return window.location.replace(path);
          idRef.current = result.id;
          savedSeq.current = seq;
          setFieldErrors({});
          clearLocalDraft(undefined);
          setCreatedAt(new Date(result.savedAt));
          setChangedSinceStore(changeSeq.current !== seq);
          setArticleId(result.id);
          // The address becomes the story's own without reloading the editor; the head
          // (NewStoryHeader) follows `articleId`, so 编辑稿件 and 交稿 appear mid-typing.
          window.history.replaceState(null, '', path);
        } else if (result.status === 'error') {
          keepLocally();
          setFieldErrors(result.fieldErrors ?? {});
          setSaveState({ kind: 'error', message: result.message });
        }
      } catch {
        // The request never reached the server: keep the writing here and try again.
        keepLocally();
        setSaveState({ kind: 'offline' });
        saveTimer.current = setTimeout(() => createStory({ manual: false }), OFFLINE_RETRY_MS);
      } finally {
        inFlight.current = false;
      }
    },
    [collect, doc, editable, keepLocally, te],
  );

  /** Something was typed here. Shared: the server has it already; a new story: create it soon. */
  const changed = useCallback(() => {
    changeSeq.current++;
    if (idRef.current) return setChangedSinceStore(true);
    setSaveState({ kind: 'dirty' });
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(keepLocally, LOCAL_DRAFT_DELAY_MS);
    const now = Date.now();
    firstUnsavedAt.current ??= now;
    clearTimeout(saveTimer.current);
    const waited = now - firstUnsavedAt.current;
    saveTimer.current = setTimeout(() => createStory({ manual: false }), waited >= AUTOSAVE_MAX_WAIT_MS ? 0 : AUTOSAVE_DELAY_MS);
  }, [createStory, keepLocally]);

  // Changes typed here (not those arriving from others or from the browser's kept copy).
  useEffect(() => {
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) changed();
    };
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
  }, [doc, changed]);

  // A new store reported by the server covers what was typed before it, if the server had it all
  // (asked of the provider itself: the state shows only changes unconfirmed for a while).
  const lastStored = useRef(shared.stored);
  useEffect(() => {
    if (shared.stored === lastStored.current) return;
    lastStored.current = shared.stored;
    if ((shared.setup?.provider?.unsyncedChanges ?? 0) === 0) setChangedSinceStore(false);
  }, [shared.stored, shared.setup]);

  // Offer back what this browser kept of a new story the server never got.
  useEffect(() => {
    if (!editable || !isNew) return;
    const draft = readLocalDraft(undefined);
    if (draft && !sameContent(draft, { values: textValues(initial), body: initial.body })) setRecovery(draft);
    else if (draft) clearLocalDraft(undefined);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const online = () => {
      if (!idRef.current && changeSeq.current !== savedSeq.current) createStory({ manual: false });
    };
    window.addEventListener('online', online);
    window.addEventListener('pagehide', keepLocally);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', keepLocally);
      clearTimeout(saveTimer.current);
      clearTimeout(draftTimer.current);
      clearTimeout(anchorTimer.current);
    };
  }, [keepLocally, createStory]);

  const restoreDraft = () => {
    if (!recovery) return;
    writeSharedStory(doc, bodySchema(), { fields: recovery.values, body: recovery.body });
    setRecovery(null);
  };
  const discardDraft = () => {
    clearLocalDraft(undefined);
    setRecovery(null);
  };

  /** 保存 / Ctrl+S: creates a new story; a shared one is stored now rather than at the next pause. */
  const saveNow = () => {
    if (!canType) return;
    if (!idRef.current) return void createStory({ manual: true });
    shared.storeNow();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      saveNow();
    }
  };

  const refusedError = (field: ArticleTextField | 'body') => {
    const key = shared.stored?.refused[field];
    return key ? te(key) : undefined;
  };

  const field = (name: ArticleTextField, extra: { hint?: (value: string) => ReactNode; className?: string; required?: boolean } = {}) =>
    ready ? (
      <SharedField
        key={`shared-${name}`}
        text={sharedField(doc, name)}
        label={t(name)}
        name={name}
        error={fieldErrors[name] ?? refusedError(name)}
        readOnly={!canType}
        {...extra}
      />
    ) : (
      // Until the story's document arrives, its stored text, not to be typed in.
      <TextField key={`loading-${name}`} label={t(name)} name={name} value={textValues(initial)[name]} readOnly className={extra.className} hint={extra.hint?.(textValues(initial)[name])} />
    );

  const savedAt = shared.stored ? new Date(shared.stored.at) : createdAt;
  const status = articleId ? sharedSaveState(shared, changedSinceStore, savedAt, t) : saveState;
  const bodyError = fieldErrors.body ?? refusedError('body');

  return (
    <div onKeyDown={onKeyDown} className="grid max-w-6xl gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
      {newStory && (
        <div className="lg:col-span-2">
          <NewStoryHeader articleId={articleId} movesOnceSaved={newStory.movesOnceSaved} />
        </div>
      )}
      <form
        className="flex min-w-0 flex-col gap-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          saveNow();
        }}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <SaveStatus state={status} />
          {shared.peers.length > 0 && (
            <p data-testid="presence" className="rounded bg-blue-50 px-2 py-1 text-sm text-blue-900">
              {t('othersEditing', { names: shared.peers.map((peer) => peer.name).join(t('listSeparator')) })}
            </p>
          )}
        </div>
        {shared.recoveredFrom && (
          <p role="status" data-testid="merged-local" className="text-sm text-blue-900">
            {t('shared.recovered', { time: formatTime(shared.recoveredFrom, locale) })}
          </p>
        )}
        {recovery && (
          <div role="alert" data-testid="recovery" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            <p className="mb-2">{t('recovery.found', { time: formatTime(new Date(recovery.at), locale) })}</p>
            <div className="flex gap-2">
              <Button type="button" onClick={restoreDraft}>
                {t('recovery.restore')}
              </Button>
              <Button type="button" variant="secondary" onClick={discardDraft}>
                {t('recovery.discard')}
              </Button>
            </div>
          </div>
        )}
        <div className="grid grid-cols-[10rem_1fr] gap-3">
          {field('columnLabel')}
          {field('kicker')}
        </div>
        {field('headline', {
          required: true,
          hint: (value) => t('headlineCount', { count: countCharacters(value) }),
          className: '[&_input]:font-serif [&_input]:text-xl [&_input]:font-bold',
        })}
        {field('subheadline')}
        {field('namesLine')}
        <div className="grid grid-cols-2 gap-3">
          {field('dateline', { hint: () => t('datelineHint') })}
          {field('bylines', { hint: () => t('bylinesHint') })}
        </div>
        <div>
          <p className="mb-1 text-sm font-medium text-neutral-800">{t('body')}</p>
          <BodyEditor
            // The stored body, read-only, until the story's document arrives; then the editor bound to it.
            key={ready ? 'shared' : 'loading'}
            initialBody={initial.body}
            editable={canType}
            label={t('body')}
            collaboration={ready && setup ? setup : undefined}
            loading={!ready}
            onReady={(editor) => {
              editorRef.current = editor;
            }}
            onChange={(editor) => {
              editorRef.current = editor;
              // Reading the whole body costs milliseconds in a long story: not on every keystroke.
              clearTimeout(anchorTimer.current);
              anchorTimer.current = setTimeout(
                () =>
                  setAnchored((previous) => {
                    const next = anchoredCommentIds(editor.getJSON());
                    return next.size === previous.size && [...next].every((id) => previous.has(id)) ? previous : next;
                  }),
                ANCHOR_DELAY_MS,
              );
            }}
            toolbarExtra={(editor) => <CommentComposer editor={editor} articleId={articleId} onAdded={(comment) => setComments((list) => [...list, comment])} />}
            countLine={(count) => <TargetProgressLine count={count} target={target} />}
          />
          {bodyError && (
            <p role="alert" className="mt-1 text-xs text-red-700">
              {bodyError}
            </p>
          )}
        </div>
        <div className="grid grid-cols-2 gap-3">
          {field('source', { hint: () => t('sourceHint') })}
          {field('credits', { hint: () => t('creditsHint') })}
        </div>
        {editable && (
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={status.kind === 'saving' || !canType}>
              {t('save')}
            </Button>
            <span className="text-xs text-neutral-500">{t('shortcutHint')}</span>
          </div>
        )}
      </form>
      {articleId && (
        <div className="flex flex-col gap-4">
          {canSetTarget && <TargetLengthForm articleId={articleId} target={target} onSet={setTarget} />}
          <CommentsPanel
            comments={comments}
            anchored={anchored}
            getEditor={() => editorRef.current}
            onResolved={(id, resolved) => setComments((list) => list.map((c) => (c.id === id ? { ...c, resolved } : c)))}
          />
        </div>
      )}
    </div>
  );
}
