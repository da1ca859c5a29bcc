// Story bodies are stored as TipTap JSON. These helpers validate a document
// against the shared schema and derive its plain text (for search and 字数).
import { getSchema, type JSONContent } from '@tiptap/core';
import { bodyExtensions } from './extensions';

export type BodyDoc = JSONContent & { type: 'doc' };

export const EMPTY_BODY: BodyDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

let schema: ReturnType<typeof getSchema> | undefined;
/** The ProseMirror schema of story bodies, built once. */
export function bodySchema() {
  schema ??= getSchema(bodyExtensions);
  return schema;
}

/** The document if it fits the schema (only known nodes, marks and attributes), otherwise null. */
export function parseBody(value: unknown): BodyDoc | null {
  if (!value || typeof value !== 'object' || (value as JSONContent).type !== 'doc') return null;
  try {
    const node = bodySchema().nodeFromJSON(value);
    node.check();
    // Round-trip through the schema: drops attributes the schema does not know.
    return node.toJSON() as BodyDoc;
  } catch {
    return null;
  }
}

const BLOCKS_WITH_BREAK = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'horizontalRule']);

/** The text of the body, one line per paragraph. */
export function bodyPlainText(doc: JSONContent): string {
  const lines: string[] = [];
  let current = '';
  const walk = (node: JSONContent) => {
    if (node.type === 'text') current += node.text ?? '';
    if (node.type === 'hardBreak') current += '\n';
    for (const child of node.content ?? []) walk(child);
    if (node.type && BLOCKS_WITH_BREAK.has(node.type) && current) {
      lines.push(current);
      current = '';
    }
  };
  walk(doc);
  if (current) lines.push(current);
  return lines.join('\n');
}

/** A body of plain paragraphs, one per line of `text` (used for demo data and imports). */
export function bodyFromParagraphs(paragraphs: string[]): BodyDoc {
  const content = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
