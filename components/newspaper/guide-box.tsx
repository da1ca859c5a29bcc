import type { GuideLine } from '@/lib/domain/guide-box';

/**
 * 导读 on the printed page: each picked story's teaser with `——详见X版`, the
 * page worked out from where the story is now. Readers get the lines as links
 * to those pages; a proof also shows a pick whose story is no longer on a page.
 */
export function GuideBox({ lines, title, missingLabel, pageHref, proof }: { lines: GuideLine[]; title: string; missingLabel: string; pageHref?: (pageNumber: number) => string; proof: boolean }) {
  const shown = proof ? lines : lines.filter((line) => line.pageNumber !== null);
  return (
    <aside className="np-guide" aria-label={title} data-testid="guide-box">
      <p className="np-guide-title">{title}</p>
      <ul>
        {shown.map((line) => (
          <li key={line.articleId} data-testid="guide-line">
            {line.pageNumber !== null && pageHref ? (
              <a href={pageHref(line.pageNumber)}>
                {line.teaser}
                <span className="whitespace-nowrap">{line.reference}</span>
              </a>
            ) : (
              <>
                {line.teaser}
                {line.reference ? <span className="whitespace-nowrap">{line.reference}</span> : <span className="np-guide-missing">（{missingLabel}）</span>}
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
