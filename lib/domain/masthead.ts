// The masthead (报头) of an issue: a snapshot of the publication taken when the
// issue is created, plus what the issue itself determines. Old issues keep the
// masthead they were printed with even after the publication is edited.
import { chineseDate, chineseWeekday, lunarDateLine, type IsoDate } from './calendar';
import { issueNumberLabel, pageCountLabel } from './issue-numbering';

export type MastheadSnapshot = {
  name: string;
  nameTraditional: string | null;
  romanizedName: string | null;
  sponsor: string | null;
  publisher: string | null;
  permitNumber: string | null;
  website: string | null;
  serviceStrip: string | null;
  /** Which form of the name the masthead prints. */
  mastheadForm: MastheadForm;
  /** The calligraphic nameplate (报头) image, or null for the typeset name. */
  nameplate: Nameplate | null;
  /** The pages that print the service strip. */
  serviceStripPages: number[];
};

export type MastheadForm = 'SIMPLIFIED' | 'TRADITIONAL';
/** An uploaded image by its media id, with its size so the masthead keeps its proportions. */
export type Nameplate = { mediaId: string; width: number; height: number };

type PublicationFacts = Omit<MastheadSnapshot, 'nameplate' | 'serviceStripPages' | 'mastheadForm'> & {
  mastheadForm?: MastheadForm;
  nameplate?: Nameplate | null;
  serviceStripPages?: number[];
};

export function mastheadSnapshot(publication: PublicationFacts): MastheadSnapshot {
  const { name, nameTraditional, romanizedName, sponsor, publisher, permitNumber, website, serviceStrip } = publication;
  return {
    name,
    nameTraditional,
    romanizedName,
    sponsor,
    publisher,
    permitNumber,
    website,
    serviceStrip,
    mastheadForm: publication.mastheadForm ?? 'SIMPLIFIED',
    nameplate: publication.nameplate ? { mediaId: publication.nameplate.mediaId, width: publication.nameplate.width, height: publication.nameplate.height } : null,
    serviceStripPages: [...(publication.serviceStripPages ?? [1])],
  };
}

/** The name as the masthead prints it: the traditional form when chosen and given. */
export function printedName(snapshot: Pick<MastheadSnapshot, 'name' | 'nameTraditional' | 'mastheadForm'>): string {
  return snapshot.mastheadForm === 'TRADITIONAL' && snapshot.nameTraditional ? snapshot.nameTraditional : snapshot.name;
}

/** Reads a stored snapshot back, tolerating fields added after the issue was created. */
export function parseMastheadSnapshot(value: unknown): MastheadSnapshot {
  const record = (value ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : null);
  return {
    name: text('name') ?? '',
    nameTraditional: text('nameTraditional'),
    romanizedName: text('romanizedName'),
    sponsor: text('sponsor'),
    publisher: text('publisher'),
    permitNumber: text('permitNumber'),
    website: text('website'),
    serviceStrip: text('serviceStrip'),
    // Issues made before these were snapshotted printed the simplified name, no image, strip on page 1.
    mastheadForm: record.mastheadForm === 'TRADITIONAL' ? 'TRADITIONAL' : 'SIMPLIFIED',
    nameplate: readNameplate(record.nameplate),
    serviceStripPages: Array.isArray(record.serviceStripPages) ? record.serviceStripPages.filter((n): n is number => Number.isInteger(n) && n > 0) : [1],
  };
}

function readNameplate(value: unknown): Nameplate | null {
  const record = (value ?? {}) as Record<string, unknown>;
  const { mediaId, width, height } = record;
  if (typeof mediaId !== 'string' || !/^[a-z0-9]{1,64}$/i.test(mediaId)) return null;
  if (typeof width !== 'number' || typeof height !== 'number' || width <= 0 || height <= 0) return null;
  return { mediaId, width, height };
}

export type MastheadLines = MastheadSnapshot & {
  /** The name in the form the masthead prints. */
  printedName: string;
  issueNumber: string;
  pageCount: string;
  date: string;
  weekday: string;
  lunarDate: string;
};

/** Everything the masthead prints, derived from the snapshot and the issue. */
export function mastheadLines(options: {
  snapshot: MastheadSnapshot;
  issueNumber: number;
  pageCount: number;
  date: IsoDate;
}): MastheadLines {
  return {
    ...options.snapshot,
    printedName: printedName(options.snapshot),
    issueNumber: issueNumberLabel(options.issueNumber),
    pageCount: pageCountLabel(options.pageCount),
    date: chineseDate(options.date),
    weekday: chineseWeekday(options.date),
    lunarDate: lunarDateLine(options.date),
  };
}
