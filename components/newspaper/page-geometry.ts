import type { CSSProperties } from 'react';

// Four decimals: a leading rounded to 0.01 mm, times forty lines, would push a column's last line out.
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** A box on the printed page, in millimetres, as the CSS variables globals.css positions by (.np-*). */
export function boxStyle(box: { x: number; y: number; w: number; h: number }, extra: Record<string, string | number> = {}): CSSProperties {
  return { '--x': round(box.x), '--y': round(box.y), '--w': round(box.w), '--h': round(box.h), ...extra } as CSSProperties;
}

export { round as roundMm };
