import { describe, expect, it } from 'vitest';
import { findSkills, matchSkills } from './skills.js';
import type { CvLine, SectionKind } from './types.js';

function doc(entries: [SectionKind | 'header', string][]): { lines: CvLine[]; where: (SectionKind | 'header')[] } {
  return {
    lines: entries.map(([, text]) => ({ text, segments: [text], page: 1 })),
    where: entries.map(([w]) => w),
  };
}

function ids(entries: [SectionKind | 'header', string][]): string[] {
  const { lines, where } = doc(entries);
  return findSkills(lines, where).map((s) => s.id);
}

describe('cv/skills', () => {
  it('finds aliases and canonical names with word boundaries', () => {
    const hits = matchSkills('Used sklearn, scikit learn and C++ with Node.js; not nodejs-like "pythonic" code');

    expect(hits.map((h) => h.entry.id)).toEqual(['scikit-learn', 'scikit-learn', 'c++', 'node.js', 'node.js']);
  });

  it('counts names that are ordinary words only in a list beside other skills', () => {
    const found = ids([
      ['experience', 'Built a fraud pipeline using Kafka and Go, reducing losses.'],
      ['experience', 'Ready to go the extra mile; Go teams meet weekly.'],
      ['summary', 'Analysed data in Python, R and SQL.'],
    ]);

    expect(found).toEqual(['kafka', 'go', 'python', 'r', 'sql']);
  });

  it('takes every listed name in a skills section, and skills-only names nowhere else', () => {
    const found = ids([
      ['skills', 'Social media: Facebook, Twitter'],
      ['skills', 'Go • Rust • Excel'],
      ['experience', 'Worked at Facebook on Spark jobs with Python'],
    ]);

    expect(found).toEqual(['facebook', 'twitter', 'go', 'rust', 'excel', 'python']);
  });

  it('matches case-sensitive names only as written or in capitals', () => {
    expect(ids([['skills', 'react, HELM, Helm']])).toEqual(['helm']);
  });

  it('joins a name broken across wrapped lines of one paragraph', () => {
    const lines: CvLine[] = [
      { text: 'Experiments with Claude', segments: ['Experiments with Claude'], page: 1, style: 'Body@9' },
      { text: 'Code-powered workflows', segments: ['Code-powered workflows'], page: 1, style: 'Body@9' },
    ];

    const found = findSkills(lines, ['summary', 'summary']).map((s) => s.id);

    expect(found).toEqual(['claude-code']);
  });

  it('skips education, publications and references, and organisations named like tools', () => {
    const found = ids([
      ['education', 'BSc thesis in TensorFlow'],
      ['publications', 'A PyTorch library for graphs'],
      ['certifications', 'Certified Kubernetes Administrator, The Linux Foundation'],
      ['certifications', 'HashiCorp Certified: Vault Associate'],
    ]);

    expect(found).toEqual(['kubernetes', 'vault']);
  });

  it('records where and how often a skill is named', () => {
    const { lines, where } = doc([
      ['skills', 'Python, Docker'],
      ['experience', 'Shipped Docker images'],
    ]);

    const docker = findSkills(lines, where).find((s) => s.id === 'docker');

    expect(docker).toMatchObject({ where: ['skills', 'experience'], mentions: 2, line: 0, tool: true });
  });

  it('reads programming languages listed under "Languages", and a German or Spanish skills label', () => {
    const found = ids([
      ['languages', 'English (C1), German (native)'],
      ['languages', 'Python, Java, C++'],
      ['experience', 'Programmiersprachen: C, Python, Go'],
      ['projects', 'Herramientas: R, Git'],
    ]);

    expect(found).toEqual(['python', 'java', 'c++', 'c', 'go', 'r', 'git']);
  });

  it('counts a language named with "dependencies" or "packages" after it in a list', () => {
    expect(ids([['experience', 'Analytics environment on Docker and AWS; standardized the Python and R dependencies.']])).toEqual(['docker', 'aws', 'python', 'r']);
  });

  it('reads no skills from a reference list inside a research section', () => {
    const found = ids([
      ['research', 'Seifried, J., Rausch, A., Siegfried, C., Küster, J. (2016). Problem solving. In K. Beck (Ed.), Go Books.'],
      ['research', 'Built the app with Vue3, Vite and Supabase.'],
    ]);

    expect(found).toEqual(['vue', 'vite', 'supabase']);
  });

  it('does not read JAX in JAX-RS, and counts chat tools only in a skills section', () => {
    expect(ids([['experience', 'Built services in Java 7 with JAX-RS, JAX-WS and JUnit, posting alerts to Slack.']])).toEqual(['java', 'junit']);
    expect(ids([['skills', 'Tools: Slack, Trello, VS Code']])).toEqual(['slack', 'trello', 'vscode']);
  });

  it('reads a line naming a programming language under "Languages" as a skills list', () => {
    expect(ids([['languages', 'C Programming\tPython'], ['languages', 'English, Tamil']])).toEqual(['c', 'python']);
  });
});
