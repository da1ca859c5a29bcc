// A real S3-protocol server for tests and benchmarks: s3rver (an S3 server in
// Node, a devDependency) run as its own process on a free port, with its data in
// a temporary folder and one bucket made at start. The app talks to it over
// HTTP with signed requests exactly as it would to OSS, COS or MinIO.
// Plain Node (no vitest): used by integration tests, scripts/e2e-server.ts and
// the cluster benchmark alike.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/db/embedded-postgres';

export type S3TestServer = {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The app's variables for this server: STORAGE=s3, S3_ENDPOINT, S3_BUCKET, … (path-style). */
  env: Record<string, string>;
  /** The s3rver process (for tests that stop it to see the app's answer when storage is down). */
  process: ChildProcess;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
};

// s3rver accepts only its built-in account.
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';

export async function startS3Server(options: { bucket?: string; host?: string; port?: number; quiet?: boolean } = {}): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'masthead-test';
  const host = options.host ?? '127.0.0.1';
  const directory = mkdtempSync(path.join(tmpdir(), 'masthead-s3rver-'));
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('s3rver/package.json')), 'bin/s3rver.js');
  // s3rver makes ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
  const child = spawn(process.execPath, ['--openssl-legacy-provider', bin, '-d', directory, '-a', host, '-p', String(options.port ?? 0), '--silent', '--no-vhost-buckets', '--configure-bucket', bucket], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`s3rver did not start in 15 s:\n${output}`)), 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /S3rver listening on \S+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`s3rver exited (${code}) before listening:\n${output}`)));
    child.on('error', fail);
  });
  child.removeAllListeners('exit');
  if (!options.quiet) child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[s3rver] ${chunk}`));

  const endpoint = `http://${host}:${port}`;
  const region = 'us-east-1';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    rmSync(directory, { recursive: true, force: true });
  };
  return {
    endpoint,
    bucket,
    region,
    accessKeyId: ACCESS_KEY_ID,
    secretAccessKey: SECRET_ACCESS_KEY,
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: region,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    },
    process: child,
    stop,
  };
}

/** The address of a port nothing listens on (it was free a moment ago): an object store that is down. */
export async function deadEndpoint(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}
