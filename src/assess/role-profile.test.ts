import { describe, expect, it } from 'vitest';
import { normalisedWeights, parseRoleProfile } from './role-profile.js';

const role = (weights: string) => `name: r\ntitle: R\nweights:\n${weights}\n`;

describe('assess/role-profile', () => {
  it('makes weights shares of 100', () => {
    const profile = parseRoleProfile(role('  ml_fundamentals: 3\n  mlops_production: 1'), 'r.yaml');

    expect(normalisedWeights(profile)).toMatchObject({ ml_fundamentals: 75, mlops_production: 25 });
  });

  it.each([
    ['a huge weight', '1e308'],
    ['an infinite weight', '.inf'],
    ['not a number', '.nan'],
    ['a negative weight', '-1'],
    ['text', 'lots'],
  ])('refuses %s with file, line and field', (_, value) => {
    expect(() => parseRoleProfile(role(`  ml_fundamentals: 3\n  mlops_production: ${value}`), 'roles/r.yaml')).toThrow(
      'roles/r.yaml:5: weights.mlops_production: a weight must be a number from 0 to 100',
    );
  });

  it('names the file of an alias bomb', () => {
    const bomb = [
      'name: r',
      'title: R',
      'description: x',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i === 0 ? '*a' : `*l${i - 1}`).join(', ')}]`),
      'weights: { ml_fundamentals: 1 }',
    ].join('\n');

    expect(() => parseRoleProfile(bomb, 'bomb.yaml')).toThrow(/^bomb\.yaml: YAML aliases expand too far/);
  });
});
