// The assessment of a stored candidate, from what the store holds: the scans
// of their repositories, their CV's parse, the role. Wiring only: every rule
// lives in src/assess. Inputs that failed are named in the notes (by position
// in blind mode, where a file name or URL could name the person). The
// screening job saves it (src/jobs/assess-stored.ts); the role editor's
// preview reads it for a changed profile.
import { assessCandidate } from '../assess/assess.js';
import { buildCvEvidence, cvFactsOf } from '../assess/cv-input.js';
import type { Assessment, CandidateDetails, CvResult, RepoScan } from '../model/index.js';
import { identityTerms, redactAssessment } from '../screen/blind.js';
import type { Candidate, Role, Store } from '../store/index.js';
import { redactSecrets } from '../util/redact.js';
import { VERSION } from '../version.js';

/**
 * The assessment of a stored candidate against a role (which may be a
 * changed, unsaved profile: the role editor's preview), from the stored
 * scans and CV parse; nothing is written. `failed`: the inputs' recorded failures.
 */
export async function assessFromStore(store: Store, candidate: Candidate, role: Pick<Role, 'profile' | 'blind'>, asOf: string): Promise<{ assessment: Assessment; failed: string[] }> {
  const candidateId = candidate.id;
  const notes: string[] = [];
  const scans: RepoScan[] = [];
  const snippets: Record<string, string> = {};
  const repos = await store.repositories.listByCandidate(candidateId);
  for (const [i, repo] of repos.entries()) {
    const shown = role.blind || !repo.url ? `repository ${i + 1}` : `repository ${redactSecrets(repo.url)}`;
    const stored = repo.scanId ? await store.scans.get(repo.scanId) : undefined;
    if (!stored) {
      notes.push(`${shown} could not be read: ${repo.error ?? 'not scanned'}`);
      continue;
    }
    const scan = stored.scan;
    if (role.blind) scan.name = `repository ${i + 1}`;
    for (const [location, line] of Object.entries(stored.snippets)) snippets[`${scan.name}: ${location}`] = line;
    scans.push(scan);
  }
  if (repos.length === 0) notes.push('no repositories given: every claim is at rung none and no evidence was scored');
  let cv: CvResult | undefined;
  const cvFiles = (await store.files.listByCandidate(candidateId)).filter((f) => f.kind === 'cv');
  for (const file of cvFiles) {
    if (file.error) notes.push(`the CV could not be read: ${file.error}`);
    cv = (await store.cvResults.get(file.id, VERSION)) ?? cv;
  }
  if (cv && !cv.hasText) notes.push('the CV has no text layer (a scanned image?): no claims were read');
  const identity: CandidateDetails = {
    names: [...new Set([...candidate.names, ...(cv?.claims.name ? [cv.claims.name] : [])])],
    emails: [...new Set([...candidate.emails, ...(cv?.claims.emails ?? [])])],
    links: [...new Set([...(cv?.claims.links.map((l) => l.url) ?? []), ...repos.flatMap((r) => (r.url ? [redactSecrets(r.url)] : []))])],
  };
  const assessment = assessCandidate({
    label: candidate.label || cv?.claims.name || 'Candidate',
    scans,
    ...(cv ? { cv: buildCvEvidence(cvFactsOf(cv), scans) } : {}),
    role: role.profile,
    asOf,
    blind: role.blind,
    identity,
    snippets,
    notes,
  });
  const result = role.blind ? redactAssessment(assessment, identityTerms(identity, repos.flatMap((r) => (r.url ? [r.url] : [])))) : assessment;
  return { assessment: result, failed: [...repos, ...cvFiles].flatMap((x) => (x.error ? [x.error] : [])) };
}
