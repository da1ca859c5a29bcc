// The addresses to check, found from the running app itself: its public API names
// the paper, the latest issue, its pages and stories; robots.txt names the sitemap.
import { get } from './http';

export type ReaderPage = { name: string; path: string; status: number };
export type Targets = { slug: string; pages: ReaderPage[]; lighthouse: ReaderPage[]; feedPath: string };

async function json<T>(url: string): Promise<T> {
  const response = await get(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function discoverTargets(base: string, query = '湿地'): Promise<Targets> {
  const { publications } = await json<{ publications: { slug: string }[] }>(`${base}/api/v1/publications`);
  const slug = publications[0]?.slug;
  if (!slug) throw new Error(`${base} has no publication with a published issue.`);
  const { issues } = await json<{ issues: { number: number }[] }>(`${base}/api/v1/publications/${slug}/issues?limit=1`);
  const number = issues[0]?.number;
  if (number === undefined) throw new Error(`${slug} has no published issue.`);
  const { page } = await json<{ page: { stories: { url: string }[] } }>(`${base}/api/v1/publications/${slug}/issues/${number}/pages/1`);
  const story = page.stories[0]?.url;
  if (!story) throw new Error(`Page 1 of ${slug} ${number} has no story.`);
  const storyPath = new URL(story, base).pathname;
  const front: ReaderPage = { name: 'front page', path: '/', status: 200 };
  const inside: ReaderPage = { name: 'inside page', path: `/${slug}/${number}/2`, status: 200 };
  const storyPage: ReaderPage = { name: 'story', path: storyPath, status: 200 };
  return {
    slug,
    pages: [
      front,
      inside,
      storyPage,
      { name: 'archive', path: `/${slug}/archive`, status: 200 },
      { name: 'search', path: `/${slug}/search?q=${encodeURIComponent(query)}`, status: 200 },
      { name: '404 (paper)', path: `/${slug}/${number}/99`, status: 404 },
      { name: '404 (site)', path: '/no-such-page/at/all', status: 404 },
    ],
    lighthouse: [front, inside, storyPage],
    feedPath: `/${slug}/feed.xml`,
  };
}
