import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentFor } from '../../test/helpers/interview.js';
import { captureIo } from '../cli/io.js';
import { run } from '../cli/main.js';
import type { Decision, Kit } from './types.js';

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evident-interview-'));
  await writeFile(join(dir, 'alice.json'), JSON.stringify(assessmentFor('mlops')));
  await mkdir(join(dir, 'cards'));
  return dir;
}

describe('interview/cli', () => {
  it('kit → scorecard-template → decide, end to end', async () => {
    const dir = await workspace();

    expect(await run(['kit', '--template', 'mlops-engineer', '--assessment', 'alice.json', '--format', 'json', '--out', 'kit.json'], captureIo(dir))).toBe(0);
    const md = captureIo(dir);
    expect(await run(['kit', '--template', 'mlops-engineer', '--assessment', 'alice.json'], md)).toBe(0);
    const template = captureIo(dir);
    expect(await run(['scorecard-template', '--kit', 'kit.json', '--round', '1'], template)).toBe(0);
    const filled = template
      .stdout()
      .replace('interviewer: ""', 'interviewer: Dana')
      .replace('rating:\n    note: ""', 'rating: 3\n    note: "Walked through the serving code in detail."')
      .replace('recommendation:', 'recommendation: yes');
    await writeFile(join(dir, 'cards', 'dana.yaml'), filled);
    const out = captureIo(dir);
    expect(await run(['decide', '--kit', 'kit.json', '--scorecards', 'cards', '--format', 'json'], out)).toBe(0);

    const kit = JSON.parse(await readFile(join(dir, 'kit.json'), 'utf8')) as Kit;
    expect(md.stdout()).toMatch(/^# Interview kit: MLOps engineer, mlops\n/);
    const decision = JSON.parse(out.stdout()) as Decision;
    expect(decision.kit).toBe(kit.id);
    expect(decision.scorecards).toEqual([{ round: 1, interviewer: 'Dana', recommendation: 'yes', file: 'cards/dana.yaml' }]);
    expect(decision.missingRounds.map((r) => r.number)).toEqual([2, 3]);
    expect(decision.recommendation.provisional).toBe(true);
  });

  it('rejects a bad scorecard with exit 2 and one line naming file, line and field', async () => {
    const dir = await workspace();
    await run(['kit', '--template', 'mlops-engineer', '--assessment', 'alice.json', '--format', 'json', '--out', 'kit.json'], captureIo(dir));
    const kit = JSON.parse(await readFile(join(dir, 'kit.json'), 'utf8')) as Kit;
    const first = kit.rounds[0].questions[0].id;
    await writeFile(join(dir, 'bad.yaml'), `kit: ${kit.id}\nround: 1\ninterviewer: Lee\nquestions:\n  ${first}:\n    rating: 7\n    note: great\nrecommendation: yes\n`);
    const io = captureIo(dir);

    expect(await run(['decide', '--kit', 'kit.json', '--scorecards', 'bad.yaml'], io)).toBe(2);
    expect(io.stderr()).toBe(`evident: bad.yaml:6: questions.${first}.rating: rating must be 1–4\n`);
  });

  it.each([
    [['kit', '--template', 'mlops-engineer', '--role', 'r.yaml', '--assessment', 'alice.json'], 'evident: give at most one of --role or --template\n'],
    [['kit', '--template', 'mlops-engineer', '--assessment', 'alice.json', '--format', 'pdf'], 'evident: --format pdf needs --out FILE\n'],
    [['kit', '--template', 'mlops-engineer', '--assessment', 'alice.json', '--format', 'docx'], 'evident: unknown --format docx (md, html, json, pdf)\n'],
    [['kit', '--template', 'mlops-engineer', '--assessment', 'nobody.json'], 'evident: cannot read assessment nobody.json\n'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const io = captureIo(await workspace());

    expect(await run(argv, io)).toBe(2);
    expect(io.stderr()).toBe(message);
  });

  it('names the field of an assessment file that is not an assessment', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'scan.json'), '{\n  "schemaVersion": "1.0",\n  "repositories": []\n}\n');
    const io = captureIo(dir);

    expect(await run(['kit', '--template', 'mlops-engineer', '--assessment', 'scan.json'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^evident: scan\.json:1: candidate: /);
  });
});
