import { z } from 'zod';
import { isIsoDate } from '@/lib/domain/calendar';
import { checkSearchQuery } from '@/lib/domain/search-text';

export const DESK_QUERY_MAX = 100;

/** The desk never lists drafts: they are still their author's own. */
export const DESK_STATUSES = ['FILED', 'EDITED', 'READY', 'PLACED', 'PUBLISHED', 'SENT_BACK'] as const;

const optionalText = (max: number, tooLong = 'tooLong') =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((value) => value || undefined);

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || isIsoDate(value), { error: 'dateInvalid' });

/** The desk's filters as they arrive in the URL; every field is optional. */
export const deskFiltersSchema = z
  .object({
    // Refused, not cut: a query too long or with characters no keyboard types (NUL
    // would fail in PostgreSQL) is reported and no search is run (see parseDeskFilters).
    q: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const { query, error } = checkSearchQuery(value ?? '', DESK_QUERY_MAX);
        if (error) {
          ctx.addIssue({ code: 'custom', message: error });
          return z.NEVER;
        }
        return query || undefined;
      }),
    status: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.enum(DESK_STATUSES, { error: 'statusInvalid' }).optional()),
    author: optionalText(64),
    column: optionalText(40),
    from: optionalDate,
    to: optionalDate,
    page: z
      .string()
      .optional()
      .transform((value) => value || '1')
      .refine((value) => /^[1-9]\d{0,5}$/.test(value), { error: 'pageInvalid' })
      .transform(Number),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { error: 'dateRangeInvalid', path: ['to'] });

export type DeskFilters = z.output<typeof deskFiltersSchema>;
export type DeskFilterField = keyof z.input<typeof deskFiltersSchema>;
const FIELDS: DeskFilterField[] = ['q', 'status', 'author', 'column', 'from', 'to', 'page'];

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Reads the filters from URL search params. A value that does not parse is
 * dropped (and reported), so a bad link still shows the desk, never an error page.
 */
export function parseDeskFilters(params: RawParams): {
  filters: DeskFilters;
  invalid: { field: DeskFilterField; message: string }[];
  /** The search as typed, shown again in the form when it was refused. */
  typedQuery?: string;
} {
  const raw: Partial<Record<DeskFilterField, string>> = {};
  for (const field of FIELDS) {
    const value = params[field];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) raw[field] = first;
  }
  const typedQuery = raw.q || undefined;
  const invalid: { field: DeskFilterField; message: string }[] = [];
  // Each pass drops the fields that failed; at most one pass per field.
  for (let attempt = 0; attempt <= FIELDS.length; attempt++) {
    const parsed = deskFiltersSchema.safeParse(raw);
    if (parsed.success) return { filters: parsed.data, invalid, typedQuery };
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DeskFilterField;
      if (!invalid.some((entry) => entry.field === field)) invalid.push({ field, message: issue.message });
      delete raw[field];
    }
  }
  return { filters: deskFiltersSchema.parse({}), invalid, typedQuery };
}
