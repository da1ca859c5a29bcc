// An issue's address opens its front page: the page route with page 1
// (loadReaderPage reads a missing page segment as 1).
export { default, generateMetadata } from './[page]/page';

// Route settings must be written out in each route file.
// Cached and served to every reader; rebuilt when an issue is published or a story corrected.
export const revalidate = 300;
// Rendered on first visit, then cached (no database is needed at build time).
export function generateStaticParams() {
  return [];
}
