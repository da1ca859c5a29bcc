/**
 * serverActions.bodySizeLimit (next.config.ts), also enforced by proxy.ts: a long
 * story's TipTap JSON can pass Next's default of 1 MB; the article schema caps it at
 * 2 MB. A file of its own with no imports, so next.config.ts can load it.
 */
export const SERVER_ACTION_BODY_LIMIT_MB = 3;
