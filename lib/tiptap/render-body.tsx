// Stored bodies to React on the server, through the shared schema. Figures get
// their own component so the image carries real srcSet/sizes props; everything
// else is rendered from the extensions' renderHTML.
import type { ReactNode } from 'react';
import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import type { BodyDoc } from './body';
import { bodyExtensions } from './extensions';
import { figureImage, safeFigureAttrs } from './figure';
import { withoutComments } from './comment-mark';

/** `lead`: the story's first photo, likely the largest thing in view: fetched at once, not lazily. */
export function StoryFigure({ attrs: raw, lead = false }: { attrs: Record<string, unknown>; lead?: boolean }) {
  const attrs = safeFigureAttrs(raw);
  const image = figureImage(attrs);
  return (
    <figure className="story-figure" data-media-id={attrs.mediaId ?? undefined}>
      {image ? (
        <picture>
          <source type="image/webp" srcSet={image.webpSrcSet} sizes={image.sizes} />
          <img src={image.src} srcSet={image.jpegSrcSet} sizes={image.sizes} alt={image.alt} width={image.width} height={image.height} loading={lead ? 'eager' : 'lazy'} fetchPriority={lead ? 'high' : undefined} decoding="async" />
        </picture>
      ) : (
        <span className="figure-missing" />
      )}
      {(attrs.caption || attrs.credit) && (
        <figcaption>
          {attrs.caption && <span className="figure-caption">{attrs.caption}</span>}
          {attrs.credit && <span className="figure-credit">{attrs.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** A validated body (see parseBody) as React elements. Editorial comments (批注) are the newsroom's own and never rendered. */
export function renderBody(doc: BodyDoc): ReactNode {
  // Nodes are mapped in document order: the first figure met is the story's first photo.
  let figures = 0;
  return renderToReactElement({
    content: withoutComments(doc),
    extensions: bodyExtensions,
    options: {
      nodeMapping: {
        figure: ({ node }) => <StoryFigure attrs={node.attrs} lead={figures++ === 0} />,
      },
    },
  });
}
