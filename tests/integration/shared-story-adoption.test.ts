// A new story's first save brings the editor's own shared document along: the
// story is what the document says, when it reads and passes the save's rules.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticle } from '@/lib/server/article/create-article';
import { createSharedStory, replaceText, sharedField } from '@/lib/collab/shared-story';
import { bodySchema, type BodyDoc } from '@/lib/tiptap/body';
import { loadSharedStoryState, storeSharedStory } from '@/lib/server/collab/shared-story-state';
import { ARTICLE_TEXT_FIELDS } from '@/lib/domain/article-text-fields';
import { actorFor, testDb } from '../support/actors';
import { storyInput } from '../support/stories';

const fieldsOf = (input: ReturnType<typeof storyInput>) =>
  Object.fromEntries(ARTICLE_TEXT_FIELDS.map((field) => [field, field === 'bylines' ? input.bylines.join(' ') : (input[field] ?? '')])) as Record<(typeof ARTICLE_TEXT_FIELDS)[number], string>;

// A figure and a subhead: nodes with attributes, which ProseMirror builds on a null prototype.
const FIGURE_BODY = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '小标题' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '正文。' }] },
    { type: 'figure', attrs: { mediaId: null, width: null, height: null, caption: '', credit: '' } },
  ],
} as BodyDoc;

describe('a new story with the editor’s shared document', () => {
  it('keeps the document, figures and subheads included', async () => {
    const input = { ...storyInput('带图的新稿'), body: FIGURE_BODY };
    const doc = createSharedStory(bodySchema(), { fields: fieldsOf(input), body: input.body });
    const { id, sharedStateKept } = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: Y.encodeStateAsUpdate(doc) } });
    expect(sharedStateKept).toBe(true);
    const db = testDb();
    expect(await db.articleSharedState.count({ where: { articleId: id } })).toBe(1);
    await db.$disconnect();
  });

  it('takes what the document says over the fields sent beside it, and ignores one that does not read or breaks the rules', async () => {
    const input = storyInput('文档与字段不符');
    const doc = createSharedStory(bodySchema(), { fields: fieldsOf(input), body: input.body });
    replaceText(sharedField(doc, 'headline'), '文档里的标题');
    const kept = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: Y.encodeStateAsUpdate(doc) } });
    expect(kept.sharedStateKept).toBe(true);
    const db = testDb();
    expect((await db.article.findUniqueOrThrow({ where: { id: kept.id } })).headline).toBe('文档里的标题');
    await db.$disconnect();
    // NUL cannot be stored: dropped from the parts, as a submitted form's are.
    replaceText(sharedField(doc, 'kicker'), '引\u0000题');
    const withNul = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: Y.encodeStateAsUpdate(doc) } });
    const db2 = testDb();
    expect((await db2.article.findUniqueOrThrow({ where: { id: withNul.id } })).kicker).toBe('引题');
    await db2.$disconnect();
    replaceText(sharedField(doc, 'headline'), '');
    const headless = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: Y.encodeStateAsUpdate(doc) } });
    expect(headless.sharedStateKept).toBe(false);
    const garbage = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: new Uint8Array([1, 2, 3, 250, 251]) } });
    expect(garbage.sharedStateKept).toBe(false);
  });

  it('stores an unchanged document without a new version', async () => {
    const reporter = await actorFor('reporter');
    const { id } = await createArticle({ actor: reporter, input: { ...storyInput('原样存档'), body: FIGURE_BODY } });
    const outcome = await storeSharedStory({ actor: reporter, articleId: id, update: await loadSharedStoryState(id) });
    expect(outcome).toMatchObject({ changed: false, version: 1 });
  });
});
