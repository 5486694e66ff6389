import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';
import { frontMatterName, readMarkdown, splitFrontMatter } from './front-matter.js';

const NOW = new Date(Date.UTC(2026, 0, 15));
const BODY = '## Contact\n\n- Email: [rina@example.org](mailto:rina@example.org)\n\n## Experience\n\n### Acme\n\n*Data Scientist*, Mar 2021 - Present\n';

function page(front: string, body = BODY) {
  return extractClaims(readMarkdown(Buffer.from(`---\n${front}\n---\n\n${body}`)), NOW);
}

describe('cv/front-matter', () => {
  it('reads the name a Jekyll page states only in its front matter (real-people review)', () => {
    expect(page('title: "CV"\ndescription: "CV of Rina Okafor, applied ML across NLP and search."\nlast_updated: 2026-02-12').name).toBe('Rina Okafor');
    expect(page('author: Rina Okafor').name).toBe('Rina Okafor');
    expect(page('author:\n  name: Rina Okafor\n  avatar: /img/me.png').name).toBe('Rina Okafor');
    expect(page('name: Rina Okafor\nlayout: page').name).toBe('Rina Okafor');
    expect(page('title: "Résumé of Rina Okafor"').name).toBe('Rina Okafor');
    expect(page("title: Rina Okafor's CV").name).toBe('Rina Okafor');
    expect(page('title: Rina Okafor — Curriculum Vitae').name).toBe('Rina Okafor');
    expect(page('title: Rina Okafor - Resume').name).toBe('Rina Okafor');
  });

  it('takes no title, site name, layout or theme key as a name, nor a template placeholder', () => {
    for (const front of ['title: "CV"', 'title: Curriculum Vitae', 'title: Okafor Labs', 'title: About Me', 'layout: archive\n# title: "CV"\npermalink: /cv/\nauthor_profile: true', 'author: rina_okafor', 'author: Your Name', 'title: "CV of Your Name"', 'title: Data Science Portfolio']) {
      expect(page(front).name).toBeUndefined();
    }
  });

  it('prefers a name the page shows to the one its front matter states', () => {
    expect(page('author: Rina Okafor', `# Rina O. Okafor\n\n${BODY}`).name).toBe('Rina O. Okafor');
  });

  it('keeps front matter out of the CV text: no phone, heading or line from its keys', () => {
    const doc = readMarkdown(Buffer.from(`---\nlayout: archive\n# title: "CV"\nlast_updated: 2026-02-12\n---\n${BODY}`));
    const claims = extractClaims(doc, NOW);

    expect(doc.lines.map((l) => l.text).join('\n')).not.toMatch(/layout|title|2026-02-12/);
    expect(claims.phone).toBeUndefined();
    expect(claims.emails).toEqual(['rina@example.org']);
  });

  it('leaves text that is no YAML mapping between rules as Markdown', () => {
    expect(splitFrontMatter('---\n# Rina Okafor\nEngineer\n---\nMore\n')).toBeUndefined();
    expect(splitFrontMatter('---\nkey: [unclosed\n---\n')).toBeUndefined();
    expect(splitFrontMatter('Intro\n---\nkey: value\n---\n')).toBeUndefined();
    expect(splitFrontMatter(`---\nitems: ${'['.repeat(5000)}\n---\n`)).toBeUndefined();
    expect(splitFrontMatter('---\nkey: value\n...\nBody\n')).toEqual({ data: { key: 'value' }, body: 'Body\n' });
  });

  it('refuses aliases that expand too far instead of expanding them', () => {
    const bomb = `a: &a [x,x,x,x,x,x,x,x,x,x]\n${Array.from({ length: 8 }, (_, i) => `l${i}: &l${i} [${Array(10).fill(i === 0 ? '*a' : `*l${i - 1}`).join(',')}]`).join('\n')}\nauthor: Rina Okafor`;

    expect(splitFrontMatter(`---\n${bomb}\n---\nBody\n`)).toBeUndefined();
    expect(frontMatterName({ author: { name: ['Rina Okafor'] } })).toBeUndefined();
  });
});
