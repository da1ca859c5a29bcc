// The masthead facts of two real front pages, read from ../shared/seeds at test
// time (issue 3384, printed 朝陽報, and issue 3405, 朝阳报 with the sponsor's and
// website's later wording). Where the seeds are not beside the clone, made-up
// facts of the same shape stand in, so the journeys that use them still run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type SeedMasthead = {
  name: string;
  romanizedName: string;
  sponsor: string;
  publisher: string;
  permitNumber: string;
  website: string;
  pageCount: number;
  date: string;
};

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seedFile = (number: number) => (existsSync(seedsDir) ? readdirSync(seedsDir).find((file) => file.includes(`-${number}-`)) : undefined);

/** The masthead as the seed prints it: the first lines of the extracted front page. */
export function seedMasthead(number: number): SeedMasthead | null {
  const file = seedFile(number);
  if (!file) return null;
  const lines = readFileSync(path.join(seedsDir, file), 'utf8')
    .split('\n')
    .slice(0, 30)
    .map((line) => line.replace(/^#\s*/, '').trim())
    .filter(Boolean);
  const find = (test: (line: string) => boolean) => lines.find(test) ?? '';
  const permitAt = lines.findIndex((line) => line.startsWith('准印证号'));
  return {
    name: lines[0],
    romanizedName: find((line) => /^[A-Z]{4,}$/.test(line)),
    sponsor: find((line) => line.endsWith('主办')),
    publisher: find((line) => line.endsWith('出版')),
    permitNumber: `${lines[permitAt].replace(/^准印证号[:：]\s*/, '')} ${lines[permitAt + 1]}`,
    website: find((line) => /^https?:\/\//.test(line)),
    pageCount: Number(/本期 (\d+) 版/.exec(find((line) => line.startsWith('本期')))![1]),
    date: /(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)![1],
  };
}

/** Made up for a clone without the seeds: a Friday of 4 pages printed in traditional characters, then a Monday of 8. */
const STAND_INS: Record<3384 | 3405, SeedMasthead> = {
  3384: {
    name: '朝陽報',
    romanizedName: 'CHAOYANGBAO',
    sponsor: '示例区委宣传部主办',
    publisher: '示例区融媒体中心出版',
    permitNumber: '京内资准字 0000—L0000号',
    website: 'http://www.example.cn',
    pageCount: 4,
    date: '2024-03-08',
  },
  3405: {
    name: '朝阳报',
    romanizedName: 'CHAOYANGBAO',
    sponsor: '示例区委员会宣传部主办',
    publisher: '示例区融媒体中心出版',
    permitNumber: '京内资准字 0000—L0000号',
    website: 'http://news.example.cn',
    pageCount: 8,
    date: '2024-04-29',
  },
};

export const mastheadOf = (number: 3384 | 3405): SeedMasthead => seedMasthead(number) ?? STAND_INS[number];
