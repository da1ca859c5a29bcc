import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db';
import type { Actor } from '../session';
import { accessOf } from '@/lib/auth/actor-access';

// The PDF export has the server's own headless browser open the print page.
// That browser holds no session; it carries a token instead, signed with
// AUTH_SECRET, naming the staff member who asked and the issue, and good for
// one minute. The print page then acts as that person, permissions and all.

const LIFETIME_MS = 60_000;

function sign(staffId: string, issueId: string, expires: number): string {
  return createHmac('sha256', process.env.AUTH_SECRET ?? '').update(`masthead:print:${staffId}:${issueId}:${expires}`).digest('hex');
}

export type PrintPass = { staff: string; expires: string; token: string };

export function createPrintPass({ staffId, issueId, now = Date.now() }: { staffId: string; issueId: string; now?: number }): PrintPass {
  const expires = now + LIFETIME_MS;
  return { staff: staffId, expires: String(expires), token: sign(staffId, issueId, expires) };
}

/** The staff member a valid, unexpired pass names (and who is still active), or null. */
export async function actorFromPrintPass(issueId: string, pass: Partial<PrintPass>, now = Date.now()): Promise<Actor | null> {
  if (!process.env.AUTH_SECRET || !pass.staff || !pass.expires || !pass.token) return null;
  const expires = Number(pass.expires);
  if (!Number.isFinite(expires) || expires < now) return null;
  const expected = Buffer.from(sign(pass.staff, issueId, expires));
  const given = Buffer.from(pass.token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const staff = await db.staff.findUnique({ where: { id: pass.staff }, select: { id: true, name: true, email: true, roles: true, active: true } });
  return staff?.active ? { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles, ...(await accessOf(staff.id, staff.roles)) } : null;
}

/** A pass as the query of a photo URL, naming its issue: the media route reads it back with `printPassFromQuery`. */
export function printPassQuery(issueId: string, pass: Partial<PrintPass>): string {
  return new URLSearchParams({ issue: issueId, staff: pass.staff ?? '', expires: pass.expires ?? '', token: pass.token ?? '' }).toString();
}

/** The staff member a photo URL's print pass names, or null when there is none or it is not valid. */
export async function actorFromPrintPassQuery(query: URLSearchParams): Promise<Actor | null> {
  const issueId = query.get('issue');
  if (!issueId) return null;
  return actorFromPrintPass(issueId, { staff: query.get('staff') ?? undefined, expires: query.get('expires') ?? undefined, token: query.get('token') ?? undefined });
}

// The readers' PDFs are printed from a page of published content only
// (app/print/reader), which needs no staff member; a pass naming the issue
// keeps anyone else from making the server draw whole issues on demand.
function signReader(issueId: string, expires: number): string {
  return createHmac('sha256', process.env.AUTH_SECRET ?? '').update(`masthead:reader-print:${issueId}:${expires}`).digest('hex');
}

export type ReaderPrintPass = { expires: string; token: string };

export function createReaderPrintPass({ issueId, now = Date.now() }: { issueId: string; now?: number }): ReaderPrintPass {
  const expires = now + LIFETIME_MS;
  return { expires: String(expires), token: signReader(issueId, expires) };
}

/** Whether `pass` is a valid, unexpired reader print pass for `issueId`. */
export function isReaderPrintPass(issueId: string, pass: Partial<ReaderPrintPass>, now = Date.now()): boolean {
  if (!process.env.AUTH_SECRET || !pass.expires || !pass.token) return false;
  const expires = Number(pass.expires);
  if (!Number.isFinite(expires) || expires < now) return false;
  const expected = Buffer.from(signReader(issueId, expires));
  const given = Buffer.from(pass.token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
