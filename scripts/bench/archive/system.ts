// The machine side of the archive benchmark: Debian packages, the PostgreSQL
// cluster, its role and database. Meant for a fresh Debian 12 machine, as root.
import { execFileSync, spawnSync } from 'node:child_process';

export const sh = (command: string, args: string[], options: { input?: string } = {}) =>
  execFileSync(command, args, { encoding: 'utf8', input: options.input, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Something a machine needs: a command on the PATH (or a test of its own), and the Debian package that brings it. */
export type DebianNeed = [command: string | (() => boolean), debianPackage: string];

/** Installs with apt the packages of the needs that are not met; as root only. */
export function ensureDebianPackages(log: (line: string) => void, needs: DebianNeed[]) {
  const missing = needs.filter(([check]) => (typeof check === 'string' ? !has(check) : !check()));
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`Missing ${missing.map(([, p]) => p).join(', ')}: run as root to install them with apt.`);
  const packages = [...new Set(missing.map(([, p]) => p))];
  log(`apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
}

/** Installs with apt what is missing among PostgreSQL, nginx and wrk (and `more`: [command, package] pairs). */
export function ensurePackages(log: (line: string) => void, more: DebianNeed[] = []) {
  const nginx = () => has('nginx') || has('/usr/sbin/nginx');
  ensureDebianPackages(log, [['pg_ctlcluster', 'postgresql'], [nginx, 'nginx'], ['wrk', 'wrk'], ...more]);
}

const asPostgres = (sql: string) => sh('su', ['postgres', '-c', 'psql -v ON_ERROR_STOP=1 -qAt'], { input: sql });

/** Starts the cluster (PostgreSQL 15 on Debian 12) and makes sure the role and database exist. */
export function ensureDatabase({ database, password, log }: { database: string; password: string; log: (line: string) => void }) {
  const clusters = sh('pg_lsclusters', ['-h']).trim().split('\n').filter(Boolean).map((line) => line.split(/\s+/));
  const cluster = clusters.find(([version, name]) => name === 'main' && version === '15') ?? clusters[0];
  if (!cluster) throw new Error('No PostgreSQL cluster found (pg_lsclusters).');
  const [version, name, port, status] = cluster;
  if (status !== 'online') {
    log(`pg_ctlcluster ${version} ${name} start`);
    sh('pg_ctlcluster', [version, name, 'start']);
  }
  if (asPostgres(`SELECT 1 FROM pg_roles WHERE rolname = '${database}'`).trim() !== '1') asPostgres(`CREATE ROLE ${database} LOGIN PASSWORD '${password}'`);
  if (asPostgres(`SELECT 1 FROM pg_database WHERE datname = '${database}'`).trim() !== '1') asPostgres(`CREATE DATABASE ${database} OWNER ${database}`);
  return { url: `postgresql://${database}:${password}@127.0.0.1:${port}/${database}`, version };
}

export function dropDatabase(database: string) {
  asPostgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}
