// Inputs for screening-job tests: a git repository served by file:// URL, the
// same tree as a zip archive, a corrupt archive and a CV, and a store seeded
// with candidates that use them.
import { loadRoleFile, templatePath } from '../../src/assess/role-profile.js';
import type { Store } from '../../src/store/index.js';
import { ALICE, CANDIDATE_REPO, cvText } from './candidate.js';
import { buildGitRepo } from './git.js';
import { buildZip, zipEntriesOf } from './zip.js';

export interface ScreeningInputs {
  gitUrl: string;
  zip: Buffer;
  /** The same project with one file naming candidate `n`: a different archive, so a scan of its own. */
  zipFor: (n: number) => Buffer;
  corrupt: Buffer;
  cv: Buffer;
  cleanup: () => Promise<void>;
}

export async function buildScreeningInputs(): Promise<ScreeningInputs> {
  const repo = await buildGitRepo([{ name: ALICE.name, email: ALICE.email, date: '2025-06-01T10:00:00Z', files: CANDIDATE_REPO }]);
  const entries = zipEntriesOf(repo.root).filter((e) => !e.name.startsWith('.git/'));
  return {
    gitUrl: `file://${repo.root}`,
    zip: buildZip(entries),
    zipFor: (n) => buildZip([...entries, { name: `src/shop/candidate_${n}.py`, data: `CANDIDATE = ${n}\n` }]),
    corrupt: Buffer.from('PK\x03\x04 this is not really a zip archive'),
    cv: Buffer.from(cvText(ALICE)),
    cleanup: repo.cleanup,
  };
}

export interface SeedSpec {
  label: string;
  gitUrl?: string;
  archive?: { name: string; bytes: Buffer };
  cv?: Buffer;
}

/** Creates a role and the candidates with their repositories and files; returns the candidate ids in order. */
export async function seedCandidates(store: Store, specs: readonly SeedSpec[]): Promise<{ roleId: string; ids: string[] }> {
  const role = await store.roles.create({ profile: loadRoleFile(templatePath('mlops-engineer')) });
  const ids: string[] = [];
  for (const spec of specs) {
    const c = await store.candidates.create({ label: spec.label, roleId: role.id });
    if (spec.gitUrl) await store.repositories.add({ candidateId: c.id, url: spec.gitUrl });
    if (spec.archive) {
      const file = await store.files.put({ candidateId: c.id, kind: 'archive', originalName: spec.archive.name, content: spec.archive.bytes });
      await store.repositories.add({ candidateId: c.id, fileId: file.id });
    }
    if (spec.cv) await store.files.put({ candidateId: c.id, kind: 'cv', originalName: `${spec.label}.md`, content: spec.cv });
    ids.push(c.id);
  }
  return { roleId: role.id, ids };
}
