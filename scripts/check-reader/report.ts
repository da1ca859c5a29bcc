// The table `npm run check:reader` prints: one row per figure, each with the
// target from issue 13 it is held to, and whether it meets it.

/** Reader JavaScript target: 50 KB gzipped (kilobytes of 1,000 bytes). */
export const JS_LIMIT_BYTES = 50_000;
export const PERFORMANCE_MIN = 95;
export const TBT_LIMIT_MS = 150;
export const ACCESSIBILITY_MIN = 100;

export type Row = {
  check: string;
  subject: string;
  value: string;
  target: string;
  /** null: a figure printed for information, held to no target. */
  pass: boolean | null;
};

export const atMost = (check: string, subject: string, value: number, limit: number, unit = ''): Row => ({
  check,
  subject,
  value: `${value}${unit}`,
  target: `≤ ${limit}${unit}`,
  pass: value <= limit,
});

export const atLeast = (check: string, subject: string, value: number, min: number, unit = ''): Row => ({
  check,
  subject,
  value: `${value}${unit}`,
  target: `≥ ${min}${unit}`,
  pass: value >= min,
});

export const below = (check: string, subject: string, value: number, limit: number, unit = ''): Row => ({
  check,
  subject,
  value: `${value}${unit}`,
  target: `< ${limit}${unit}`,
  pass: value < limit,
});

export const holds = (check: string, subject: string, ok: boolean, value: string, target: string): Row => ({ check, subject, value, target, pass: ok });

export const info = (check: string, subject: string, value: string): Row => ({ check, subject, value, target: '', pass: null });

/** A missed target, or a check that could not run at all (its row says why). */
export const failed = (rows: Row[]) => rows.filter((row) => row.pass === false);

const width = (text: string) => [...text].reduce((sum, ch) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

export function formatTable(rows: Row[]): string {
  const header = ['check', 'page / file', 'figure', 'target', 'result'];
  const cells = rows.map((row) => [row.check, row.subject, row.value, row.target, row.pass === null ? '' : row.pass ? 'ok' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => c.map((cell, i) => pad(cell, widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The exit code: 1 when a target is missed, unless only reporting. */
export function exitCode(rows: Row[], reportOnly: boolean): number {
  return !reportOnly && failed(rows).length > 0 ? 1 : 0;
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
