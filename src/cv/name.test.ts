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

  it('takes a name typed without capitals from a title line at the very top, never a job title', () => {
    expect(findName([{ text: 'Aakarsh walia', segments: ['Aakarsh walia'], page: 1, heading: true }, line('Profile')], 1)).toEqual({ name: 'Aakarsh walia' });
    expect(findName([{ text: 'Data scientist', segments: ['Data scientist'], page: 1, heading: true }], 1)).toEqual({});
  });
});
