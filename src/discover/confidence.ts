// How sure discovery is that a repository holds the candidate's own work, in
// one word and one line, for the reviewer who ticks or unticks it: their own
// repository on a profile, their commits in a fork (high); someone else's
// repository the CV names (medium: only their own commits will count); a fork
// without their commits, or not checked (low).
import type { ConfidenceLevel } from '../model/discovery.js';
import type { FoundRepo } from './types.js';

export function whoseWork(repo: FoundRepo): { level: ConfidenceLevel; why: string } {
  const via = repo.foundVia.filter((v) => v !== 'CV');
  const onCv = repo.namedOnCv ? ', and named on the CV' : '';
  if (repo.fork) {
    const parent = repo.fork.parent ? ` of ${repo.fork.parent}` : '';
    if (!repo.fork.checked) return { level: 'low', why: `a fork${parent} whose commits were not compared with the parent’s${onCv}` };
    const n = repo.fork.ownCommits ?? 0;
    if (n === 0) return { level: 'low', why: `a fork${parent} without commits of the candidate’s own${onCv}` };
    return { level: 'high', why: `a fork${parent} with ${n} commit${n === 1 ? '' : 's'} of the candidate’s own (only those count)${onCv}` };
  }
  if (repo.own) return { level: 'high', why: `the candidate’s own, on ${via.length > 0 ? via.join(' and ') : 'their profile'}${onCv}` };
  if (repo.namedOnCv) return { level: 'medium', why: 'someone else’s repository named on the CV: only the candidate’s own commits will count' };
  return { level: 'low', why: `someone else’s repository, found through ${repo.foundVia.join(' and ') || 'a profile'}` };
}
