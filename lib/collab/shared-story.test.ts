import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodySchema } from '@/lib/tiptap/body';
import { ARTICLE_TEXT_FIELDS, type ArticleTextValues } from '@/lib/domain/article-text-fields';
import { articleIdOfDocument, createSharedStory, readSharedStory, replaceText, sharedField, storyDocumentName, textChange, writeSharedStory } from './shared-story';

const fields = (overrides: Partial<ArticleTextValues> = {}): ArticleTextValues => ({ ...Object.fromEntries(ARTICLE_TEXT_FIELDS.map((f) => [f, ''])), headline: '河畔新绿道开放', ...overrides }) as ArticleTextValues;
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = (...texts: string[]) => ({ type: 'doc', content: texts.map(paragraph) });

/** Two replicas exchanging every update, as two browsers through the server. */
function replicasOf(doc: Y.Doc) {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
}
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
};

describe('the shared story document', () => {
  it('reads back what it was created with', () => {
    const content = { fields: fields({ kicker: '周末去哪儿', bylines: '李明 王芳' }), body: body('第一段。', '第二段。') };
    expect(readSharedStory(createSharedStory(bodySchema(), content), bodySchema())).toEqual(content);
  });

  it('merges two people typing in the same headline and the same paragraph without losing either', () => {
    const a = createSharedStory(bodySchema(), { fields: fields(), body: body('居民在河边散步。') });
    const b = replicasOf(a);
    replaceText(sharedField(a, 'headline'), '河畔新绿道今日开放');
    replaceText(sharedField(b, 'headline'), '河畔新绿道开放了');
    writeSharedStory(a, bodySchema(), { fields: readSharedStory(a, bodySchema()).fields, body: body('清晨，居民在河边散步。') });
    writeSharedStory(b, bodySchema(), { fields: readSharedStory(b, bodySchema()).fields, body: body('居民在河边散步，孩子们放风筝。') });
    sync(a, b);
    const merged = readSharedStory(a, bodySchema());
    expect(merged).toEqual(readSharedStory(b, bodySchema()));
    expect(merged.fields.headline).toContain('今日');
    expect(merged.fields.headline).toContain('了');
    expect(merged.body).toEqual(body('清晨，居民在河边散步，孩子们放风筝。'));
  });

  it('writes a whole version as the smallest edit, so concurrent typing elsewhere survives', () => {
    const a = createSharedStory(bodySchema(), { fields: fields(), body: body('第一段。', '第二段。') });
    const b = replicasOf(a);
    writeSharedStory(a, bodySchema(), { fields: fields({ headline: '新标题' }), body: body('第一段改写。', '第二段。') });
    writeSharedStory(b, bodySchema(), { fields: fields(), body: body('第一段。', '第二段补充。') });
    sync(a, b);
    expect(readSharedStory(b, bodySchema())).toEqual({ fields: fields({ headline: '新标题' }), body: body('第一段改写。', '第二段补充。') });
  });
});

describe('textChange', () => {
  it('finds the one change between two strings', () => {
    expect(textChange('河畔绿道', '河畔新绿道')).toEqual({ start: 2, deleteCount: 0, insert: '新' });
    expect(textChange('abcdef', 'abXYef')).toEqual({ start: 2, deleteCount: 2, insert: 'XY' });
    expect(textChange('same', 'same')).toEqual({ start: 4, deleteCount: 0, insert: '' });
    expect(textChange('aa', 'aaa')).toEqual({ start: 2, deleteCount: 0, insert: 'a' });
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    // 𠀀 and 𠀁 share their high surrogate.
    const change = textChange('𠀀', '𠀁');
    expect(change).toEqual({ start: 0, deleteCount: 2, insert: '𠀁' });
  });
});

describe('document names', () => {
  it('names a story and reads the name back, refusing anything else', () => {
    expect(articleIdOfDocument(storyDocumentName('clx123abc'))).toBe('clx123abc');
    expect(articleIdOfDocument('article:../etc')).toBeNull();
    expect(articleIdOfDocument('page:1')).toBeNull();
  });
});
