// The JSON the CLI writes (docs/scan-schema.md, docs/assessment-schema.md,
// docs/interviews.md) parses with the src/model schemas, every field kept:
// the real pipeline on a fixture repository with git history and a CV.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { parseScorecard } from '../src/interview/scorecard.js';
import { Assessment, CvResult, Decision, Kit, ScanReport, Scorecard } from '../src/model/index.js';
import { ALICE, CANDIDATE_REPO, cvText } from './helpers/candidate.js';
import { buildGitRepo } from './helpers/git.js';

let tree: { root: string; cleanup: () => Promise<void> };
const ALICE_GIT = { name: ALICE.name, email: ALICE.email };
const OTHER_GIT = { name: 'Bo Other', email: 'bo@example.org' };

beforeAll(async () => {
  const shop = Object.fromEntries(Object.entries(CANDIDATE_REPO).map(([path, text]) => [`shop-model/${path}`, text]));
  tree = await buildGitRepo([
    { ...OTHER_GIT, date: '2025-01-10T10:00:00Z', files: { 'alice-cv.md': cvText(ALICE) } },
    { ...ALICE_GIT, date: '2025-03-01T10:00:00Z', files: shop },
  ]);
});

afterAll(async () => {
  await tree.cleanup();
});

async function cli(...argv: string[]): Promise<string> {
  const io = captureIo(tree.root);
  const code = await run(argv, io);
  expect(code, io.stderr()).toBe(0);
  return io.stdout();
}

/** Parses `value` with `schema` and checks nothing was dropped or changed. */
function roundTrip<T>(schema: { parse(v: unknown): T }, value: unknown): T {
  const parsed = schema.parse(value);
  expect(parsed).toEqual(value);
  return parsed;
}

describe('model: the CLI outputs parse with the schemas', () => {
  it('scan --json is a ScanReport, history and authorship included', async () => {
    const json = JSON.parse(await cli('scan', tree.root, '--json', '--candidate-email', ALICE.email));

    const report = roundTrip(ScanReport, json);

    const repo = report.repositories[0];
    expect(repo.history?.available).toBe(true);
    expect(repo.history?.candidate?.commits).toBe(1);
    expect(repo.signals.find((s) => s.id === 'serving_api')?.evidence[0]?.blame?.candidate).toBe(true);
  });

  it('cv --json is a CvResult (with its file schemaVersion)', async () => {
    const { schemaVersion, ...result } = JSON.parse(await cli('cv', 'alice-cv.md', '--json'));

    expect(schemaVersion).toBe('1.0');
    expect(roundTrip(CvResult, result).claims.skills.length).toBeGreaterThan(3);
  });

  it('screen → kit → scorecard → decide: Assessment, Kit, Scorecard and Decision', async () => {
    await cli('screen', '--template', 'mlops-engineer', '--cv', 'alice-cv.md', '--repo', 'shop-model', '--candidate-email', ALICE.email, '--as-of', '2026-11-23', '--format', 'json', '--out', 'alice.json');
    const assessment = roundTrip(Assessment, JSON.parse(await readFile(join(tree.root, 'alice.json'), 'utf8')));
    expect(assessment.claims?.length).toBeGreaterThan(0);
    expect(assessment.competencies.some((c) => c.contributions.some((x) => x.cited.length > 0))).toBe(true);

    await cli('kit', '--template', 'mlops-engineer', '--assessment', 'alice.json', '--format', 'json', '--out', 'kit.json');
    const kit = roundTrip(Kit, JSON.parse(await readFile(join(tree.root, 'kit.json'), 'utf8')));

    const template = await cli('scorecard-template', '--kit', 'kit.json', '--round', '1');
    const filled = template
      .replace('interviewer: ""', 'interviewer: Dana')
      .replace('rating:\n    note: ""', 'rating: 3\n    note: "Walked through the serving code."')
      .replace('recommendation:', 'recommendation: yes');
    await mkdir(join(tree.root, 'cards'), { recursive: true });
    await writeFile(join(tree.root, 'cards', 'dana.yaml'), filled);
    roundTrip(Scorecard, parseScorecard(filled, 'cards/dana.yaml', kit));

    const decision = roundTrip(Decision, JSON.parse(await cli('decide', '--kit', 'kit.json', '--scorecards', 'cards', '--assessment', 'alice.json', '--format', 'json')));
    expect(decision.kit).toBe(kit.id);
  });
});
