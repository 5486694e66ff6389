// PDF through a headless Chromium (playwright-core + the system chromium),
// only when both are present: shared/stack.md › browser tests, PDF export.
import { existsSync } from 'node:fs';
import { UserError } from '../util/errors.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The part of playwright-core used here (it is an optional dependency). */
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; args: string[] }): Promise<{
      newPage(): Promise<{ setContent(html: string): Promise<void>; pdf(options: object): Promise<Uint8Array> }>;
      close(): Promise<void>;
    }>;
  };
}

async function loadPlaywright(): Promise<Playwright | undefined> {
  // A variable specifier keeps the type checker and bundlers from requiring the package.
  const name = 'playwright-core';
  try {
    return (await import(name)) as Playwright;
  } catch {
    return undefined;
  }
}

/** Prints self-contained HTML to an A4 PDF. */
export async function renderPdf(html: string, executable = CHROMIUM): Promise<Uint8Array> {
  const playwright = existsSync(executable) ? await loadPlaywright() : undefined;
  if (!playwright) throw new UserError(`PDF needs Chromium and playwright-core (${executable} and the npm package); use --format html and print it instead`, 'E_PDF');
  const browser = await playwright.chromium.launch({ executablePath: executable, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}
