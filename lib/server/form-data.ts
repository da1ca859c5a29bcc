/**
 * Turns posted form fields into the nested object the zod schemas parse:
 * `pages.0.name` style keys become nested arrays and objects.
 *
 * Field names come from the client, so they are hostile input: a key such as
 * `__proto__.active` or `constructor.prototype.reason` would otherwise walk
 * onto Object.prototype and write to every object in the server process.
 * Objects are created without a prototype, and any path with a segment that
 * names a prototype (`__proto__`, `constructor`, `prototype`) is dropped
 * whole. Array indexes are bounded so `rows.999999999.x` cannot make a sparse
 * array that zod would walk element by element.
 */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_INDEX = 999;

type Node = Record<string, unknown> | unknown[];

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== 'string' || key.startsWith('$ACTION')) continue;
    const path = key.split('.');
    if (!path.every(isSafeSegment)) continue;
    // PostgreSQL cannot store NUL in text; no keyboard types one, so it only comes from hostile or broken input.
    setPath(root, path, raw.replace(/\u0000/g, ''));
  }
  return root;
}

function isSafeSegment(segment: string): boolean {
  if (FORBIDDEN_SEGMENTS.has(segment)) return false;
  return !/^\d+$/.test(segment) || Number(segment) <= MAX_INDEX;
}

function setPath(root: Record<string, unknown>, path: string[], value: string): void {
  let node: Node = root;
  for (let index = 0; index < path.length - 1; index += 1) {
    const part = path[index];
    const slot: Record<string, unknown> = node as Record<string, unknown>;
    // Only own properties count: nothing is ever read through a prototype.
    let next = Object.hasOwn(slot, part) ? slot[part] : undefined;
    if (next === undefined) {
      next = /^\d+$/.test(path[index + 1]) ? [] : Object.create(null);
      slot[part] = next;
    }
    // `a=1` and `a.b=2` in one form: the plain value wins, the nested one is dropped.
    if (typeof next !== 'object' || next === null) return;
    node = next as Node;
  }
  const leaf = path[path.length - 1];
  const slot = node as Record<string, unknown>;
  const existing = Object.hasOwn(slot, leaf) ? slot[leaf] : undefined;
  if (existing === undefined) slot[leaf] = value;
  else if (typeof existing === 'string') slot[leaf] = [existing, value];
  // A repeated field collects its values; a value never replaces a nested object.
  else if (Array.isArray(existing) && existing.every((item) => typeof item === 'string')) slot[leaf] = [...existing, value];
}
