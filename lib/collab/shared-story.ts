// A story as one Yjs document, the shape the editor and the collaboration server
// share: the body as the XML fragment TipTap's Collaboration extension edits, and
// each one-line part (引题, 主题, 署名…) as a Y.Text in the `fields` map, so two
// people can type in the same headline letter by letter. Pure functions: no
// database, no React.
import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { ARTICLE_TEXT_FIELDS, type ArticleTextField, type ArticleTextValues } from '@/lib/domain/article-text-fields';

/** The name of the fragment holding the body: TipTap Collaboration's `field` option. */
export const BODY_FRAGMENT = 'body';
const FIELDS_MAP = 'fields';

export type SharedStoryContent = { fields: ArticleTextValues; body: JSONContent };

/** The document's name on the collaboration server for a story. */
export function storyDocumentName(articleId: string): string {
  return `article:${articleId}`;
}

/** The story id a document name stands for, or null for any other name. */
export function articleIdOfDocument(documentName: string): string | null {
  const match = /^article:([A-Za-z0-9_-]{1,64})$/.exec(documentName);
  return match ? match[1] : null;
}

export function sharedBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(BODY_FRAGMENT);
}

/** The Y.Text of one part, created on first use (inside the caller's transaction, if any). */
export function sharedField(doc: Y.Doc, field: ArticleTextField): Y.Text {
  const fields = doc.getMap<Y.Text>(FIELDS_MAP);
  let text = fields.get(field);
  if (!text) {
    text = new Y.Text();
    fields.set(field, text);
  }
  return text;
}

/** The Y.Text of one part if it exists, without creating it (for readers of the document). */
function existingField(doc: Y.Doc, field: ArticleTextField): Y.Text | undefined {
  return doc.getMap<Y.Text>(FIELDS_MAP).get(field);
}

/** A new shared document holding `content`: how a story that was never shared starts. */
export function createSharedStory(schema: Schema, content: SharedStoryContent): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(schema, content.body, sharedBody(doc));
    for (const field of ARTICLE_TEXT_FIELDS) sharedField(doc, field).insert(0, content.fields[field] ?? '');
  });
  return doc;
}

/** What the shared document says now: the parts as text, the body as TipTap JSON. */
export function readSharedStory(doc: Y.Doc, schema: Schema): SharedStoryContent {
  const fields = Object.fromEntries(ARTICLE_TEXT_FIELDS.map((field) => [field, existingField(doc, field)?.toString() ?? ''])) as ArticleTextValues;
  const body = yXmlFragmentToProseMirrorRootNode(sharedBody(doc), schema).toJSON() as JSONContent;
  return { fields, body };
}

/**
 * Changes the shared document to say `content`, as the smallest edit: text that
 * stays the same keeps its identity, so others' carets and 批注 anchors in it
 * stay where they were. A restored revision or a correction reaches everyone
 * with the story open this way. `origin` names the transaction for observers.
 */
export function writeSharedStory(doc: Y.Doc, schema: Schema, content: SharedStoryContent, origin?: unknown): void {
  doc.transact(() => {
    for (const field of ARTICLE_TEXT_FIELDS) replaceText(sharedField(doc, field), content.fields[field] ?? '');
    const node = schema.nodeFromJSON(content.body);
    updateYFragment(doc, sharedBody(doc), node, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}

/** Rewrites a Y.Text to `next` by deleting and inserting only between the common prefix and suffix. */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  const { start, deleteCount, insert } = textChange(current, next);
  text.doc!.transact(() => {
    if (deleteCount) text.delete(start, deleteCount);
    if (insert) text.insert(start, insert);
  });
}

/**
 * The single change that turns `before` into `after`: where it starts, how much
 * it deletes and what it inserts. Counted in UTF-16 units (as Y.Text and input
 * selections are), never splitting a surrogate pair.
 */
export function textChange(before: string, after: string): { start: number; deleteCount: number; insert: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { start, deleteCount: before.length - start - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Which document this is, whatever has been typed in it since: the id of the item
 * that created its 主题 text, made once when the story was first shared. A copy kept
 * in a browser is merged back only into the document it came from (a database
 * started afresh has different documents under the same story ids).
 */
export function sharedStoryLineage(doc: Y.Doc): string | null {
  const item = existingField(doc, 'headline')?._item;
  return item ? `${item.id.client}:${item.id.clock}` : null;
}
