// Lighthouse 12 (npm) in Debian's Chromium, with its defaults: mobile emulation
// and simulated throttling. chrome-launcher starts CHROME_PATH; nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  tbtMs: number;
  lcpMs: number;
  failedAudits: string[];
  /** The elements each failed accessibility audit names (their HTML, shortened). */
  failedNodes?: Record<string, string[]>;
  /** Lighthouse's measure of this machine's CPU at the time (higher is faster; a busy machine scores low). */
  benchmarkIndex?: number;
};

type Lhr = {
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title?: string; details?: { items?: { node?: { snippet?: string } }[] } }>;
};

/** The figures of one Lighthouse report: scores out of 100, times in ms, failed accessibility audits. */
export function lighthouseFigures(lhr: Lhr): LighthouseFigures {
  if (lhr.runtimeError && lhr.runtimeError.code !== 'NO_ERROR') throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: string) => {
    const value = lhr.categories[category]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${category} score`);
    return Math.round(value * 100);
  };
  const accessibilityAudits = lhr.categories.accessibility?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? [];
  const failedAudits = accessibilityAudits.filter((id) => lhr.audits[id]?.score === 0);
  const nodes = (id: string) => (lhr.audits[id].details?.items ?? []).map((item) => item.node?.snippet?.slice(0, 200)).filter((snippet): snippet is string => !!snippet);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    failedAudits,
    failedNodes: Object.fromEntries(failedAudits.map((id) => [id, nodes(id)])),
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

/** The run with the median performance score (the middle one of an odd number of runs). */
export function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  if (!runs.length) throw new Error('no Lighthouse run');
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)];
}

function lighthouseCli(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli/index.js');
}

export function runLighthouse(url: string): LighthouseFigures {
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const result = spawnSync(
    process.execPath,
    [lighthouseCli(), url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility', `--chrome-flags=${flags.join(' ')}`],
    { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000 },
  );
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`Lighthouse exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  return lighthouseFigures(JSON.parse(result.stdout) as Lhr);
}
