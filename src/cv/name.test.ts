import { describe, expect, it } from 'vitest';
import { findName, isNameShaped } from './name.js';
import type { CvLine } from './types.js';

function line(text: string, size?: number): CvLine {
  return { text, segments: text.split('\t'), page: 1, ...(size ? { size } : {}) };
}

describe('cv/name', () => {
  it('takes the largest name-shaped text at the top, not the address or the title', () => {
    const lines = [line('321 Gotham St', 10), line('Machine Learning Engineer', 17), line('Harvey Dent\thdent@email.com', 25), line('Skills', 14)];

    expect(findName(lines, 3)).toEqual({ name: 'Harvey Dent' });
  });

  it('reads a name from a three-column header row, and title-cases capitals', () => {
    const lines = [line('somewhere, state\tJANE VAN DER BERG\tgithub.com/jane', 24)];

    expect(findName(lines, 1)).toEqual({ name: 'Jane van der Berg' });
  });

  it('reports template text as a placeholder, not a name', () => {
    expect(findName([line('YOUR NAME HERE', 25)], 1)).toEqual({ placeholder: 'Your Name Here' });
  });

  it('drops the document word and the separator after it ("CV // NAME", "Resume - Name")', () => {
    expect(findName([line('CV // MARIA SOUSA', 24), line('Lead ML Engineer', 14)], 2)).toEqual({ name: 'Maria Sousa' });
    expect(findName([line('Resume - Tomas Novak', 24)], 1)).toEqual({ name: 'Tomas Novak' });
  });

  it('prefers the first line when there are no font sizes', () => {
    expect(findName([line('Ivy Haddington'), line('Desktop Support'), line('John Smith')], 3)).toEqual({ name: 'Ivy Haddington' });
  });

  it.each([
    ['Dr. María José Carreño-Quiñones', true],
    ['Data Scientist', false],
    ['New York, NY', false],
    ['alice', false],
    ['Curriculum Vitae', false],
    // An agency's or a firm's page is no person's CV name (real-people review: a report titled "MBX Agency").
    ['MBX Agency', false],
    ['Bright Data Solutions', false],
    ['Nova Labs', false],
    ['Experience', false],
  ])('judges %s as name-shaped: %s', (text, expected) => {
    expect(isNameShaped(text)).toBe(expected);
  });

  it.each([
    ['a name beside a title after a bar', [line('John Doe | Resumé title', 25), line('street and number', 11)], 'John Doe'],
    ['a name with the word "Resume"', [line('JAN KÜSTER RESUME', 29)], 'Jan Küster'],
    ['a name after a label column heading', [line('PERSONAL INFORMATION David Barbosa Maia', 13), line('+351 913 387 023', 9)], 'David Barbosa Maia'],
    ['a name with a nickname in brackets', [line('Hugo (Chun-Ho) Lin', 14.5)], 'Hugo (Chun-Ho) Lin'],
    ['a Turkish name in capitals', [line('ORÇUN ÖZDEMİR', 25)], 'Orçun Özdemir'],
    ['a name with a degree after it', [line('JAN KÜSTER M.SC.', 29)], 'Jan Küster'],
    ['a surname-first name after a "Name, Vorname" label', [line('Persönliche Daten', 14), line('Name, Vorname:\tRiemenschneider, Dennis', 10)], 'Dennis Riemenschneider'],
  ])('finds %s', (_, lines, name) => {
    expect(findName(lines, lines.length)).toEqual({ name });
  });

  it('reads a name set one word per line in large type, and never joins a heading to a word (real-people review)', () => {
    const sidebar = [line('Certifications', 16), line('Work history', 16)];
    const lines = [...sidebar, line('Senior Software', 14), line('Engineer', 14), line('Serge', 28), line('Bacht', 28), line('Contact', 16), line('Address', 11)];

    expect(findName(lines, 40)).toEqual({ name: 'Serge Bacht' });
    expect(findName([line('Skills', 20), line('Python', 20)], 40)).toEqual({});
  });

  it('reads the name out of a greeting heading ("Hi, I\'m ...")', () => {
    expect(findName([line("👋 Hi, I'm Amine Echraibi"), line('Lead Machine Learning Engineer')], 5)).toEqual({ name: 'Amine Echraibi' });
    expect(findName([line('Hello! I am Zoë Quinn')], 5)).toEqual({ name: 'Zoë Quinn' });
  });

  it('finds the name in the largest type of page one when a sidebar is read first', () => {
    const sidebar = ['CONTACTO', '+34 667 280 096', 'FORMACIÓN', 'Analista Internacional y Geopolítico', 'LISA Institute'].map((t) => line(t, 8.5));
    const body = ['Disfruto transformando datos en información accionable', 'Consultoría técnica y estratégica en el desarrollo de productos'].map((t) => line(t, 9));
    const lines = [...sidebar, ...body, ...body, ...body, ...body, ...body, ...body, line('JOSE LUIS PASTOR', 30), line('Especialista GIS', 13.5)];

    expect(findName(lines, 0)).toEqual({ name: 'Jose Luis Pastor' });
  });

  it('joins a given name and surnames set on two lines in the same type, past a contact column beside them', () => {
    const lines = [line('+1 555 0100', 10), line('Dana\tdana@example.com', 34), line('https://example.com', 10), line('Okafor Mensah\t1 January 1990', 34), line('Summary', 14)];
    expect(findName(lines, 4)).toEqual({ name: 'Dana Okafor Mensah' });
    expect(findName([line('María José', 30), line('García López', 30), line('Profile', 14)], 2)).toEqual({ name: 'María José García López' });
    expect(findName([line('Serge'), line('Bacht'), line('Profile')], 2)).toEqual({ name: 'Serge Bacht' });
  });

  it('never joins a name with a job title, a place or a smaller line', () => {
    expect(findName([line('Dana Okafor', 30), line('MLOps Engineer', 30)], 2)).toEqual({ name: 'Dana Okafor' });
    expect(findName([line('Dana Okafor', 30), line('Product Owner', 30)], 2)).toEqual({ name: 'Dana Okafor' });
    expect(findName([line('Dana Okafor', 30), line('Berlin', 30)], 2)).toEqual({ name: 'Dana Okafor' });
    expect(findName([line('Dana Okafor', 30), line('Mensah Group', 12)], 2)).toEqual({ name: 'Dana Okafor' });
    expect(findName([line('Ivy Haddington'), line('Desktop Support')], 2)).toEqual({ name: 'Ivy Haddington' });
  });

  it('takes a name typed without capitals from a title line at the very top, never a job title', () => {
    expect(findName([{ text: 'Aakarsh walia', segments: ['Aakarsh walia'], page: 1, heading: true }, line('Profile')], 1)).toEqual({ name: 'Aakarsh walia' });
    expect(findName([{ text: 'Data scientist', segments: ['Data scientist'], page: 1, heading: true }], 1)).toEqual({});
  });
});
