import 'server-only';
import type { PublicationSettingsInput } from '@/lib/schemas/publication';

/** The columns a settings form writes, from its parsed input. */
export function settingsData(input: PublicationSettingsInput) {
  return {
    slug: input.slug,
    name: input.name,
    nameTraditional: input.nameTraditional,
    mastheadForm: input.mastheadForm,
    romanizedName: input.romanizedName,
    sponsor: input.sponsor,
    publisher: input.publisher,
    permitNumber: input.permitNumber,
    website: input.website,
    serviceStrip: input.serviceStrip,
    serviceStripPages: input.serviceStripPages,
    weekdayPages: input.weekdayPages,
    publicationDays: [...new Set(input.publicationDays)].sort((a, b) => a - b),
    firstIssueNumber: input.firstIssueNumber,
  };
}
