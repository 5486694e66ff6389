// Issue 14, "Interview kits built only on solid findings": no question on a
// finding the assessment marks unknown or partial; each question shows the
// finding it probes; a candidate without ML work is asked about their
// strongest relevant claims; red flags that do not fit are listed with why.
import { describe, expect, it } from 'vitest';
import { assessmentFor, type CandidateKind } from '../../test/helpers/interview.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templateNames, templatePath } from '../assess/role-profile.js';
import type { Assessment, Claim, RedFlagId } from '../assess/types.js';
import { loadQuestionBank } from './bank.js';
import { buildKit } from './kit.js';
import { renderKitMarkdown } from './render-markdown.js';
import type { Kit } from './types.js';

const bank = loadQuestionBank();
const kitOf = (assessment: Assessment, role = 'mlops-engineer') => buildKit({ bank, role: loadRoleFile(templatePath(role)), assessment });
const questions = (kit: Kit) => kit.rounds.flatMap((r) => r.questions);
const ALL_FLAGS: RedFlagId[] = ['notebook_only', 'no_deployment', 'no_tests', 'no_monitoring', 'keyword_cv', 'hidden_text', 'forked_or_copied', 'web_without_ml', 'stale_portfolio'];

/** An assessment where every red flag is raised as a finding, to fill the rounds. */
function everyFlag(role: string): Assessment {
  const a = assessmentFor('notebook', role);
  a.redFlags = ALL_FLAGS.map((id) => ({ id, title: id, severity: 'warning', reason: `the finding behind ${id.replace(/_/g, ' ')}`, evidence: [], probe: `Ask about ${id.replace(/_/g, ' ')}.` }));
  a.unverified = [];
  return a;
}

/** A repository whose history shows most own code came from others, read only in part. */
function forked(partial: boolean): Assessment {
  const a = assessmentFor('mlops');
  // The fixture's scans have no history ("authorship unknown"); this candidate's history was read.
  a.notes = a.notes.filter((n) => !n.startsWith('authorship'));
  a.redFlags.push({ id: 'forked_or_copied', title: 'Forked or copied repositories', severity: 'warning', reason: 'in 1 of 1 repositories most of the own code was added by other identities', evidence: ['fraud-service: 40 of 52 own files first added by others'], probe: 'Ask which parts they wrote themselves and walk through one.' });
  if (partial) a.notes.push('authorship partial in fraud-service (history partial: 3 commits unreadable): what could be read shows most own code came from other identities');
  return a;
}

