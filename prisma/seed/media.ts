// Demo photos, drawn at seed time (no downloaded pictures): simple scenes as
// SVG, rasterised by sharp, then stored exactly as an upload would be.
import sharp from 'sharp';
import type { Database } from '@/lib/prisma-client';
import type { MediaVariant } from '@/lib/domain/media-variants';
import { processImage } from '@/lib/server/media/process-image';
import { writeMediaFiles } from '@/lib/server/media/media-store';

export type DemoFigure = { caption: string; credit: string; draw: () => string };

const W = 1600;
const H = 1000;

function wetlandAtDawn(): string {
  const birds = Array.from({ length: 9 }, (_, i) => {
    const x = 380 + i * 95 + (i % 3) * 30;
    const y = 260 + ((i * 53) % 140);
    return `<path d="M${x} ${y} q18 -16 36 0 q18 -16 36 0" stroke="#fdfdfd" stroke-width="6" fill="none" stroke-linecap="round"/>`;
  }).join('');
  const reeds = Array.from({ length: 70 }, (_, i) => {
    const x = (i * 23) % W;
    const h = 120 + ((i * 37) % 110);
    return `<line x1="${x}" y1="${H}" x2="${x + 12}" y2="${H - h}" stroke="#3f5a2a" stroke-width="5"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6c89f"/><stop offset="1" stop-color="#fbe7c6"/></linearGradient>
      <linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9fb8c8"/><stop offset="1" stop-color="#5d7f96"/></linearGradient>
    </defs>
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1220" cy="330" r="90" fill="#fff4d6"/>
    <path d="M0 560 L300 470 L620 540 L900 450 L1250 530 L${W} 480 L${W} 620 L0 620 Z" fill="#8a9b8f"/>
    <rect y="600" width="${W}" height="${H - 600}" fill="url(#water)"/>
    ${birds}${reeds}
  </svg>`;
}

function riversideRun(): string {
  const runners = Array.from({ length: 14 }, (_, i) => {
    const x = 160 + i * 100;
    const y = 640 + (i % 4) * 40;
    const shirt = ['#d9382b', '#1f6fb2', '#f2b705', '#2e8b57'][i % 4];
    return `<g><circle cx="${x}" cy="${y - 120}" r="22" fill="#6b4a3a"/><rect x="${x - 24}" y="${y - 96}" width="48" height="80" rx="14" fill="${shirt}"/><line x1="${x - 10}" y1="${y - 16}" x2="${x - 30}" y2="${y + 60}" stroke="#333" stroke-width="12"/><line x1="${x + 10}" y1="${y - 16}" x2="${x + 34}" y2="${y + 56}" stroke="#333" stroke-width="12"/></g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <rect width="${W}" height="${H}" fill="#cfe6f5"/>
    <rect y="300" width="${W}" height="160" fill="#6aa0c0"/>
    <path d="M0 300 L200 220 L380 260 L560 180 L760 250 L1000 200 L1300 260 L${W} 210 L${W} 300 Z" fill="#7c9a7e"/>
    <rect y="460" width="${W}" height="${H - 460}" fill="#8c8c8c"/>
    <rect y="720" width="${W}" height="14" fill="#f4f4f4"/>
    <rect x="60" y="380" width="18" height="320" fill="#444"/><rect x="60" y="380" width="520" height="70" fill="#c8102e"/>
    ${runners}
  </svg>`;
}

/** Photos for two demo stories, keyed by headline. */
export const DEMO_FIGURES: Record<string, DemoFigure> = {
  望河湿地公园迎来春季观鸟高峰: { caption: '清晨，一群白鹭掠过望河湿地公园的浅滩。', credit: '特约摄影 宋知行摄', draw: wetlandAtDawn },
  '2025望河湿地半程马拉松鸣枪开跑': { caption: '选手们沿滨河大道奔跑，沿途市民为他们加油。', credit: '记者 周明远/摄', draw: riversideRun },
};

/** Rasterises and stores one demo photo as `uploaderId` had uploaded it; returns the figure's attributes. */
export async function seedFigureImage(db: Database, options: { figure: DemoFigure; uploaderId: string; name: string }) {
  const jpeg = await sharp(Buffer.from(options.figure.draw())).jpeg({ quality: 85 }).toBuffer();
  const image = await processImage(jpeg);
  const variants: MediaVariant[] = image.variants.map(({ bytes: _bytes, ...variant }) => variant);
  const asset = await db.mediaAsset.create({
    data: { uploaderId: options.uploaderId, originalName: options.name, contentType: image.contentType, byteSize: jpeg.length, width: image.width, height: image.height, variants },
    select: { id: true },
  });
  await writeMediaFiles(asset.id, [image.original, ...image.variants.map((v) => ({ name: v.file, bytes: v.bytes }))]);
  return { mediaId: asset.id, width: image.width, height: image.height, caption: options.figure.caption, credit: options.figure.credit };
}
