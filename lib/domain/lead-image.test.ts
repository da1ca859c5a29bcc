import { describe, expect, it } from 'vitest';
import { leadImage } from './lead-image';

const figure = (attrs: Record<string, unknown>) => ({ type: 'figure', attrs });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('leadImage', () => {
  it('takes the first figure with an image, in document order, as its JPEG of at most 960 px', () => {
    const body = {
      type: 'doc',
      content: [
        paragraph('导语'),
        figure({ mediaId: 'abcdefgh1', width: 1600, height: 1000, caption: '第一张' }),
        figure({ mediaId: 'abcdefgh2', width: 800, height: 600, caption: '第二张' }),
      ],
    };
    expect(leadImage(body)).toEqual({ path: '/media/abcdefgh1/960.jpg', width: 960, height: 600, alt: '第一张' });
  });

  it('keeps a narrow photo at its own width', () => {
    expect(leadImage({ type: 'doc', content: [figure({ mediaId: 'abcdefgh3', width: 640, height: 480, caption: '' })] })).toEqual({
      path: '/media/abcdefgh3/640.jpg',
      width: 640,
      height: 480,
      alt: '',
    });
  });

  it('skips figures without a usable image, and finds one nested deeper', () => {
    const body = {
      type: 'doc',
      content: [
        figure({ mediaId: null, width: 1600 }),
        figure({ mediaId: '../../etc/passwd', width: 1600, height: 900 }),
        figure({ mediaId: 'abcdefgh4' }),
        { type: 'blockquote', content: [figure({ mediaId: 'abcdefgh5', width: 960, height: 540, caption: '引用里的图' })] },
      ],
    };
    expect(leadImage(body)?.path).toBe('/media/abcdefgh5/960.jpg');
  });

  it('answers null for a story without photos and for anything that is not a document', () => {
    expect(leadImage({ type: 'doc', content: [paragraph('只有文字')] })).toBeNull();
    for (const body of [null, undefined, 'doc', 42, { content: 'x' }]) expect(leadImage(body)).toBeNull();
  });
});
