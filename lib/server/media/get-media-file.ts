import 'server-only';
import { db } from '@/lib/db';
import { MEDIA_ID_PATTERN, parseVariantFileName, VARIANT_CONTENT_TYPES, type MediaVariant } from '@/lib/domain/media-variants';
import { allows } from '@/lib/permissions';
import { visibleIssueCondition } from '../reader/published-scope';
import type { Actor } from '../session';
import { readMediaFile } from './media-store';

export type MediaFile = { bytes: Buffer; contentType: string; visibility: 'public' | 'staff' };

/**
 * Whether an image is in a story on a page of an issue visitors may see, or is
 * a nameplate (报头) printed on the masthead of one.
 */
export async function isMediaPublished(mediaId: string): Promise<boolean> {
  const [link, nameplate] = await Promise.all([
    db.articleMedia.findFirst({
      where: { mediaId, article: { placements: { some: { slot: { page: { issue: visibleIssueCondition() } } } } } },
      select: { mediaId: true },
    }),
    db.issue.findFirst({ where: { ...visibleIssueCondition(), masthead: { path: ['nameplate', 'mediaId'], equals: mediaId } }, select: { id: true } }),
  ]);
  return !!link || !!nameplate;
}

/**
 * One variant of an image, for whoever may see it: anyone when the image is in
 * a published story, otherwise only newsroom staff. `actor` is asked for only
 * when needed, so a public image is served without reading the session.
 * Returns null for "no such image" and "not yours to see" alike.
 */
export async function getMediaFile({ mediaId, fileName, actor }: { mediaId: string; fileName: string; actor: () => Promise<Actor | null> }): Promise<MediaFile | null> {
  const variant = parseVariantFileName(fileName);
  if (!variant || !MEDIA_ID_PATTERN.test(mediaId)) return null;
  const asset = await db.mediaAsset.findUnique({ where: { id: mediaId }, select: { variants: true } });
  if (!asset) return null;
  const known = (asset.variants as MediaVariant[]).some((v) => v.width === variant.width && v.format === variant.format);
  if (!known) return null;

  let visibility: MediaFile['visibility'] = 'public';
  if (!(await isMediaPublished(mediaId))) {
    const viewer = await actor();
    if (!viewer || !allows(viewer, 'media.read')) return null;
    visibility = 'staff';
  }
  const bytes = await readMediaFile(mediaId, fileName);
  if (!bytes) return null;
  return { bytes, contentType: VARIANT_CONTENT_TYPES[variant.format], visibility };
}
