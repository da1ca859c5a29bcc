import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { getTranslations } from '@/lib/i18n/server';
import { DESK_STATUSES, type DeskFilters } from '@/lib/schemas/desk-filters';

type Options = { authors: { id: string; name: string }[]; columns: string[] };

/** A plain GET form: the filters live in the URL, so a filtered desk can be bookmarked and shared. */
export async function DeskFilterForm({ filters, options }: { filters: DeskFilters; options: Options }) {
  const [t, statuses] = await Promise.all([getTranslations('desk'), getTranslations('articleStatus')]);
  return (
    <form method="get" action="/newsroom/desk" role="search" className="mb-4 grid grid-cols-2 gap-3 rounded border border-neutral-200 bg-neutral-50 p-3 md:grid-cols-4">
      <TextField label={t('search')} name="q" type="search" defaultValue={filters.q ?? ''} hint={t('searchHint')} className="col-span-2" />
      <SelectField label={t('status')} name="status" defaultValue={filters.status ?? ''}>
        <option value="">{t('allStatuses')}</option>
        {DESK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {statuses(status)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('author')} name="author" defaultValue={filters.author ?? ''}>
        <option value="">{t('allAuthors')}</option>
        {options.authors.map((author) => (
          <option key={author.id} value={author.id}>
            {author.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('columnLabel')} name="column" defaultValue={filters.column ?? ''}>
        <option value="">{t('allColumns')}</option>
        {/* A label typed into the URL that no story carries yet still shows as chosen. */}
        {[...new Set([...options.columns, ...(filters.column ? [filters.column] : [])])].map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </SelectField>
      <TextField label={t('from')} name="from" type="date" defaultValue={filters.from ?? ''} />
      <TextField label={t('to')} name="to" type="date" defaultValue={filters.to ?? ''} />
      <div className="flex items-end gap-3">
        <Button type="submit">{t('filter')}</Button>
        <Link href="/newsroom/desk" className="py-1.5 text-sm text-blue-800 underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
