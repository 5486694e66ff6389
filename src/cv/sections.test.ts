import { describe, expect, it } from 'vitest';
import { classifyHeading, findSections } from './sections.js';
import type { CvLine } from './types.js';

function line(text: string, style: Partial<CvLine> = {}): CvLine {
  return { text, segments: text.split('\t'), page: 1, ...style };
}

const body = { size: 10, style: 'Body@10' };
const head = { size: 14, bold: true, style: 'Bold@14' };

describe('cv/sections', () => {
  it.each([
    ['Work Experience', 'experience'],
    ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Berufserfahrung', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Technical Skills', 'skills'],
    ['Skills and Awards', 'skills'],
    ['Programming Languages', 'skills'],
    ['Honors & Awards', 'awards'],
    ['Volunteer Experience', 'volunteer'],
    ['Research Experience', 'research'],
    ['On Campus Involvement', 'activities'],
    ['Referees', 'references'],
    ['Invited Talks', 'talks'],
    ['Objective', 'summary'],
    ['Formación', 'education'],
    ['PROJECT', 'projects'],
    ['FORMATIONS', 'education'],
    ['Schulbildung', 'education'],
    ['Berufsausbildung', 'education'],
    ['Sprachkenntnisse', 'languages'],
    ['IT-Kenntnisse', 'skills'],
    ['Persönliche Daten', 'links'],
    ['PERSONAL INFORMATION', 'links'],
    ['Tecnologías', 'skills'],
    ['Investigación', 'research'],
    ['Zertifizierungen', 'certifications'],
    ['Contacto', 'links'],
  ])('classifies "%s" as %s', (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it('does not take a sentence for a heading', () => {
    expect(classifyHeading('Led a team of engineers building the experience of millions of people')).toBeUndefined();
  });

  it('finds styled headings, an unheaded opening summary, and headings styled like known ones', () => {
    const lines = [
      line('Alice Martin', { size: 24 }),
      line('Data scientist with a taste for production systems and for measuring', body),
      line('what matters, who ships models that stay useful after launch day.', body),
      line('Experience', head),
      line('Experience with Python at scale', body),
      line('A Day Of My Life', head),
      line('Sleep', body),
      line('Skills', head),
      line('Python, SQL', body),
    ];

    const sections = findSections(lines);

    expect(sections.map((s) => [s.kind, s.heading, s.start, s.end])).toEqual([
      ['summary', '', 1, 3],
      ['experience', 'Experience', 3, 5],
      ['other', 'A Day Of My Life', 5, 7],
      ['skills', 'Skills', 7, 9],
    ]);
  });

  it('accepts a bare vocabulary line as a heading in unstyled text and merges sub-headings of one kind', () => {
    const lines = [line('Jane Doe'), line('Summary'), line('Four years of things.'), line('Awards'), line('Awards'), line('Education')];

    const sections = findSections(lines);

    expect(sections.map((s) => s.kind)).toEqual(['summary', 'awards', 'education']);
  });

  it('calls an unknown first section a summary', () => {
    const lines = [line('Jo Bloggs', { size: 20 }), line('Welcome To My CV', head), line('Text', body), line('Education', head), line('Experience', head)];

    expect(findSections(lines).map((s) => s.kind)).toEqual(['summary', 'education', 'experience']);
  });

  it('does not take a body-styled label or a bold entry title for a heading once headings have a style of their own', () => {
    const big = { size: 17, style: 'Regular@17' };
    const lines = [
      line('Jan Kuster', { size: 29 }),
      line('RESEARCH PROJECTS', big),
      line('OpenQDA', { size: 10, bold: true, style: 'Bold@10' }),
      line('Built the frontend with Vue and Vite for qualitative data analysis', body),
      line('Publications:', body),
      line('Kuster, J. (2024). Software for low literacy. Zenodo.', body),
      line('Project Management Simulation Training', { size: 10, bold: true, style: 'Bold@10' }),
      line('Performed a two-day project simulation from a management perspective', body),
      line('EDUCATION', big),
      line('University of Bremen', body),
    ];

    expect(findSections(lines).map((s) => [s.kind, s.heading])).toEqual([
      ['research', 'RESEARCH PROJECTS'],
      ['education', 'EDUCATION'],
    ]);
  });

  it('reads a heading in a label column beside the first entry of its section', () => {
    const lines = [
      line('John Doe', { size: 28 }),
      line('EDUCATION\tFirst American University, Springfield', { size: 10, bold: true }),
      line('Ph.D. in Geophysical Engineering\tDec 2009 – Jul 2014', body),
      line('SKILLS\tMATLAB, R, Tableau, Microsoft Excel', { size: 10, bold: true }),
    ];

    expect(findSections(lines).map((s) => [s.kind, s.heading, s.start])).toEqual([
      ['education', 'EDUCATION', 1],
      ['skills', 'SKILLS', 3],
    ]);
  });

  it('reads a paragraph after the contact block as a summary, and an address line as no paragraph', () => {
    const europass = [
      line('PERSONAL INFORMATION', head),
      line('David Barbosa Maia', body),
      line('+351 913 387 023', body),
      line('I love learning and programming using nothing but the command line, tmux and vim,', body),
      line('and I am passionate about the craft of software development and clean code.', body),
      line('WORK EXPERIENCE', head),
      line('Unbabel', body),
    ];
    const moderncv = [
      line('John Doe', { size: 25 }),
      line('street and number -- postcode city -- country', body),
      line('+1 (234) 567 890 • +2 (345) 678 901 • +3 (456) 789 012', body),
      line('Education', head),
      line('Degree, Institution, City, Grade.', body),
    ];

    expect(findSections(europass).map((s) => [s.kind, s.start, s.end])).toEqual([
      ['links', 0, 3],
      ['summary', 3, 5],
      ['experience', 5, 7],
    ]);
    expect(findSections(moderncv).map((s) => s.kind)).toEqual(['education']);
  });

  it('does not take "Accomplishments:" inside an entry for a heading once the headings have their own style', () => {
    const caps = { size: 14.5, style: 'SmallCaps@14.5' };
    const label = { size: 10, bold: true, style: 'Bold@10' };
    const lines = [
      line('Dongpo Liu', { size: 25 }),
      line('Education', caps),
      line('Software Engineering Bachelor’s Degree', body),
      line('Work Experience', caps),
      line('PingCAP Inc. - Database Kernel R&D\tAugust 2023 – Present', body),
      line('Responsibilities:', label),
      line('• Designed and maintained the optimizer of the distributed database.', body),
      line('Accomplishments:', label),
      line('• Optimized the update of statistics for millions of tables.', body),
      line('Open Source Projects', caps),
    ];

    expect(findSections(lines).map((s) => s.kind)).toEqual(['education', 'experience', 'projects']);
  });
});
