import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { checkedStorageKey, checkedStoragePrefix } from '@/lib/domain/storage-key';
import type { ObjectStore, StoreName } from './object-store';

export type S3Settings = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO, test servers) rather than `bucket.endpoint/key` (OSS, COS, AWS). */
  forcePathStyle: boolean;
};

export type S3StoreOptions = {
  /** Keys asked for per listing page (S3's maximum, and the default, is 1000); also the delete batch size. */
  pageSize?: number;
  /** Per request, retries included. */
  timeoutMs?: number;
};

/** An answer from the object store other than success (or "no such key" on a read). */
export class S3RequestError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(`S3 ${operation} failed: ${status}${code ? ` ${code}` : ''}`);
    this.name = 'S3RequestError';
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) =>
    entity[0] === '#' ? String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1))) : (XML_ENTITIES[entity] ?? whole),
  );
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${Object.keys(XML_ENTITIES).find((k) => XML_ENTITIES[k] === c)};`);

/** The texts of every `<tag>…</tag>` in `xml` (S3's answers are flat enough for this). */
function tagTexts(xml: string, tag: string): string[] {
  return Array.from(xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g')), (m) => unescapeXml(m[1]));
}

/** The URL of `key` in the bucket: encoded segment by segment, so a key is never read as a path. */
function objectUrl(settings: S3Settings, key: string): URL {
  const endpoint = new URL(settings.endpoint);
  const base = endpoint.pathname.replace(/\/$/, '');
  const path = key ? `/${key.split('/').map(encodeURIComponent).join('/')}` : '/';
  if (settings.forcePathStyle) return new URL(`${endpoint.origin}${base}/${settings.bucket}${key ? path : ''}`);
  return new URL(`${endpoint.protocol}//${settings.bucket}.${endpoint.host}${base}${path}`);
}

/**
 * Objects in an S3-compatible bucket (阿里云 OSS, 腾讯云 COS, MinIO, AWS S3), under
 * `<name>/` so that several stores share one bucket. Requests are signed with
 * AWS Signature V4 by aws4fetch over Node's fetch.
 */
export function s3Store(name: StoreName, settings: S3Settings, options: S3StoreOptions = {}): ObjectStore {
  const pageSize = Math.min(1000, Math.max(1, options.pageSize ?? 1000));
  const timeoutMs = options.timeoutMs ?? 30_000;
  // A few quick retries of 5xx/429 answers; a refused connection fails at once.
  const client = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, service: 's3', region: settings.region, retries: 2 });
  const fullKey = (key: string) => `${name}/${checkedStorageKey(key)}`;

  async function send(url: URL, init: RequestInit = {}): Promise<Response> {
    return client.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  }

  async function fail(operation: string, response: Response): Promise<never> {
    const body = await response.text().catch(() => '');
    throw new S3RequestError(operation, response.status, tagTexts(body, 'Code')[0] ?? null);
  }

  async function listPage(prefix: string, continuationToken: string | null): Promise<{ keys: string[]; next: string | null }> {
    const url = objectUrl(settings, '');
    url.searchParams.set('list-type', '2');
    url.searchParams.set('prefix', prefix);
    url.searchParams.set('max-keys', String(pageSize));
    if (continuationToken) url.searchParams.set('continuation-token', continuationToken);
    const response = await send(url);
    if (!response.ok) await fail('ListObjectsV2', response);
    const xml = await response.text();
    const contents = Array.from(xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g), (m) => tagTexts(m[1], 'Key')[0]).filter((key): key is string => !!key);
    const truncated = tagTexts(xml, 'IsTruncated')[0] === 'true';
    const next = truncated ? (tagTexts(xml, 'NextContinuationToken')[0] ?? null) : null;
    if (truncated && !next) throw new S3RequestError('ListObjectsV2', response.status, 'MissingContinuationToken');
    return { keys: contents, next };
  }

  async function deleteBatch(keys: string[]): Promise<void> {
    const body = `<?xml version="1.0" encoding="UTF-8"?><Delete><Quiet>true</Quiet>${keys.map((key) => `<Object><Key>${escapeXml(key)}</Key></Object>`).join('')}</Delete>`;
    const url = objectUrl(settings, '');
    url.searchParams.set('delete', '');
    // S3, OSS and COS require the body's MD5 on a multi-object delete.
    const response = await send(url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/xml', 'Content-MD5': createHash('md5').update(body).digest('base64') },
    });
    if (!response.ok) await fail('DeleteObjects', response);
    // A 200 can still report keys it could not delete.
    const xml = await response.text();
    const errors = Array.from(xml.matchAll(/<Error>([\s\S]*?)<\/Error>/g), (m) => m[1]);
    if (errors.length) throw new S3RequestError('DeleteObjects', response.status, `${tagTexts(errors[0], 'Code')[0] ?? 'Error'} (${errors.length} keys)`);
  }

  return {
    async put(key, bytes, contentType) {
      const response = await send(objectUrl(settings, fullKey(key)), {
        method: 'PUT',
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { 'Content-Type': contentType, 'Content-Length': String(bytes.byteLength) },
      });
      if (!response.ok) await fail('PutObject', response);
      await response.arrayBuffer();
    },

    async get(key) {
      const response = await send(objectUrl(settings, fullKey(key)));
      if (response.status === 404) {
        const body = await response.text();
        // A missing key is "no file"; a missing bucket, or a 404 from something that is
        // not an object store (a wrong endpoint), is a configuration error.
        const code = tagTexts(body, 'Code')[0] ?? null;
        if (code === 'NoSuchKey') return null;
        throw new S3RequestError('GetObject', 404, code);
      }
      if (!response.ok) await fail('GetObject', response);
      return Buffer.from(await response.arrayBuffer());
    },

    async deletePrefix(prefix) {
      const listed = `${name}/${checkedStoragePrefix(prefix)}`;
      // Each page is deleted before the next is asked for: the token still points past it.
      let token: string | null = null;
      do {
        const page: { keys: string[]; next: string | null } = await listPage(listed, token);
        const ours = page.keys.filter((key) => key.startsWith(listed));
        if (ours.length) await deleteBatch(ours);
        token = page.next;
      } while (token);
    },
  };
}
