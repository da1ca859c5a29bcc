// The load script's report: per kind of request, counts by HTTP status and by
// outcome, throughput and latency percentiles, then every distinct error.
import type { Reply } from './client';

export type Outcome = 'ok' | 'shed' | 'refused' | 'false refusal' | 'error';
export type Sample = { kind: string; status: string; outcome: Outcome; ms: number; detail?: string };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(1) : value.toFixed(0));

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function printReport(options: { samples: Sample[]; elapsed: number; connections: number; base: string; recovery: Reply }) {
  const { samples, elapsed } = options;
  const kinds = [...new Set(samples.map((s) => s.kind))];
  const outcomes: Outcome[] = ['ok', 'shed', 'refused', 'false refusal', 'error'];
  const rows = [...kinds, 'all'].map((kind) => {
    const mine = samples.filter((s) => kind === 'all' || s.kind === kind);
    const sorted = mine.map((s) => s.ms).sort((a, b) => a - b);
    const served = mine.filter((s) => s.outcome === 'ok').map((s) => s.ms).sort((a, b) => a - b);
    const shed = mine.filter((s) => s.outcome === 'shed').map((s) => s.ms).sort((a, b) => a - b);
    const byStatus = new Map<string, number>();
    for (const s of mine) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
    const statuses = [...byStatus].map(([status, count]) => `${status}×${count}`).join(' ');
    return [kind, String(mine.length), (mine.length / elapsed).toFixed(1), ...outcomes.map((o) => String(mine.filter((s) => s.outcome === o).length)), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(percentile(served, 95)), ms(percentile(shed, 95)), statuses];
  });
  console.log(`\n${options.connections} requests in flight for ${elapsed.toFixed(1)} s against ${options.base}`);
  console.log(table(['kind', 'requests', 'req/s', ...outcomes, 'p50 ms', 'p95 ms', 'p99 ms', 'ok p95', 'shed p95', 'HTTP status'], rows));
  const problems = new Map<string, number>();
  for (const s of samples) {
    if (s.outcome === 'ok') continue;
    const key = `${s.outcome}: ${s.kind}: ${s.detail ?? s.status}`;
    problems.set(key, (problems.get(key) ?? 0) + 1);
  }
  if (problems.size) {
    console.log('\nNot ok, by kind and answer:');
    for (const [key, count] of [...problems].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${count}× ${key}`);
  }
  const errors = samples.filter((s) => s.outcome === 'error' || s.outcome === 'false refusal').length;
  console.log(`\nAfter the load: a search answered HTTP ${options.recovery.status} in ${ms(options.recovery.ms)} ms.`);
  console.log(errors ? `FAILED: ${errors} errors (5xx other than a proper 503, failed requests, false refusals).` : 'No errors: no 500, no failed request, no false refusal.');
}
