// Image upload for the story editor (drag, paste or pick). The permission check
// is in uploadMedia; this route turns refusals into a message the editor shows.
import { NextResponse } from 'next/server';
import { AppError } from '@/lib/errors';
import { isServiceUnavailable } from '@/lib/load-shedding';
import { MEDIA_LIMITS } from '@/lib/domain/image-sniff';
import { isCrossOrigin } from '@/lib/same-origin';
import { getTranslations } from '@/lib/i18n/server';
import { uploadMedia } from '@/lib/server/media/upload-media';
import { getActor } from '@/lib/server/session';
import { shedsLoad } from '@/lib/busy-response';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 422, CONFLICT: 409 };
const MAX_MB = Math.round(MEDIA_LIMITS.maxBytes / 1024 / 1024);

async function post(request: Request) {
  const t = await getTranslations('errors');
  const refuse = (status: number, key: string) => NextResponse.json({ error: t(key as never, { max: MAX_MB } as never) }, { status, headers: { 'Cache-Control': 'no-store' } });

  // The staff cookie goes with a cross-site POST too: a foreign page must not upload as the staff member.
  if (isCrossOrigin(request.headers)) return refuse(403, 'crossOrigin');
  const actor = await getActor();
  if (!actor) return refuse(401, 'unauthenticated');
  // Refuse an oversize body from its declared length, before reading it.
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MEDIA_LIMITS.maxBytes + 64 * 1024) return refuse(413, 'mediaTooLarge');

  let file: FormDataEntryValue | null = null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return refuse(400, 'mediaMissingFile');
  }
  if (!file || typeof file === 'string') return refuse(400, 'mediaMissingFile');
  if (file.size > MEDIA_LIMITS.maxBytes) return refuse(413, 'mediaTooLarge');

  try {
    const media = await uploadMedia({ actor, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ media }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    // The object store failed: nothing was kept; say so (503) rather than "the server is busy".
    if (error instanceof AppError && error.messageKey === 'storageUnavailable') return refuse(503, 'storageUnavailable');
    if (isServiceUnavailable(error)) throw error; // answered by shedsLoad with a 503
    if (error instanceof AppError) return refuse(error.messageKey === 'mediaTooLarge' ? 413 : (STATUS[error.code] ?? 400), error.messageKey);
    console.error(error);
    return refuse(500, 'unexpected');
  }
}

export const POST = shedsLoad(post, { json: true });
