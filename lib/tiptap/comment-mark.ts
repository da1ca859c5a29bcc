// 批注: an editorial comment anchored to a passage. The mark only carries the
// comment's id; the comment itself is a row (ArticleComment). Being a mark, it
// travels with its text through later edits. Readers never see it: the public
// renderer strips it (withoutComments).
import { Mark, mergeAttributes, type JSONContent } from '@tiptap/core';

const COMMENT_ID = /^[a-z0-9]{1,40}$/;

export const isCommentId = (value: unknown): value is string => typeof value === 'string' && COMMENT_ID.test(value);

export const CommentMark = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      commentId: {
        default: null,
        parseHTML: (element) => {
          const id = element.getAttribute('data-comment-id');
          return isCommentId(id) ? id : null;
        },
        renderHTML: (attributes) => (isCommentId(attributes.commentId) ? { 'data-comment-id': attributes.commentId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'story-comment' }), 0];
  },
});

/** The body without comment marks: what readers, proofs and previews show. */
export function withoutComments<T extends JSONContent>(node: T): T {
  const marks = node.marks?.filter((mark) => mark.type !== 'comment');
  return {
    ...node,
    ...(node.marks ? { marks: marks?.length ? marks : undefined } : {}),
    ...(node.content ? { content: node.content.map(withoutComments) } : {}),
  };
}

/** Ids of the comments anchored somewhere in the body. */
export function anchoredCommentIds(node: JSONContent, found = new Set<string>()): Set<string> {
  for (const mark of node.marks ?? []) if (mark.type === 'comment' && isCommentId(mark.attrs?.commentId)) found.add(mark.attrs.commentId);
  for (const child of node.content ?? []) anchoredCommentIds(child, found);
  return found;
}
