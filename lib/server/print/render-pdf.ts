import 'server-only';
import { chromium, type Browser } from 'playwright-core';
import { createLimiter } from '@/lib/domain/concurrency-limit';

export { LimiterBusyError as PdfBusyError } from '@/lib/domain/concurrency-limit';

// Each export holds a Chromium page (a renderer process, 100–300 MB) for seconds. On
// two cores, two at once keep the server answering; a few more wait their turn (a
// page editor exporting every page of an issue), and beyond that, or after a minute
// of waiting, an export is refused with PdfBusyError (the route answers 503).
export const PDF_LIMITS = { concurrency: Number(process.env.PDF_CONCURRENCY) || 2, maxQueue: 6, maxWaitMs: 60_000 };
const pdfLimiter = createLimiter(PDF_LIMITS);

// One headless Chromium for the server's lifetime, started on the first
// export: Debian's browser, with the flags the tests use.
let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  browser ??= chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    .then((launched) => {
      launched.on('disconnected', () => (browser = null));
      return launched;
    })
    .catch((error) => {
      browser = null;
      throw error;
    });
  return browser;
}

/** Prints `url` (a page on this server) to PDF at the paper size, with the fonts it uses embedded. */
export function renderPdf(options: { url: string; widthMm: number; heightMm: number }): Promise<Buffer> {
  return pdfLimiter.run(() => print(options));
}

async function print({ url, widthMm, heightMm }: { url: string; widthMm: number; heightMm: number }): Promise<Buffer> {
  const context = await (await launch()).newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!response?.ok()) throw new Error(`print page answered ${response?.status()}`);
    // Photos are in the page from the start, so `load` waits for them; this covers any the
    // browser held back, and a photo that fails prints as its empty box rather than hanging the export.
    await page.evaluate(() =>
      Promise.all([
        document.fonts.ready,
        ...Array.from(document.images, (img) =>
          img.complete
            ? null
            : new Promise((done) => {
                img.addEventListener('load', done, { once: true });
                img.addEventListener('error', done, { once: true });
              }),
        ),
      ]),
    );
    // The print page's own @page size is the paper; Chromium rounds it to 1/300 inch (a few
    // hundredths of a millimetre), closer than it rounds the width and height given here.
    return await page.pdf({
      width: `${widthMm}mm`,
      height: `${heightMm}mm`,
      preferCSSPageSize: true,
      printBackground: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
  } finally {
    await context.close();
  }
}