describe('interview/kit: questions on solid findings only', () => {
  it('shows on every question the finding it probes, in the JSON and in the Markdown', () => {
    const cases: Array<[string, Assessment]> = [];
    for (const role of templateNames()) {
      for (const kind of ['notebook', 'mlops', 'keyword'] as CandidateKind[]) cases.push([`${role} ${kind}`, assessmentFor(kind, role)]);
      cases.push([`${role} every flag`, everyFlag(role)]);
    }

    for (const [name, a] of cases) {
      const kit = kitOf(a, name.split(' ')[0]);
      const md = renderKitMarkdown(kit);
      for (const q of questions(kit)) {
        expect(q.reasons.length, `${name} ${q.id}`).toBeGreaterThan(0);
        for (const r of q.reasons) {
          if (r.kind === 'red-flag') expect(a.redFlags.find((f) => f.id === r.flag)?.reason, `${name} ${q.id}`).toBe(r.finding);
          if (r.kind === 'topic') expect(a.unverified.find((t) => t.id === r.topic)?.reason).toBe(r.finding);
          if (r.kind === 'claim') expect(a.claims?.some((c) => c.skill === r.tool && c.rung === 'none')).toBe(true);
          if (r.kind === 'evidence') expect(a.competencies.some((c) => c.contributions.some((x) => x.author === 'candidate' && x.evidence.includes(r.location)))).toBe(true);
          if (r.kind === 'red-flag' || r.kind === 'topic') expect(md).toContain(r.finding);
        }
      }
    }
  });

  it('a question that probes two flags names both findings (hidden text beside a keyword CV)', () => {
    const kit = kitOf(everyFlag('applied-ml-engineer'), 'applied-ml-engineer');

    const probe = questions(kit).find((q) => q.id === 'rf-keyword-claims');
    expect(probe?.reasons.map((r) => (r.kind === 'red-flag' ? r.flag : r.kind))).toEqual(['keyword_cv', 'hidden_text']);
    expect(kit.notes.some((n) => n.startsWith('Red flag hidden_text'))).toBe(false);
  });

  it('asks how hidden words got into the CV only when hidden text was found (a keyword CV alone does not)', () => {
    const flag = (id: RedFlagId) => ({ id, title: id, severity: 'warning' as const, reason: `the finding behind ${id}`, evidence: [], probe: `Ask about ${id}.` });
    const keyword = assessmentFor('keyword', 'applied-ml-engineer');
    keyword.redFlags = [flag('keyword_cv')];
    const hidden = assessmentFor('keyword', 'applied-ml-engineer');
    hidden.redFlags = [flag('keyword_cv'), flag('hidden_text')];
    const probe = (a: Assessment) => questions(kitOf(a, 'applied-ml-engineer')).find((q) => q.bankId === 'rf-keyword-claims');

    const plain = probe(keyword);
    expect(plain).toBeDefined();
    expect([...(plain?.followUps ?? []), ...(plain?.redFlagAnswers ?? []), ...(plain?.listenFor ?? [])].join(' ')).not.toMatch(/hidden|invisible/i);
    expect(renderKitMarkdown(kitOf(keyword, 'applied-ml-engineer'))).not.toMatch(/invisible when printed/);
    expect(probe(hidden)?.followUps).toContain('Some words in your CV file are invisible when printed. How did they get there?');
    expect(probe(hidden)?.redFlagAnswers).toContain('Evasive about hidden keywords');
  });

  it('asks about a forked repository only when its history was read in full', () => {
    const solid = kitOf(forked(false));
    const partial = kitOf(forked(true));
    const probes = (kit: Kit) => questions(kit).filter((q) => q.reasons.some((r) => r.kind === 'red-flag' && r.flag === 'forked_or_copied'));

    expect(probes(solid).map((q) => q.id)).toEqual(['rf-forked-code']);
    expect(probes(partial)).toEqual([]);
    expect(partial.notes).toContain(
      'Red flag forked_or_copied (in 1 of 1 repositories most of the own code was added by other identities) is not asked as a finding: the assessment marks authorship partial or unknown in fraud-service. Ask neutrally: Ask which parts they wrote themselves and walk through one.',
    );
  });

  it('asks a candidate without ML work about their strongest relevant claims first, and presumes no model of theirs', () => {
    // An observability engineer: their own SDK's tracing and tests in public, observability tools named in dated roles.
    const mine = { blame: { candidate: true } };
    const scans = [fakeScan('obs-sdk', { observability: { ...mine, location: 'sdk/trace.py:10' }, tests: { ...mine, location: 'tests/test_trace.py:4' }, ci: { ...mine, location: '.github/workflows/ci.yml:3' }, python_package: { ...mine, location: 'pyproject.toml:1' } })];
    const claims: Claim[] = [
      { skill: 'pytorch', rung: 'none', context: 'list', evidence: [] },
      { skill: 'prometheus', rung: 'none', context: 'role', evidence: [] },
      { skill: 'grafana', rung: 'none', context: 'role', evidence: [] },
    ];
    const areas = claims.map((c) => ({ skill: c.skill, category: c.skill === 'pytorch' ? ('deep-learning' as const) : ('mlops' as const), context: c.context ?? 'list' }));
    const a = assessCandidate({ label: 'obs', scans, role: loadRoleFile(templatePath('mlops-engineer')), cv: { claims, unclaimed: [], hiddenWords: [], areas }, asOf: '2026-11-23' });

    const kit = kitOf(a);
    const tailored = questions(kit).filter((q) => !q.core);

    expect(kit.rounds[0].questions.slice(0, 2).map((q) => q.id)).toEqual(['mlops-claim-probe@prometheus', 'mlops-claim-probe@grafana']);
    expect(kit.rounds[0].questions[0].title).toBe('A claimed observability tool without evidence: Prometheus');
    expect(tailored.some((q) => q.reasons.some((r) => r.kind === 'evidence' && r.signal === 'observability'))).toBe(true);
    // Questions on their own evidence and their observability claims (a PyTorch probe may well ask about models).
    for (const q of tailored.filter((x) => x.reasons.some((r) => r.kind === 'evidence' || (r.kind === 'claim' && r.tool !== 'pytorch')))) {
      expect(q.prompt, q.id).not.toMatch(/\b(?:a|the|your) model\b|model's|prediction/i);
    }
  });

  it('speaks of the repositories it looked at, never of all their public repositories (discovery may be off)', () => {
    // A probe that states what the repositories show (stale, web code without ML) speaks only of those screened.
    for (const id of ['stale_portfolio', 'web_without_ml'] as RedFlagId[]) {
      const a = assessmentFor('notebook', 'applied-ml-engineer');
      a.redFlags = [{ id, title: id, severity: 'warning', reason: `the finding behind ${id}`, evidence: [], probe: `Ask about ${id}.` }];
      const probes = questions(kitOf(a, 'applied-ml-engineer')).filter((q) => q.reasons.some((r) => r.kind === 'red-flag' && r.flag === id));
      expect(probes.length, id).toBeGreaterThan(0);
      for (const q of probes) {
        expect(q.prompt, q.id).toMatch(/the repositories we looked at/i);
        expect(q.prompt, q.id).not.toMatch(/\byour (?:public )?repositories\b/i);
      }
    }
  });

  it('lists the red flags no question reaches, each with why: out of time, or no question for this role', () => {
    const full = kitOf(everyFlag('mlops-engineer'));
    const web = kitOf(everyFlag('python-web-developer'), 'python-web-developer');
    const unasked = (kit: Kit) => kit.notes.filter((n) => n.startsWith('Red flag '));

    expect(unasked(full).length).toBeGreaterThan(0);
    for (const note of unasked(full)) expect(note).toMatch(/^Red flag \w+ \(the finding behind [\w ]+\) has no question: its questions did not fit in the time available\. Ask briefly: Ask about [\w ]+\.$/);
    expect(unasked(web)).toContain(
      'Red flag web_without_ml (the finding behind web without ml) has no question: no question on it applies to this role (the bank asks about it only in competencies the role does not weigh). Ask briefly: Ask about web without ml.',
    );
    // Every raised flag is either probed by a question or listed.
    for (const kit of [full, web]) {
      const probed = new Set(questions(kit).flatMap((q) => q.reasons.flatMap((r) => (r.kind === 'red-flag' ? [r.flag] : []))));
      for (const id of ALL_FLAGS) expect(probed.has(id) || unasked(kit).some((n) => n.startsWith(`Red flag ${id} `)), id).toBe(true);
    }
  });
});
