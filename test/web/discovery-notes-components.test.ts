// Component-level checks of the web app's discovery list and notes view
// (issues 12, 13), rendered to HTML by React's server renderer: what each
// repository row shows and which boxes are ticked or cannot be, that text
// from the hosts and the CV stays text (never markup, never a link), and that
// a suggestion from the notes offers Accept and Reject only to its author.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DiscoveryRow, DiscoveryView, StoredNotesView } from '../../src/model/index.js';
import { DiscoveryList, DiscoveryProfiles, initialTicks } from '../../web/src/components/discovery-list.js';
import { NotesAnalysisView } from '../../web/src/components/interview-notes.js';

function row(fullName: string, over: Partial<DiscoveryRow>): DiscoveryRow {
  return {
    key: `github:repository:${fullName}`,
    service: 'github',
    kind: 'repository',
    fullName,
    webUrl: `https://github.com/${fullName}`,
    cloneUrl: `https://github.com/${fullName}.git`,
    python: true,
    language: 'Python',
    own: true,
    archived: false,
    empty: false,
    namedOnCv: false,
    claims: [],
    foundVia: ['github.com/alice'],
    chosen: true,
    rank: 1,
    points: 65,
    reason: 'chosen, 1st (65 points): own repository; Python; active 2026-10-01 (within a year)',
    confidence: { level: 'high', why: 'the candidate’s own, on github.com/alice' },
    selectable: true,
    ticked: true,
    added: false,
    ...over,
  };
}

const VIEW: DiscoveryView = {
  cvFileId: null,
  request: {},
  asOf: '2026-11-23',
  maxRepos: 6,
  profiles: [
    { service: 'github', user: 'alice', from: 'cv', url: 'github.com/alice', status: 'ok', found: 3 },
    { service: 'gitlab', user: 'nobody', from: 'option', url: 'gitlab.com/nobody', status: 'not-found', found: 0, message: 'gitlab.com/nobody: no such GitLab user (404)' },
  ],
  repos: [
    row('alice/shop-model', { added: true, description: '<img src=x onerror=alert(1)> demand <a href="https://evil.example">forecasting</a>' }),
    row('acme/feature-store', {
      own: false,
      namedOnCv: true,
      foundVia: ['CV'],
      chosen: true,
      confidence: { level: 'medium', why: 'someone else’s repository named on the CV: only the candidate’s own commits will count' },
      ticked: false,
    }),
    row('alice/empty-one', { chosen: false, rank: undefined, reason: 'not chosen: empty repository: nothing to scan', selectable: false, ticked: false, empty: true }),
  ],
  identity: { emails: [] },
  notes: [],
  createdAt: '2026-11-23T10:00:00.000Z',
  choice: null,
};

const render = (el: ReturnType<typeof createElement>) => renderToStaticMarkup(el);

describe('web: the discovered repositories list', () => {
  it('shows each repository with whose work it is, where it was found and why it was chosen, ticked as given', () => {
    const ticked = initialTicks(VIEW);
    const html = render(createElement(DiscoveryList, { view: VIEW, ticked, onToggle: () => undefined }));

    expect([...ticked]).toEqual(['github:repository:alice/shop-model']);
    const boxes = [...html.matchAll(/<input ([^>]*)>/g)].map((m) => ({ id: /id="([^"]+)"/.exec(m[1])?.[1], checked: /checked=""/.test(m[1]), disabled: /disabled=""/.test(m[1]) }));
    expect(boxes).toEqual([
      { id: 'discovered-github-repository-alice-shop-model', checked: true, disabled: false },
      { id: 'discovered-github-repository-acme-feature-store', checked: false, disabled: false },
      { id: 'discovered-github-repository-alice-empty-one', checked: false, disabled: true },
    ]);
    expect(html).toContain('<label for="discovered-github-repository-alice-shop-model" class="discovery-name">alice/shop-model</label>');
    for (const text of [
      'Likely theirs',
      'Maybe theirs',
      'Will be screened',
      'Chosen by discovery',
      '<span class="discovery-label">Whose work:</span> someone else’s repository named on the CV: only the candidate’s own commits will count.',
      '<span class="discovery-label">Found through:</span> the CV.',
      '<span class="discovery-label">Choice:</span> not chosen: empty repository: nothing to scan (it cannot be screened)',
      'Repositories found (3); the ticked ones are screened',
    ]) {
      expect(html).toContain(text);
    }
    // Hosts' and CV text is text: escaped, and no address becomes a link.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<a[\s>]|<img/);
  });

  it('lists each profile read and what came of it', () => {
    const html = render(createElement(DiscoveryProfiles, { view: VIEW }));

    expect(html).toContain('github.com/alice</span> <span class="dim small">(on the CV)</span>: 3 found');
    expect(html).toContain('gitlab.com/nobody: no such GitLab user (404)');
  });
});

const NOTES: StoredNotesView = {
  interviewerId: 'u1',
  interviewerName: 'Dana',
  round: 3,
  source: 'interview.vtt',
  review: { 'rf-failure-learned': 'rejected' },
  updatedAt: '2026-11-23T10:00:00.000Z',
  analysis: {
    schemaVersion: '1.0',
    kit: 'k',
    candidate: { label: 'Sam', speaker: 'Sam' },
    format: 'vtt',
    speakers: [
      { name: 'Dana', role: 'interviewer', words: 10 },
      { name: 'Sam', role: 'candidate', words: 20 },
    ],
    answers: [
      {
        question: { id: 'rf-degraded-in-production', title: 'A model that degraded in production', round: 3, topics: ['degradation'] },
        askedWith: { text: 'Tell me about a model that degraded.', at: '00:00:01', place: { start: 1 } },
        asked: [],
        said: [{ text: 'Models <b>never</b> degrade.', at: '00:00:06', place: { start: 6 } }],
        words: 3,
        findings: [{ rule: 'no_degradation_example', group: 'degradation', title: 'No real case of degradation', message: 'No real case.', quotes: [{ text: 'Models <b>never</b> degrade.', at: '00:00:06', place: { start: 6 } }] }],
        suggestion: { level: 1, rubric: 'No example.', text: 'consider 1: No example.', because: ['no_degradation_example'] },
      },
    ],
    unmatched: [],
    notAsked: [{ id: 'rf-failure-learned', title: 'A failure and what was learned' }],
    notes: [],
    advisory: 'Suggestions only.',
  },
};

describe('web: the interview notes view', () => {
  it('quotes the sentences behind each finding with where they were said, and the level to consider', () => {
    const html = render(createElement(NotesAnalysisView, { notes: NOTES, onVerdict: () => undefined }));

    expect(html).toContain('<strong>No real case of degradation</strong>');
    expect(html).toContain('<span class="notes-at mono">00:00:06</span> <q>Models &lt;b&gt;never&lt;/b&gt; degrade.</q>');
    expect(html).toContain('<strong>consider 1: No example.</strong>');
    expect(html).toContain('Not asked: A failure and what was learned.');
    expect(html).toContain('aria-label="Accept “consider 1: No example.” for A model that degraded in production"');
    expect(html).not.toContain('<b>');
  });

  it('offers Accept and Reject only to the notes’ author, and shows a verdict given', () => {
    const readOnly = render(createElement(NotesAnalysisView, { notes: { ...NOTES, review: { 'rf-degraded-in-production': 'accepted' } } }));

    expect(readOnly).not.toContain('Accept “');
    expect(readOnly).toContain('>Accepted</span>');
  });
});
