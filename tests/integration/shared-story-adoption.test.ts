// A new story's first save brings the editor's own shared document along: it is
// kept only when it says exactly what the saved columns say.
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
  it('keeps a document that matches, figures with empty captions included', async () => {
    const input = { ...storyInput('带图的新稿'), body: FIGURE_BODY };
    const doc = createSharedStory(bodySchema(), { fields: fieldsOf(input), body: input.body });
    const { id, sharedStateKept } = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: Y.encodeStateAsUpdate(doc) } });
    expect(sharedStateKept).toBe(true);
    const db = testDb();
    expect(await db.articleSharedState.count({ where: { articleId: id } })).toBe(1);
    await db.$disconnect();
  });

  it('ignores a document that says something else than the fields', async () => {
    const input = storyInput('文档与字段不符');
    const doc = createSharedStory(bodySchema(), { fields: fieldsOf(input), body: input.body });
    replaceText(sharedField(doc, 'headline'), '另一个标题');
    const { sharedStateKept } = await createArticle({ actor: await actorFor('reporter'), input: { ...input, sharedState: Y.encodeStateAsUpdate(doc) } });
    expect(sharedStateKept).toBe(false);
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
