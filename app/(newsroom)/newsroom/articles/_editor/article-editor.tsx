'use client';

import { formatTime } from '@/lib/i18n/format';
import { useStaffLocale } from '@/lib/i18n/use-staff-locale';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'use-intl';
import type { Editor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { BodyEditor } from '@/components/editor/body-editor';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { countCharacters } from '@/lib/domain/char-count';
import { anchoredCommentIds } from '@/lib/tiptap/comment-mark';
import { ARTICLE_TEXT_FIELDS, type ArticleFormValues, type ArticleTextField } from '../article-form-values';
import { heartbeatAction, loadArticleAction, saveArticleDraftAction } from '../editor-actions';
import { CommentComposer } from './comment-composer';
import { CommentsPanel, type EditorComment } from './comments-panel';
import { ConflictPanel, type Conflict } from './conflict-panel';
import { clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft';
import { SaveStatus, type SaveState } from './save-status';
import { TargetLengthForm, TargetProgressLine } from './target-length';
import { NewStoryHeader } from './new-story-header';
import type { ArticleMove } from '@/lib/domain/article-workflow';

/** Autosave waits for a pause in typing, but never longer than MAX_WAIT while typing goes on. */
const AUTOSAVE_DELAY_MS = 1500;
const AUTOSAVE_MAX_WAIT_MS = 10_000;
const LOCAL_DRAFT_DELAY_MS = 300;
const OFFLINE_RETRY_MS = 5000;
const HEARTBEAT_MS = 15_000;

type TextValues = Record<ArticleTextField, string>;
const textValues = (values: ArticleFormValues): TextValues => Object.fromEntries(ARTICLE_TEXT_FIELDS.map((f) => [f, values[f] ?? ''])) as TextValues;
const sameContent = (a: { values: TextValues; body: JSONContent }, b: { values: TextValues; body: JSONContent }) =>
  ARTICLE_TEXT_FIELDS.every((f) => a.values[f] === b.values[f]) && JSON.stringify(a.body) === JSON.stringify(b.body);

/**
 * The article desk's editor: every part of a story laid out as on the page,
 * the body in TipTap, saved as the writer types. Each save names the version it
 * was based on; a conflicting save writes nothing and shows both versions.
 * Unsaved writing is kept in the browser and offered back after a closed tab.
 */
export function ArticleEditor({
  initial,
  editable,
  newStory,
  targetLength = null,
  canSetTarget = false,
  initialComments = [],
}: {
  initial: ArticleFormValues;
  editable: boolean;
  /** The new-story page: the editor draws its head, which follows the first save (and the moves a draft allows then). */
  newStory?: { movesOnceSaved: ArticleMove[] };
  targetLength?: number | null;
  canSetTarget?: boolean;
  initialComments?: EditorComment[];
}) {
  const t = useTranslations('articles');
  const locale = useStaffLocale();
  const [values, setValues] = useState<TextValues>(() => textValues(initial));
  const valuesRef = useRef(values);
  const editorRef = useRef<Editor | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [bodyForEditor, setBodyForEditor] = useState<JSONContent>(initial.body);
  const [articleId, setArticleId] = useState(initial.id);
  const idRef = useRef(initial.id);
  const versionRef = useRef(initial.version ?? 0);
  // A page that was just opened has saved nothing yet, whatever its address says.
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'clean' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  const [recovery, setRecovery] = useState<LocalDraft | null>(null);
  const [editors, setEditors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [comments, setComments] = useState(initialComments);
  const [target, setTarget] = useState(targetLength);
  const [anchored, setAnchored] = useState<Set<string>>(() => anchoredCommentIds(initial.body));

  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const saveAgain = useRef(false);
  const manualAgain = useRef(false);
  const firstUnsavedAt = useRef<number | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const bodyForEditorRef = useRef(bodyForEditor);
  bodyForEditorRef.current = bodyForEditor;
  const collect = useCallback(() => ({ values: valuesRef.current, body: editorRef.current?.getJSON() ?? bodyForEditorRef.current }), []);

  const keepLocally = useCallback(() => {
    clearTimeout(draftTimer.current);
    if (changeSeq.current === savedSeq.current) return;
    const { values, body } = collect();
    writeLocalDraft(idRef.current, { values, body, baseVersion: idRef.current ? versionRef.current : null, at: Date.now() });
  }, [collect]);

  const save = useCallback(
    async ({ manual, startRevision = false }: { manual: boolean; startRevision?: boolean }) => {
      clearTimeout(saveTimer.current);
      if (!editable || conflictRef.current) return;
      if (inFlight.current) {
        // Runs once the save under way has answered; a manual save stays manual.
        if (manual) manualAgain.current = true;
        else saveAgain.current = true;
        return;
      }
      const seq = changeSeq.current;
      if (!manual && seq === savedSeq.current) return;
      const snapshot = collect();
      if (!manual && !snapshot.values.headline.trim()) return setSaveState({ kind: 'needsHeadline' });
      if (!navigator.onLine) {
        keepLocally();
        return setSaveState({ kind: 'offline' });
      }
      const formData = new FormData();
      if (idRef.current) {
        formData.set('id', idRef.current);
        formData.set('version', String(versionRef.current));
        if (startRevision) formData.set('startRevision', 'true');
      }
      for (const field of ARTICLE_TEXT_FIELDS) formData.set(field, snapshot.values[field]);
      formData.set('body', JSON.stringify(snapshot.body));
      inFlight.current = true;
      setSaveState({ kind: 'saving' });
      try {
        const result = await saveArticleDraftAction(formData);
        if (result.status === 'saved') {
          const wasNew = !idRef.current;
          idRef.current = result.id;
          versionRef.current = result.version;
          savedSeq.current = seq;
          setFieldErrors({});
          if (wasNew) {
            clearLocalDraft(undefined);
            setArticleId(result.id);
            // The address becomes the story's own without reloading the editor; the head
            // (NewStoryHeader) follows `articleId`, so 编辑稿件 and 交稿 appear mid-typing.
            window.history.replaceState(null, '', `/newsroom/articles/${result.id}`);
          }
          if (changeSeq.current === seq) {
            firstUnsavedAt.current = null;
            clearLocalDraft(result.id);
            setSaveState({ kind: 'saved', at: new Date(result.savedAt) });
          } else {
            saveAgain.current = true;
          }
        } else if (result.status === 'conflict') {
          keepLocally();
          conflictRef.current = { theirs: result.theirs, savedBy: result.savedBy, savedAt: result.savedAt };
          setConflict(conflictRef.current);
          setSaveState({ kind: 'conflict' });
        } else {
          keepLocally();
          setFieldErrors(result.fieldErrors ?? {});
          setSaveState({ kind: 'error', message: result.message });
        }
      } catch {
        // The request never reached the server: keep the writing here and try again.
        keepLocally();
        setSaveState({ kind: 'offline' });
        saveTimer.current = setTimeout(() => save({ manual: false }), OFFLINE_RETRY_MS);
      } finally {
        inFlight.current = false;
        if (manualAgain.current) {
          manualAgain.current = false;
          saveAgain.current = false;
          save({ manual: true });
        } else if (saveAgain.current) {
          saveAgain.current = false;
          saveTimer.current = setTimeout(() => save({ manual: false }), AUTOSAVE_DELAY_MS);
        }
      }
    },
    [collect, editable, keepLocally],
  );

  const changed = useCallback(() => {
    changeSeq.current++;
    setNotice(null);
    setSaveState((state) => (state.kind === 'dirty' || state.kind === 'offline' || state.kind === 'conflict' ? state : { kind: 'dirty' }));
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(keepLocally, LOCAL_DRAFT_DELAY_MS);
    if (conflictRef.current) return;
    const now = Date.now();
    firstUnsavedAt.current ??= now;
    clearTimeout(saveTimer.current);
    const waited = now - firstUnsavedAt.current;
    saveTimer.current = setTimeout(() => save({ manual: false }), waited >= AUTOSAVE_MAX_WAIT_MS ? 0 : AUTOSAVE_DELAY_MS);
  }, [keepLocally, save]);

  const setField = (field: ArticleTextField, value: string) => {
    valuesRef.current = { ...valuesRef.current, [field]: value };
    setValues(valuesRef.current);
    changed();
  };

  /** Puts a whole version of the story on screen (recovery, their version, a pickup). */
  const load = useCallback((next: { values: TextValues; body: JSONContent }) => {
    valuesRef.current = next.values;
    setValues(next.values);
    setBodyForEditor(next.body);
    setAnchored(anchoredCommentIds(next.body));
    if (editorRef.current) editorRef.current.commands.setContent(next.body, { emitUpdate: false });
    else setEditorKey((key) => key + 1);
  }, []);

  // Offer back what this browser kept and the server never got.
  useEffect(() => {
    if (!editable) return;
    const draft = readLocalDraft(initial.id);
    if (draft && !sameContent(draft, { values: textValues(initial), body: initial.body })) setRecovery(draft);
    else if (draft) clearLocalDraft(initial.id);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back online: save what waited.
  useEffect(() => {
    const online = () => {
      if (changeSeq.current !== savedSeq.current) save({ manual: false });
    };
    const hidden = () => keepLocally();
    window.addEventListener('online', online);
    window.addEventListener('pagehide', hidden);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', hidden);
    };
  }, [keepLocally, save]);
  useEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      clearTimeout(draftTimer.current);
    },
    [],
  );

  // Presence: who else has the story open; and an idle editor picks up others' saves.
  useEffect(() => {
    if (!articleId) return;
    let stopped = false;
    const beat = async () => {
      const presence = await heartbeatAction(articleId).catch(() => null);
      if (stopped || !presence) return;
      setEditors(presence.editors);
      const idle = changeSeq.current === savedSeq.current && !inFlight.current && !conflictRef.current;
      if (presence.version > versionRef.current && idle) {
        const latest = await loadArticleAction(articleId).catch(() => null);
        if (stopped || !latest || changeSeq.current !== savedSeq.current) return;
        versionRef.current = latest.version ?? versionRef.current;
        load({ values: textValues(latest), body: latest.body });
        setNotice(t('pickedUp', { version: versionRef.current }));
      }
    };
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      heartbeatAction(articleId, true).catch(() => undefined);
    };
  }, [articleId, load, t]);

  const restoreDraft = () => {
    if (!recovery) return;
    // Saved on top of the version it was written against: if someone saved since, the writer chooses.
    if (recovery.baseVersion !== null) versionRef.current = recovery.baseVersion;
    load({ values: recovery.values, body: recovery.body });
    setRecovery(null);
    changed();
  };
  const discardDraft = () => {
    clearLocalDraft(idRef.current);
    setRecovery(null);
  };
  const keepMine = () => {
    if (!conflictRef.current) return;
    versionRef.current = conflictRef.current.theirs.version ?? versionRef.current;
    conflictRef.current = null;
    setConflict(null);
    // Their version stays a revision of its own: this save must not be folded into it.
    save({ manual: true, startRevision: true });
  };
  const takeTheirs = () => {
    if (!conflictRef.current) return;
    const { theirs } = conflictRef.current;
    versionRef.current = theirs.version ?? versionRef.current;
    conflictRef.current = null;
    setConflict(null);
    load({ values: textValues(theirs), body: theirs.body });
    savedSeq.current = changeSeq.current;
    clearLocalDraft(idRef.current);
    setSaveState({ kind: 'saved', at: new Date() });
  };

  // Ctrl/⌘+S saves at once, as in every editor people know.
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (editable) save({ manual: true });
    }
  };

  const field = (name: ArticleTextField, extra: { hint?: string; className?: string; required?: boolean } = {}) => (
    <TextField
      label={t(name)}
      name={name}
      value={values[name]}
      onChange={(event) => setField(name, event.target.value)}
      error={fieldErrors[name]}
      readOnly={!editable}
      {...extra}
    />
  );

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
          save({ manual: true });
        }}
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <SaveStatus state={saveState} />
          {editors.length > 0 && (
            <p data-testid="presence" className="rounded bg-blue-50 px-2 py-1 text-sm text-blue-900">
              {t('othersEditing', { names: editors.join(t('listSeparator')) })}
            </p>
          )}
        </div>
        {notice && <p className="text-sm text-blue-900">{notice}</p>}
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
        {conflict && <ConflictPanel conflict={conflict} mine={collect()} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
        <div className="grid grid-cols-[10rem_1fr] gap-3">
          {field('columnLabel')}
          {field('kicker')}
        </div>
        <TextField
          label={t('headline')}
          name="headline"
          value={values.headline}
          onChange={(event) => setField('headline', event.target.value)}
          error={fieldErrors.headline}
          readOnly={!editable}
          required
          hint={t('headlineCount', { count: countCharacters(values.headline) })}
          className="[&_input]:font-serif [&_input]:text-xl [&_input]:font-bold"
        />
        {field('subheadline')}
        {field('namesLine')}
        <div className="grid grid-cols-2 gap-3">
          {field('dateline', { hint: t('datelineHint') })}
          {field('bylines', { hint: t('bylinesHint') })}
        </div>
        <div>
          <p className="mb-1 text-sm font-medium text-neutral-800">{t('body')}</p>
          <BodyEditor
            key={editorKey}
            initialBody={bodyForEditor}
            editable={editable}
            label={t('body')}
            onReady={(editor) => {
              editorRef.current = editor;
            }}
            onChange={(editor) => {
              editorRef.current = editor;
              changed();
              setAnchored((previous) => {
                const next = anchoredCommentIds(editor.getJSON());
                return next.size === previous.size && [...next].every((id) => previous.has(id)) ? previous : next;
              });
            }}
            toolbarExtra={(editor) => <CommentComposer editor={editor} articleId={articleId} onAdded={(comment) => setComments((list) => [...list, comment])} />}
            countLine={(count) => <TargetProgressLine count={count} target={target} />}
          />
          {fieldErrors.body && (
            <p role="alert" className="mt-1 text-xs text-red-700">
              {fieldErrors.body}
            </p>
          )}
        </div>
        <div className="grid grid-cols-2 gap-3">
          {field('source', { hint: t('sourceHint') })}
          {field('credits', { hint: t('creditsHint') })}
        </div>
        {editable && (
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={saveState.kind === 'saving'}>
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
