// The team app end to end in Debian's Chromium: the real server on a fresh
// SQLite store, the built web app, three people in three browser contexts.
// An admin signs in, invites two interviewers, creates a role, adds a
// candidate with a CV and an archive, watches the screening finish, reads the
// report, assigns both interviewers; each fills a scorecard (the first after
// analysing her notes and accepting a suggestion; the second cannot see the
// first's ratings before submitting); the decision is recorded and
// exported, and the candidate deleted. axe-core checks every page on the way.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, cvText } from '../helpers/candidate.js';
import { buildDocx, para } from '../helpers/docx.js';
import { buildScreeningInputs, type ScreeningInputs } from '../helpers/screening.js';
import { ADMIN, ensureWebBuilt, launchChromium, startWebApp, type RunningApp } from '../helpers/web-app.js';
import { acceptInvite, apiStatus, checkPage, DESKTOP, fillScorecard, invite, nav, PHONE, shootPart, signIn, watchErrors } from '../helpers/web-flow.js';

const PASSWORD = 'interviewer password 42';
const IVY_NOTE = 'Ivy saw a clear walk-through of the serving code';

/** The Markdown CV of test/helpers/candidate.ts as a DOCX file (headings as Heading1). */
function cvDocx(): Buffer {
  return buildDocx(
    cvText(ALICE)
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (l.startsWith('#') ? { ...para(l.replace(/^#+\s*/, '')), style: 'Heading1' } : para(l.replace(/\*\*/g, '').replace(/^- /, '')))),
  );
}

let app: RunningApp;
let browser: Browser;
let inputs: ScreeningInputs;
const contexts: BrowserContext[] = [];
const errors: string[][] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  // A step's wait, not the test's: in the full run the other test files share the two cores, and one sign-in (a
  // password hash, then the first page) took over 20 s there while it takes 2 s alone.
  page.setDefaultTimeout(60_000);
  errors.push(watchErrors(page));
  return page;
}

beforeAll(async () => {
  await ensureWebBuilt();
  [app, browser, inputs] = await Promise.all([startWebApp(), launchChromium(), buildScreeningInputs()]);
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  await inputs?.cleanup();
});

describe('the team web app in a browser', () => {
  it('takes a candidate from sign-in to an exported decision, then deletes them', async () => {
    const admin = await newPage();
    await admin.goto(`${app.url}/candidates`);
    await admin.getByRole('heading', { name: 'Sign in' }).waitFor();
    await checkPage(admin, 'sign-in');
    await signIn(admin, app.url, ADMIN.email, ADMIN.password);

    // Two interviewers, invited by the admin, join through their links.
    const ivyLink = await invite(admin, 'ivy@example.com', 'Ivy Chen');
    await checkPage(admin, 'users');
    const omarLink = await invite(admin, 'omar@example.com', 'Omar Haddad');
    const ivy = await newPage();
    const omar = await newPage();
    await acceptInvite(ivy, ivyLink, PASSWORD, () => checkPage(ivy, 'invite'));
    await acceptInvite(omar, omarLink, PASSWORD);
    await expect.poll(() => ivy.getByText('Nothing assigned to you').count()).toBe(1);

    // A role from a template; a weight changed with the live preview, then saved.
    await nav(admin, 'Roles');
    await admin.getByRole('link', { name: 'Create the first role' }).click();
    await admin.getByRole('heading', { level: 1, name: 'New role' }).waitFor();
    await admin.getByLabel('Template', { exact: true }).selectOption({ label: 'MLOps engineer' });
    await checkPage(admin, 'role-new');
    await admin.getByRole('button', { name: 'Create role' }).click();
    await admin.getByRole('heading', { level: 1, name: 'MLOps engineer' }).waitFor();
    const roleUrl = admin.url();
    await admin.getByLabel('LLM and generative AI weight').fill('10');
    await admin.getByText('Unsaved changes shown').waitFor();
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Saved.').waitFor();
    await checkPage(admin, 'role-edit');

    // A candidate with a CV and an archive, screened while the page watches.
    await nav(admin, 'Candidates');
    await admin.getByLabel('Name or label').fill('Alice Martin');
    await admin.getByLabel('Emails (optional)').fill(ALICE.email);
    await checkPage(admin, 'candidates');
    await admin.getByRole('button', { name: 'Add candidate' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Alice Martin' }).waitFor();
    const candidateUrl = admin.url();
    const candidateId = candidateUrl.split('/').pop()!;
    await admin.getByLabel('CV', { exact: true }).setInputFiles({ name: 'alice-martin.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: cvDocx() });
    await admin.getByRole('button', { name: 'Upload' }).first().click();
    await admin.getByText('alice-martin.docx').waitFor();
    // Discovery reads the CV's links at once; this CV names no profile, so nothing is proposed.
    await admin.getByText('No profile was read: the CV names none, and none was given.').waitFor();
    await admin.getByLabel('Code archive').setInputFiles({ name: 'shop-model.zip', mimeType: 'application/zip', buffer: inputs.zip });
    await admin.getByRole('button', { name: 'Upload' }).nth(1).click();
    await admin.getByText('shop-model.zip').waitFor();
    await admin.getByRole('button', { name: 'Screen', exact: true }).click();
    await admin.getByText('Screening in progress').waitFor();
    await admin.getByText('Screened.', { exact: false }).waitFor({ timeout: 150_000 });
    await checkPage(admin, 'candidate-overview');

    // The report: fit with coverage, radar, cited source lines, claims vs evidence.
    await admin.getByRole('link', { name: 'Evidence report' }).first().click();
    await admin.getByRole('heading', { name: 'Claims vs evidence' }).waitFor();
    await expect.poll(() => admin.locator('.fit-value').textContent()).toMatch(/^\d+$/);
    expect(await admin.getByText(/the repositories screened speak to \d+% of the role/).count()).toBeGreaterThan(0);
    expect(await admin.locator('svg.radar').count()).toBe(1);
    expect(await admin.locator('pre.snippet code', { hasText: 'from sklearn.ensemble import RandomForestClassifier' }).count()).toBeGreaterThan(0);
    expect(await admin.locator('.citation-path', { hasText: 'src/shop/serve.py' }).count()).toBeGreaterThan(0);
    await checkPage(admin, 'report', { fullPage: true });
    await shootPart(admin, '.evidence-group', 'report-evidence');

    // The kit, and two interviewers assigned to rounds 1 and 2.
    await admin.getByRole('link', { name: 'Interviews', exact: true }).click();
    await admin.getByRole('button', { name: 'Build the interview kit' }).click();
    for (const [round, name] of [[1, 'Ivy Chen'], [2, 'Omar Haddad']] as const) {
      const card = admin.locator('section.card', { has: admin.getByRole('heading', { name: new RegExp(`^Round ${round}:`) }) });
      await card.getByLabel('Add interviewer').selectOption({ label: name });
      await card.getByRole('button', { name: `Add to round ${round}` }).click();
    }
    await admin.getByRole('button', { name: 'Save assignments' }).click();
    await admin.getByText('Assignments saved.').waitFor();
    await checkPage(admin, 'interviews');

    // The role's comparison table ranks her; the filters narrow it.
    await admin.goto(`${roleUrl}/candidates`);
    const row = admin.getByRole('row', { name: /Alice Martin/ });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toMatch(/^(1|—)$/);
    await checkPage(admin, 'compare');
    await admin.getByLabel('Name', { exact: true }).fill('nobody');
    await admin.getByText('No candidate matches').waitFor();
    await admin.getByLabel('Name', { exact: true }).fill('');
    await row.waitFor();

    // The role's preview re-assesses her under an unsaved change; nothing is saved.
    await admin.goto(roleUrl);
    await admin.getByLabel('Framework depth weight').fill('40');
    const previewRow = admin.locator('.preview').getByRole('row', { name: /Alice Martin/ });
    await previewRow.waitFor();
    expect(await previewRow.textContent()).toMatch(/\d+ → \d+/);
    await shootPart(admin, '.split', 'role-preview');
    await admin.getByRole('button', { name: 'Discard' }).click();

    // Ivy: only her candidate, her round, and nothing of the others' before hers is in.
    await ivy.reload();
    await ivy.getByRole('link', { name: 'Alice Martin', exact: true }).waitFor();
    await checkPage(ivy, 'my-interviews');
    await ivy.setViewportSize(PHONE);
    const myLink = ivy.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My interviews' });
    expect(await myLink.isVisible()).toBe(false);
    await ivy.getByRole('button', { name: 'Menu' }).click();
    await myLink.waitFor();
    expect(await ivy.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('true');
    await ivy.setViewportSize(DESKTOP);
    await ivy.getByRole('link', { name: 'Alice Martin', exact: true }).click();
    await ivy.getByRole('heading', { name: /^Round 1:/ }).waitFor();
    expect(await ivy.getByRole('link', { name: 'Interviews', exact: true }).count()).toBe(0);
    // Ivy's notes of the round: the answer matched to the kit's question, the finding quoting her sentence, a level she accepts into the rating.
    type Round = { questions: Array<{ id: string; title: string }>; scorecard: { questions: string[] } };
    const kitRound = await ivy.evaluate(async (p) => (await (await fetch(p, { credentials: 'same-origin' })).json()).kit.rounds[0] as Round, `/api/candidates/${candidateId}/kit`);
    const firstQuestion = kitRound.questions.find((q) => q.id === kitRound.scorecard.questions[0])!;
    const vague = 'I did the usual stuff with best practices and it was really important for the whole team and everyone involved in it.';
    await ivy.getByLabel('Notes or transcript').fill(`Interviewer: ${firstQuestion.title}?\nAlice: ${vague}`);
    await ivy.getByRole('button', { name: 'Analyse the notes' }).click();
    const suggestion = ivy.locator('.notes-suggestion strong');
    await suggestion.waitFor();
    await ivy.locator('.notes-finding', { hasText: 'No concrete specifics' }).getByText(vague).waitFor();
    const level = Number(/^consider (\d)/.exec((await suggestion.textContent()) ?? '')?.[1]);
    await ivy.getByRole('button', { name: /^Accept “consider/ }).click();
    await expect.poll(() => ivy.locator('fieldset.rating').first().locator(`input[type="radio"][value="${level}"]`).isChecked()).toBe(true);
    const rated = await fillScorecard(ivy, 3, IVY_NOTE, 'Yes');
    expect(rated).toBeGreaterThan(0);
    await checkPage(ivy, 'scorecard');
    await shootPart(ivy, '.question-card', 'scorecard-question');
    await ivy.getByRole('button', { name: 'Submit scorecard' }).click();
    await ivy.getByText('Your scorecard is submitted.').waitFor();

    // Omar cannot see Ivy's ratings until he submits: not in the page, 403 from the API.
    await omar.reload();
    await omar.getByRole('link', { name: 'Alice Martin', exact: true }).click();
    await omar.getByText('1 other scorecard is hidden until you submit yours').waitFor();
    expect(await omar.getByText(IVY_NOTE, { exact: false }).count()).toBe(0);
    const ivyId = (await app.store.users.findByEmail('ivy@example.com'))!.id;
    expect(await apiStatus(omar, `/api/candidates/${candidateId}/scorecards/${ivyId}`)).toBe(403);
    await omar.getByRole('link', { name: 'Decision' }).click();
    await omar.getByText('Submit your scorecard first').waitFor();
    await omar.getByRole('link', { name: 'My scorecard' }).click();
    await omar.getByRole('heading', { name: /^Round 2:/ }).waitFor();
    await fillScorecard(omar, 1, 'Omar heard no monitoring story', 'No');
    await omar.getByRole('button', { name: 'Submit scorecard' }).click();
    await omar.getByText('Your scorecard is submitted.').waitFor();
    await omar.getByText(`${IVY_NOTE} (1)`).waitFor();

    // The decision beside the evidence, recorded and exported.
    await admin.goto(`${candidateUrl}/decision`);
    await admin.getByText('Mechanical recommendation').waitFor();
    await admin.getByRole('heading', { name: 'Competencies: interviews beside the evidence' }).waitFor();
    expect(await admin.locator('article.scorecard-view').count()).toBe(2);
    await admin.getByRole('button', { name: 'Record this decision' }).click();
    await admin.getByText(/^Recorded on/).waitFor();
    await checkPage(admin, 'decision', { fullPage: true });
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Export for ATS (JSON)' }).first().click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; scorecards: Array<{ overall_recommendation: string }>; decision: unknown };
    expect(exported.format).toBe('evident-ats-export/1');
    expect(exported.scorecards.map((s) => s.overall_recommendation).sort()).toEqual(['no', 'yes']);
    expect(exported.decision).toBeTruthy();

    await admin.goto(`${roleUrl}/candidates`);
    const [csv] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Shortlist (CSV)' }).click()]);
    expect((await readFile((await csv.path())!, 'utf8')).split('\n')[1]).toContain('Alice Martin');

    await nav(admin, 'Roles');
    await admin.getByRole('link', { name: 'Compare candidates' }).waitFor();
    await checkPage(admin, 'roles');
    await nav(admin, 'Audit log');
    await admin.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await checkPage(admin, 'audit');

    // Deleting her leaves nothing to open, for anyone.
    await admin.goto(candidateUrl);
    await admin.getByRole('button', { name: 'Delete candidate' }).click();
    await admin.getByRole('button', { name: 'Delete permanently' }).click();
    await admin.getByText('No candidate matches').waitFor();
    expect(await apiStatus(admin, `/api/candidates/${candidateId}`)).toBe(404);
    expect(await apiStatus(ivy, `/api/candidates/${candidateId}`)).toBe(404);

    expect(errors.flat()).toEqual([]);
  }, 420_000);
});
