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
};

export function mastheadSnapshot(publication: MastheadSnapshot): MastheadSnapshot {
  const { name, nameTraditional, romanizedName, sponsor, publisher, permitNumber, website, serviceStrip } = publication;
  return { name, nameTraditional, romanizedName, sponsor, publisher, permitNumber, website, serviceStrip };
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
  };
}

export type MastheadLines = MastheadSnapshot & {
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
    issueNumber: issueNumberLabel(options.issueNumber),
    pageCount: pageCountLabel(options.pageCount),
    date: chineseDate(options.date),
    weekday: chineseWeekday(options.date),
    lunarDate: lunarDateLine(options.date),
  };
}
