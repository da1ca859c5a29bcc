import { parseBody } from '@/lib/tiptap/body';
import { renderBody } from '@/lib/tiptap/render-body';

/**
 * A story's body rendered on the server from its TipTap JSON through the shared
 * schema: only known nodes and marks, React-escaped text, no editor code shipped.
 * Editorial comments (批注) are the newsroom's own and never rendered.
 */
export function StoryBody({ body, className = '' }: { body: unknown; className?: string }) {
  const doc = parseBody(body);
  if (!doc) return null;
  return <div className={`story-body ${className}`}>{renderBody(doc)}</div>;
}
