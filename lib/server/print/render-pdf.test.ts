// The PDF export's limit: Chromium is faked, so the test counts how many prints run at once.
import { describe, expect, it, vi } from 'vitest';

const gates: (() => void)[] = [];
let printing = 0;
let most = 0;
vi.mock('playwright-core', () => {
  const page = {
    goto: async () => ({ ok: () => true, status: () => 200 }),
    evaluate: async () => undefined,
    pdf: async () => {
      printing += 1;
      most = Math.max(most, printing);
      await new Promise<void>((done) => gates.push(done));
      printing -= 1;
      return Buffer.from('%PDF-1.7');
    },
  };
  const browser = { on: () => undefined, newContext: async () => ({ newPage: async () => page, close: async () => undefined }) };
  return { chromium: { launch: async () => browser } };
});
const { PDF_LIMITS, PdfBusyError, renderPdf } = await import('./render-pdf');

const flush = () => new Promise((done) => setTimeout(done, 10));

describe('renderPdf', () => {
  it('prints at most two at once, queues a few, and refuses the rest at once', async () => {
    expect(PDF_LIMITS.concurrency).toBe(2);
    const accepted = PDF_LIMITS.concurrency + PDF_LIMITS.maxQueue;
    const exports = Array.from({ length: accepted }, (_, index) => renderPdf({ url: `http://127.0.0.1/print/${index}`, widthMm: 350, heightMm: 500 }));
    await flush();
    expect(printing).toBe(2);
    await expect(renderPdf({ url: 'http://127.0.0.1/print/one-too-many', widthMm: 350, heightMm: 500 })).rejects.toBeInstanceOf(PdfBusyError);

    // As prints finish, the waiting ones go, never more than two at once.
    while (gates.length) {
      gates.shift()!();
      await flush();
    }
    const pdfs = await Promise.all(exports);
    expect(pdfs).toHaveLength(accepted);
    expect(most).toBe(2);
  });
});
