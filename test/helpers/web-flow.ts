// Steps of the browser tests, as a user does them through the web app's
// labels and buttons, and a check run on every page: axe-core (no serious or
// critical violation), no CSP report or script error, and, when
// EVIDENT_SCREENSHOTS names a folder, screenshots at 1280×800 and 390×844.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './web-app.js';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.EVIDENT_SCREENSHOTS;

/** Collects console errors and uncaught exceptions (a CSP refusal shows up as a console error). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (403|404|409)/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Every page the tests visit passes through here: accessibility, then the screenshots. */
export async function checkPage(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 10_000 }).toBe(0);
  const violations = await axeViolations(page);
  expect(violations, `axe on ${name}`).toEqual([]);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    const viewport = page.viewportSize() ?? DESKTOP;
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: options.fullPage ?? false });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: false });
    await page.setViewportSize(viewport);
  }
  return violations.map((v) => v.id);
}

/** Follows a link of the main navigation. */
export async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** With EVIDENT_SCREENSHOTS: one part of the page at desktop width (a question card, the evidence). */
export async function shootPart(page: Page, selector: string, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  // The sticky bars would cover the part: let them scroll away while it is taken.
  const setSticky = (on: boolean) =>
    page.evaluate(`document.querySelectorAll('.topbar, .sticky-actions').forEach((e) => { e.style.position = '${on ? '' : 'static'}'; })`);
  await setSticky(false);
  await page.locator(selector).first().screenshot({ path: join(SHOTS, `${name}.png`) });
  await setSticky(true);
}

export async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await expect.poll(() => page.url()).toContain('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Candidates' }).waitFor();
}

/** Invites someone on the Users page; returns the invitation link shown once. */
export async function invite(page: Page, email: string, name: string): Promise<string> {
  await nav(page, 'Users');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name (optional)').fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption('interviewer');
  await page.getByRole('button', { name: 'Invite' }).click();
  const link = page.locator('.invite-link');
  await link.waitFor();
  await page.getByRole('cell', { name: email, exact: true }).waitFor();
  return (await link.textContent()) ?? '';
}

/** Opens the invitation link, sets the password, and lands on My interviews; `check` runs on the invitation page. */
export async function acceptInvite(page: Page, link: string, password: string, check?: () => Promise<unknown>): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Join your team on Evident' }).waitFor();
  await check?.();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My interviews' }).waitFor();
}

/** Fills every rating of the scorecard form with `rating` and a note, then the recommendation. */
export async function fillScorecard(page: Page, rating: 1 | 2 | 3 | 4, note: string, recommendation: 'Strong no' | 'No' | 'Yes' | 'Strong yes'): Promise<number> {
  const ratings = page.locator('fieldset.rating');
  // The form renders after its kit, scorecards and draft load: count its ratings only once it is there.
  await ratings.first().waitFor();
  const count = await ratings.count();
  for (let i = 0; i < count; i++) {
    const field = ratings.nth(i);
    await field.locator(`input[type="radio"][value="${rating}"]`).check();
    await field.locator('textarea').fill(`${note} (${i + 1})`);
  }
  await page.getByRole('radio', { name: recommendation, exact: true }).check();
  return count;
}

/** GET an API path from inside the page (its session cookie); the status. */
export function apiStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(async (p) => (await fetch(p, { credentials: 'same-origin' })).status, path);
}
