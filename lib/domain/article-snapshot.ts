// What a revision keeps of a story: every structured part as text, and the body.
// Plain data, so two revisions can be compared without the database or TipTap.

export const SNAPSHOT_TEXT_FIELDS = ['columnLabel', 'kicker', 'headline', 'subheadline', 'namesLine', 'dateline', 'bylines', 'source', 'credits'] as const;
export type SnapshotTextField = (typeof SNAPSHOT_TEXT_FIELDS)[number];

export type ArticleSnapshot = Record<SnapshotTextField, string> & {
  /** TipTap JSON document */
  body: unknown;
  /** Plain text of the body, one paragraph a line */
  bodyText: string;
};

/** A stored snapshot read back defensively: missing parts become empty. */
export function readSnapshot(value: unknown): ArticleSnapshot {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const fields = Object.fromEntries(SNAPSHOT_TEXT_FIELDS.map((field) => [field, text(field)])) as Record<SnapshotTextField, string>;
  return { ...fields, body: record.body ?? { type: 'doc', content: [{ type: 'paragraph' }] }, bodyText: text('bodyText') };
}

/** True when two snapshots would read the same on the page. */
export function sameSnapshot(a: ArticleSnapshot, b: ArticleSnapshot): boolean {
  return SNAPSHOT_TEXT_FIELDS.every((field) => a[field] === b[field]) && JSON.stringify(a.body) === JSON.stringify(b.body);
}
