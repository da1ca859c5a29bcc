import 'server-only';
import * as Y from 'yjs';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { articleFieldsSchema } from '@/lib/schemas/article';
import { bodyPlainText, bodySchema } from '@/lib/tiptap/body';
import { createSharedStory, readSharedStory, writeSharedStory, type SharedStoryContent } from '@/lib/collab/shared-story';
import { ARTICLE_TEXT_FIELDS, type ArticleTextField } from '@/lib/domain/article-text-fields';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { canEditArticle, canReadArticle } from '../article/article-access';
import { isInIssueGoneOut, lockArticleForWrite } from '../article/lock-article';
import { saveArticleVersion } from '../article/save-article-version';
import { recordRevision, snapshotOf } from '../article/record-revision';
import { withdrawSignatures } from '../issue/issue-guards';

/** The PostgreSQL channel on which a change made outside the collaboration server is announced (payload: the story's id). */
export const SHARED_STORY_CHANNEL = 'shared_story';

type Tx = Prisma.TransactionClient;

const STORY_COLUMNS = {
  columnLabel: true,
  kicker: true,
  headline: true,
  subheadline: true,
  namesLine: true,
  dateline: true,
  source: true,
  credits: true,
  body: true,
  bylines: { orderBy: { position: 'asc' }, select: { name: true } },
} satisfies Prisma.ArticleSelect;
type StoryColumns = Prisma.ArticleGetPayload<{ select: typeof STORY_COLUMNS }>;

/** A stored story as the shared document's content. */
function contentOfColumns(article: StoryColumns): SharedStoryContent {
  const fields = Object.fromEntries(ARTICLE_TEXT_FIELDS.map((field) => [field, field === 'bylines' ? article.bylines.map((b) => b.name).join(' ') : (article[field] ?? '')])) as SharedStoryContent['fields'];
  return { fields, body: article.body as SharedStoryContent['body'] };
}

/**
 * What a staff member may do with a story's shared document: read it (or not at
 * all), and change it only while they may edit the story and it has not gone out.
 */
export async function sharedStoryAccess(actor: Actor, articleId: string): Promise<{ canEdit: boolean; locked: boolean }> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { authorId: true, status: true, publicationId: true, placements: { select: { slot: { select: { page: { select: { issue: { select: { status: true } } } } } } } } },
  });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  const locked = isInIssueGoneOut(article);
  return { canEdit: !locked && canEditArticle(actor, article), locked };
}

/**
 * The stored state of a story's shared document. A story never opened together
 * before starts from its columns, once: of two servers opening it at the same
 * moment, the first insert wins and both go on from the same document (two
 * documents built separately would merge into the text twice).
 */
export async function loadSharedStoryState(articleId: string): Promise<Uint8Array> {
  const stored = await db.articleSharedState.findUnique({ where: { articleId }, select: { state: true } });
  if (stored) return stored.state;
  const article = await db.article.findUnique({ where: { id: articleId }, select: STORY_COLUMNS });
  if (!article) throw notFound();
  const state = Y.encodeStateAsUpdate(createSharedStory(bodySchema(), contentOfColumns(article)));
  await db.$executeRaw`INSERT INTO "ArticleSharedState" ("articleId", state, "updatedAt") VALUES (${articleId}, ${Buffer.from(state)}, now()) ON CONFLICT ("articleId") DO NOTHING`;
  const kept = await db.articleSharedState.findUniqueOrThrow({ where: { articleId }, select: { state: true } });
  return kept.state;
}

/**
 * After a change made outside the collaboration server (a restored revision, a
 * correction, a save through the form), makes the same change to the shared
 * document as the smallest edit, in the change's transaction, and announces it
 * at commit so every collaboration server with the story open applies it and
 * everyone sees it. A story never shared has no document yet: nothing to do.
 */
