import type { CSSProperties, ReactNode } from 'react';
import { HEADING_TYPE, fitLabel, headingSetting, type HeadingPart } from '@/lib/domain/copy-fit';
import type { SlotLayout } from '@/lib/domain/issue-layout';
import { blockLines, runsBetween } from '@/lib/domain/line-break';
import { figureLayout, type Measure } from '@/lib/domain/figure-fit';
import type { Block, FigureBlock, Run } from '@/lib/domain/story-flow';
import { figureImage } from '@/lib/tiptap/figure';
import type { ArticleView } from '@/lib/server/issue/issue-view';
import { roundMm } from './page-geometry';

const headingStyle = (spec: { size: number; line: number }) => ({ '--fs': spec.size, '--lh': spec.line }) as CSSProperties;

function RunText({ run }: { run: Run }) {
  let node: ReactNode = run.text;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  if (run.strike) node = <s>{node}</s>;
  return node;
}

/**
 * A paragraph printed line by line, broken exactly where copy-fit broke it;
 * on a phone the lines run together again as one paragraph.
 */
function PrintBlock({ block, charsPerLine, href }: { block: Block; charsPerLine: number; href?: string }) {
  const spans = blockLines(block, charsPerLine);
  const lines = spans.map((span, index) => (
    <span key={index} className="np-line" data-first={index === 0 ? '' : undefined} data-last={index === spans.length - 1 ? '' : undefined}>
      {runsBetween(block.runs, span.start, span.end).map((run, i) => (
        <RunText key={i} run={run} />
      ))}
    </span>
  ));
  return (
    <p data-indent={block.indent && !block.continued ? '' : undefined} data-align={block.align} className={block.heading ? 'font-bold' : undefined}>
      {block.jump && href ? (
        <a href={href} className="np-jump-link">
          {lines}
        </a>
      ) : (
        lines
      )}
    </p>
  );
}

/**
 * A printed photo is one text column wide: on a tablet or a desktop that is a
 * fifth of the screen at most (the 480 px copy, sharp enough for the PDF too);
 * on a phone, where the page reads as one column, the whole width.
 */
const PRINT_FIGURE_SIZES = '(min-width: 768px) 20vw, 100vw';

/**
 * A photo set in its column at the size copy-fit gave it (lib/domain/figure-fit.ts):
 * the picture cropped to its whole lines, then the caption and credit broken into
 * lines the same way, so the figure takes exactly the lines counted for it.
 */
function PrintFigure({ figure, measure, mediaQuery }: { figure: FigureBlock; measure: Measure; mediaQuery?: string }) {
  const layout = figureLayout(figure, measure);
  const image = figureImage(figure, { sizes: PRINT_FIGURE_SIZES, query: mediaQuery });
  const style = {
    '--figure-h': roundMm(layout.lines * measure.leadingMm),
    '--photo-h': roundMm(layout.photoMm),
    '--caption-fs': roundMm(layout.captionSizeMm),
    '--caption-lh': roundMm(layout.captionLeadingMm),
    '--caption-gap': roundMm(layout.captionGapMm),
  } as CSSProperties;
  const { captionText, creditStart, captionLines } = layout;
  return (
    <figure className="np-figure" data-media-id={figure.mediaId} style={style}>
      {image && (
        <picture>
          <source type="image/webp" srcSet={image.webpSrcSet} sizes={image.sizes} />
          <img src={image.src} srcSet={image.jpegSrcSet} sizes={image.sizes} alt={image.alt} width={image.width} height={image.height} />
        </picture>
      )}
      {captionLines.length > 0 && (
        <figcaption>
          {captionLines.map((span, index) => {
            const caption = captionText.slice(span.start, Math.min(span.end, creditStart));
            const credit = captionText.slice(Math.max(span.start, creditStart), span.end);
            // The caption's last line is set ragged like a paragraph's, even with the credit on a line after it.
            return (
              <span key={index} className="np-line" data-last={index === captionLines.length - 1 || captionLines[index + 1].start >= creditStart ? '' : undefined} data-credit={span.start >= creditStart ? '' : undefined}>
                {caption}
                {credit && <span className="np-credit">{credit}</span>}
              </span>
            );
          })}
        </figcaption>
      )}
    </figure>
  );
}

