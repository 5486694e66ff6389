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

  it('prefers the first line when there are no font sizes', () => {
    expect(findName([line('Ivy Haddington'), line('Desktop Support'), line('John Smith')], 3)).toEqual({ name: 'Ivy Haddington' });
  });

  it.each([
    ['Dr. María José Carreño-Quiñones', true],
    ['Data Scientist', false],
    ['New York, NY', false],
    ['alice', false],
    ['Curriculum Vitae', false],
    ['Experience', false],
  ])('judges %s as name-shaped: %s', (text, expected) => {
    expect(isNameShaped(text)).toBe(expected);
  });
});
