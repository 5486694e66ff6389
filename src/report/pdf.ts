// PDF export: the HTML report printed by the system Chromium through
// playwright-core (stack.md). JavaScript is off and every request is refused,
// so the page can only show what the self-contained HTML already holds.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../util/errors.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfOptions {
  executablePath?: string;
  /** Milliseconds before giving up (launch and print). */
  timeoutMs?: number;
}

/**
 * Prints a report's HTML (report/html-page.ts) to PDF bytes: A4, CSS
 * backgrounds printed, JavaScript off, every request refused. The one PDF path
 * for every report. Throws UserError when Chromium is not installed.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new UserError(`PDF export needs Chromium at ${executablePath} (Debian: apt-get install chromium); use --format html instead`, 'E_NO_CHROMIUM');
  }
  const { chromium } = await import('playwright-core');
  // A fresh profile each time: no state shared between reports or with a user's browser.
  const profile = await mkdtemp(join(tmpdir(), 'evident-chromium-'));
  const timeout = options.timeoutMs ?? 60_000;
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: false,
      offline: true,
      timeout,
    });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(html, { waitUntil: 'load', timeout });
      return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
