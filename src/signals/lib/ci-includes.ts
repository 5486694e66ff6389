// Which CI files their service runs: those at the place the service reads
// (py-files.ts › serviceRuns), and the repository's own files a pipeline it
// runs includes (GitLab `include: local`, https://docs.gitlab.com/ci/yaml/#includelocal),
// whose jobs join that pipeline (signals.md › ci: a CI configuration counts
// by what its jobs run, wherever they are written). Included files may
// include others; a path may be a glob (`.gitlab/ci/*.yml`).
import picomatch from 'picomatch';
import type { CiFacts, FileFacts } from '../../parse/types.js';
import { serviceRuns } from '../py-files.js';

type CiFile = FileFacts & { ci: CiFacts };

/** Files GitLab may include at most (its own limit is 150 per pipeline). */
const MAX_INCLUDED = 150;

/**
 * The included files' CI facts as their pipeline runs them: `includedBy`
 * names the including file, and the pipeline's own `workflow: rules` bound
 * their events (a pipeline started only by hand runs its included jobs only by hand).
 */
export function includedCi(files: readonly FileFacts[]): Map<string, CiFacts> {
  const ci = files.filter((f): f is CiFile => f.ci !== undefined);
  const out = new Map<string, CiFacts>();
  const queue = ci.filter((f) => f.ci.system === 'gitlab' && serviceRuns(f.path, f.ci)).map((f) => ({ file: f, events: f.ci.pipelineEvents }));
  const seen = new Set(queue.map((q) => q.file.path));
  while (queue.length > 0 && out.size < MAX_INCLUDED) {
    const { file, events } = queue.shift()!;
    for (const include of file.ci.includes ?? []) {
      const matches = picomatch(include.path, { dot: true });
      for (const target of ci) {
        if (seen.has(target.path) || target.ci.system !== 'gitlab' || !(target.path === include.path || matches(target.path))) continue;
        seen.add(target.path);
        const facts = { ...target.ci, triggers: boundTriggers(target.ci.triggers, events), includedBy: file.path };
        out.set(target.path, facts);
        queue.push({ file: { ...target, ci: facts }, events: events ?? target.ci.pipelineEvents });
      }
    }
  }
  return out;
}

/**
 * The included jobs' events that the pipeline's `workflow: rules` let run;
 * the pipeline's own when none is left, and `manual` when its rules let
 * nothing run (no events would read as GitLab's default, push).
 */
function boundTriggers(triggers: string[], pipeline: string[] | undefined): string[] {
  if (pipeline === undefined) return triggers;
  const kept = triggers.filter((t) => pipeline.includes(t));
  return kept.length > 0 ? kept : pipeline.length > 0 ? pipeline : ['manual'];
}