/** A heading's lines as copy-fit broke them; on a phone they run together again. */
function HeadingLines({ lines }: { lines: string[] }) {
  return lines.map((line, index) => (
    <span key={index} className="np-hline">
      {line}
    </span>
  ));
}

/**
 * A story in its slot as printed: headings across the top, then the text in
 * columns exactly as copy-fit measured it, cut where it stops fitting. On a
 * proof a cut shows a red marker with how much is over.
 */
export function SlotStory(props: {
  article: ArticleView;
  layout: SlotLayout;
  typeMm: number;
  leadingMm: number;
  gutterMm: number;
  storyHref?: string;
  jumpHref?: string;
  overflowLabel?: string;
  /** Goes on photo URLs: the print pass of the PDF export's browser, which has no session. */
  mediaQuery?: string;
}) {
  const { article, layout, leadingMm, gutterMm } = props;
  const { box, size } = layout;
  const headline = { size: HEADING_TYPE.headline.size[size], line: HEADING_TYPE.headline.line };
  const HeadlineTag = layout.part === 1 ? 'h2' : 'p';
  // The headings broken into the lines copy-fit counted (lib/domain/copy-fit.ts), so a
  // heading is never taller on the proof than the room the board gave it.
  const setting = headingSetting(article, { widthMm: box.widthMm, typeMm: box.typeMm, size });
  const lines = (part: HeadingPart) => setting.find((heading) => heading.part === part)?.lines ?? [];
  return (
    <article className="h-full">
      <div className="np-heading" style={{ '--heading-h': roundMm(box.headingLines * leadingMm) } as CSSProperties}>
        {layout.part === 1 && article.columnLabel && (
          <p style={headingStyle(HEADING_TYPE.columnLabel)}>
            <span className="np-label">{article.columnLabel}</span>
          </p>
        )}
        {layout.part === 1 && article.kicker && (
          <p className="np-kicker" style={headingStyle(HEADING_TYPE.kicker)}>
            <HeadingLines lines={lines('kicker')} />
          </p>
        )}
        {/* Named by its whole text: its lines are blocks, which would split the accessible name. */}
        <HeadlineTag className="np-headline" style={headingStyle(headline)} aria-label={props.storyHref ? undefined : article.headline}>
          {props.storyHref ? (
            // Stretched over the whole slot (.np-hot in globals.css): the story's hot zone.
            <a href={props.storyHref} className="np-hot hover:underline" aria-label={article.headline}>
              <HeadingLines lines={lines('headline')} />
            </a>
          ) : (
            <HeadingLines lines={lines('headline')} />
          )}
        </HeadlineTag>
        {layout.part === 1 && article.subheadline && (
          <p className="np-subheadline" style={headingStyle(HEADING_TYPE.subheadline)}>
            <HeadingLines lines={lines('subheadline')} />
          </p>
        )}
        {layout.part === 1 && article.namesLine && (
          <p className="np-names" style={headingStyle(HEADING_TYPE.namesLine)}>
            <HeadingLines lines={lines('namesLine')} />
          </p>
        )}
      </div>
      <div
        className="np-text"
        // Half a line of slack: the column holds its measured lines and never one more, whatever the rounding.
        style={{ '--cols': box.textColumns, '--gutter': roundMm(gutterMm), '--text-h': roundMm((box.linesPerColumn + 0.5) * leadingMm) } as CSSProperties}
      >
        {layout.blocks.map((block, index) =>
          block.figure ? (
            <PrintFigure key={index} figure={block.figure} measure={box} mediaQuery={props.mediaQuery} />
          ) : (
            <PrintBlock key={index} block={block} charsPerLine={box.charsPerLine} href={block.jump ? props.jumpHref : undefined} />
          ),
        )}
      </div>
      {layout.overflows && props.overflowLabel && (
        <p className="np-overflow" data-testid="overflow-marker">
          {props.overflowLabel} {fitLabel(layout.over)}
        </p>
      )}
    </article>
  );
}
