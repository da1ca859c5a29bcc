// The one set of TipTap extensions: the editor in the browser and the renderer on
// the server use the same schema, so what is stored is exactly what can be shown.
import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { CommentMark } from './comment-mark';
import { Figure } from './figure';

export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'];
/** Subheads (小标题) inside a story; the headline itself is a separate field. */
export const BODY_HEADING_LEVELS = [3, 4] as const;

/** StarterKit as story bodies use it (the collaborative editor turns its own undo off: Yjs keeps the history). */
export const STARTER_KIT_OPTIONS = {
  heading: { levels: [...BODY_HEADING_LEVELS] },
  code: false,
  codeBlock: false,
  underline: false,
  link: {
    openOnClick: false,
    autolink: true,
    protocols: ALLOWED_LINK_PROTOCOLS,
    defaultProtocol: 'https',
    isAllowedUri: (url, ctx) => ctx.defaultValidate(url) && /^(https?:|mailto:)/i.test(url),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  },
  } satisfies Parameters<typeof StarterKit.configure>[0];

export const bodyExtensions: Extensions = [StarterKit.configure(STARTER_KIT_OPTIONS), CommentMark, Figure];
