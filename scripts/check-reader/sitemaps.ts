// robots.txt, the sitemap index and its files: each file valid against the
// sitemaps.org XML Schemas (xmllint) and within the sitemaps.org location rule.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
export const SITEMAP_XSD = path.join(here, 'sitemap.xsd');
export const SITEINDEX_XSD = path.join(here, 'siteindex.xsd');

/** The `Sitemap:` lines of a robots.txt (the field name is case-insensitive). */
export function robotsSitemaps(robots: string): string[] {
  return robots
    .split(/\r?\n/)
    .map((line) => /^\s*sitemap\s*:\s*(\S+)/i.exec(line)?.[1])
    .filter((url): url is string => !!url);
}

/** Every <loc> of a sitemap or sitemap index, with XML's five entities decoded. */
export function sitemapLocs(xml: string): string[] {
  const decode = (text: string) => text.replace(/&(lt|gt|amp|apos|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' })[name]!);
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => decode(m[1]));
}

/**
 * The sitemaps.org location rule: a sitemap file may list only URLs on its own
 * scheme, host and port, at or below the folder it is served from (a file at
 * /sitemaps/1.xml may list /sitemaps/… but not /wanghe/1203/1). Returns the URLs
 * that break it.
 */
export function outsideSitemapLocation(sitemapUrl: string, urls: string[]): string[] {
  const file = new URL(sitemapUrl);
  const folder = file.pathname.slice(0, file.pathname.lastIndexOf('/') + 1);
  return urls.filter((raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return true;
    }
    return url.origin !== file.origin || !url.pathname.startsWith(folder);
  });
}

/** A sitemap index may list only sitemaps on its own site (scheme, host and port). */
export function offSite(indexUrl: string, urls: string[]): string[] {
  const origin = new URL(indexUrl).origin;
  return urls.filter((raw) => URL.canParse(raw) ? new URL(raw).origin !== origin : true);
}

/** xmllint's verdict on one XML text against one XSD: the error lines, none when valid. */
export function xmllintSchemaErrors(xml: string, xsd: string, workDir: string, name: string): string[] {
  const file = path.join(workDir, name);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  const lines = result.stderr.split('\n').filter((line) => line && !line.endsWith(' fails to validate'));
  return lines.length ? lines : [`xmllint exited with ${result.status}`];
}
