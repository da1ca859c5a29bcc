// What issue 13 asks of a 404 page, read from its HTML: Chinese with `lang`, one
// <main>, and a way back to the paper (a link to the site's or the paper's front page).

export function notFoundPageProblems(html: string, slug: string): string[] {
  const problems: string[] = [];
  const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
  if (!lang?.toLowerCase().startsWith('zh')) problems.push(lang ? `lang="${lang}"` : 'no lang');
  const mains = html.match(/<main\b/gi)?.length ?? 0;
  if (mains !== 1) problems.push(`${mains} <main>`);
  const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)].map((m) => m[1]);
  if (!hrefs.some((href) => href === '/' || href === `/${slug}` || href === `/${slug}/`)) problems.push('no link home');
  return problems;
}
