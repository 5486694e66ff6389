// Case-sensitive skill names in a CV: an alias the lexicon writes in lower
// case ("helm charts", "microsoft azure") is found in its capitalised
// spelling, never as the ordinary lower-case word (real-people review: "a
// RAG system using Helm charts" in a dated role read as Helm "skills list only").
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';
import { readCvDocument } from './load.js';
import { caseFits } from './skill-case.js';

async function claimsOf(text: string) {
  return extractClaims(await readCvDocument(new TextEncoder().encode(text), 'cv.txt'), new Date(Date.UTC(2026, 10, 1))).skills;
}

describe('cv/skill case', () => {
  it('reads a lower-case alias in its capitalised spelling, in a dated role', async () => {
    const skills = await claimsOf('Jane Doe\njane@example.com\n\nExperience\nMLOps Engineer Intern, Acme\nJan 2024 – Present\n- Deployed a RAG system using Helm charts on Microsoft Azure.\n');
    const helm = skills.find((s) => s.id === 'helm');
    expect(helm?.context).toBe('role');
    expect(skills.some((s) => s.id === 'azure')).toBe(true);
  });

  it('never reads the ordinary word', async () => {
    const skills = await claimsOf('Jane Doe\njane@example.com\n\nSummary\nI took the helm of a small team and shipped models.\n');
    expect(skills.some((s) => s.id === 'helm')).toBe(false);
  });

  it('judges a cased name by its first word, and a lower-case alias by its first letter', () => {
    const cased = (text: string) => ({ cased: true, text });
    expect(caseFits(cased('helm charts'), 'Helm charts')).toBe(true);
    expect(caseFits(cased('helm charts'), 'Helm Charts')).toBe(true);
    expect(caseFits(cased('helm charts'), 'helm charts')).toBe(true);
    expect(caseFits(cased('Helm'), 'helm')).toBe(false);
    expect(caseFits(cased('Express'), 'express')).toBe(false);
    expect(caseFits(cased('Envoy Proxy'), 'Envoy proxy')).toBe(true);
    expect(caseFits(cased('Envoy Proxy'), 'envoy proxy')).toBe(false);
  });
});