export async function writeColumnsToSharedState(tx: Tx, articleId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ state: Uint8Array }[]>`SELECT state FROM "ArticleSharedState" WHERE "articleId" = ${articleId} FOR UPDATE`;
  if (rows.length === 0) return;
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: STORY_COLUMNS });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, rows[0].state);
  writeSharedStory(doc, bodySchema(), contentOfColumns(article));
  await tx.articleSharedState.update({ where: { articleId }, data: { state: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  await tx.$executeRaw`SELECT pg_notify(${SHARED_STORY_CHANNEL}, ${articleId})`;
}

/**
 * A new story's first save brings the editor's own shared document along: what it
 * says, if it can be read and passes the save's rules, is the new story (null
 * otherwise, and the save's fields are used). The document is the truth, as it is
 * for every later store, so the columns never say something it does not.
 */
export function contentOfSharedState(state: Uint8Array): ValidInput | null {
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const shared = readSharedStory(doc, bodySchema());
    const parsed = articleFieldsSchema.safeParse(asSaveInput(shared));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps a new story's shared document (see contentOfSharedState), in the transaction that creates the story. */
export async function keepSharedState(tx: Tx, articleId: string, state: Uint8Array): Promise<void> {
  await tx.articleSharedState.create({ data: { articleId, state: Buffer.from(state) } });
}

export type StoreOutcome = {
  /** The story's version after the store (unchanged when the document said nothing new). */
  version: number;
  changed: boolean;
  /** Parts that could not be stored as typed (e.g. an empty 主题), with the message key: the stored value stays. */
  refused: Partial<Record<ArticleTextField | 'body', string>>;
};

/**
 * Stores what a collaboration server holds of a story, on behalf of the last
 * person who changed it: merged into the stored document (never replacing it, so
 * an update another server stored first is kept), then projected onto the
 * story's columns like a save — plain text, 字数, bylines, media links, a
 * revision, and a signed page's signature withdrawn. Refused (nothing written)
 * once the story has gone out or the person may no longer edit it.
 */
export async function storeSharedStory({ actor, articleId, update }: { actor: Actor; articleId: string; update: Uint8Array }): Promise<StoreOutcome> {
  return db.$transaction(async (tx) => {
    const article = await lockArticleForWrite(tx, articleId);
    if (isInIssueGoneOut(article)) throw new AppError('CONFLICT', 'articleLockedBySignOff');
    if (!canEditArticle(actor, article)) throw forbidden();
    const stored = await tx.$queryRaw<{ state: Uint8Array }[]>`SELECT state FROM "ArticleSharedState" WHERE "articleId" = ${articleId} FOR UPDATE`;
    const merged = stored.length ? Y.mergeUpdates([stored[0].state, update]) : update;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    const shared = readSharedStory(doc, bodySchema());
    const current = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { ...STORY_COLUMNS, version: true } });
    const { input, refused } = validContent(shared, contentOfColumns(current));
    await tx.$executeRaw`
      INSERT INTO "ArticleSharedState" ("articleId", state, "updatedAt") VALUES (${articleId}, ${Buffer.from(merged)}, now())
      ON CONFLICT ("articleId") DO UPDATE SET state = EXCLUDED.state, "updatedAt" = now()`;
    if (sameContent(contentOfValidInput(input), contentOfColumns(current))) return { version: current.version, changed: false, refused };

    const version = await saveArticleVersion(tx, { id: articleId, version: current.version, ...input }, article.publicationId);
    const { startedRevision } = await recordRevision(tx, { actor, articleId, version, snapshot: snapshotOf({ ...input, bodyText: bodyPlainText(input.body) }) });
    for (const placement of article.placements) {
      await withdrawSignatures(tx, { actor, issueId: placement.slot.page.issueId, pageIds: [placement.slot.pageId] });
    }
    if (startedRevision) await recordAudit(tx, { actor, action: 'article.update', entityType: 'article', entityId: articleId, details: { version } });
    return { version, changed: true, refused };
  });
}

type ValidInput = ReturnType<typeof articleFieldsSchema.parse>;

/**
 * The shared content as a save's input. A part that fails the save's rules
 * (an emptied 主题, a line too long, a body over the limit) keeps its stored
 * value, and is named so the people typing are told.
 */
function validContent(shared: SharedStoryContent, stored: SharedStoryContent): { input: ValidInput; refused: StoreOutcome['refused'] } {
  const first = articleFieldsSchema.safeParse(asSaveInput(shared));
  if (first.success) return { input: first.data, refused: {} };
  const refused: StoreOutcome['refused'] = {};
  for (const issue of first.error.issues) {
    const field = issue.path[0] as ArticleTextField | 'body';
    refused[field] ??= issue.message;
  }
  const mixed: SharedStoryContent = {
    fields: Object.fromEntries(ARTICLE_TEXT_FIELDS.map((field) => [field, field in refused ? stored.fields[field] : shared.fields[field]])) as SharedStoryContent['fields'],
    body: 'body' in refused ? stored.body : shared.body,
  };
  return { input: articleFieldsSchema.parse(asSaveInput(mixed)), refused };
}

/**
 * Shared content as a save's raw input, cleaned as a submitted form is
 * (lib/server/form-data.ts): PostgreSQL cannot store NUL in text, and a Y.Text
 * takes whatever a client sends.
 */
function asSaveInput(content: SharedStoryContent) {
  const fields = Object.fromEntries(Object.entries(content.fields).map(([field, value]) => [field, value.replace(/\u0000/g, '')]));
  return { ...fields, body: JSON.stringify(content.body) };
}

/** The validated input back in the shape of the columns, to see whether a store changes anything. */
function contentOfValidInput(input: ValidInput): SharedStoryContent {
  const fields = Object.fromEntries(ARTICLE_TEXT_FIELDS.map((field) => [field, field === 'bylines' ? input.bylines.join(' ') : (input[field] ?? '')])) as SharedStoryContent['fields'];
  return { fields, body: input.body };
}

/**
 * Whether two contents say the same, whatever the key order (PostgreSQL's jsonb
 * reorders keys) or the objects' prototypes (ProseMirror builds attrs on null).
 */
function sameContent(a: SharedStoryContent, b: SharedStoryContent): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
