// `evident discover` output: what would be scanned and why, for a terminal or
// as Markdown (JSON is the DiscoveryResult itself). Names, descriptions and
// URLs come from the candidate's accounts: every one passes the safe-text
// helpers, so none can steer a terminal or a Markdown page.
import { markdownCode, markdownText, terminalText } from '../util/safe-text.js';
import { profileUrl } from './profiles.js';
import { SERVICE_NAMES, type DiscoveryResult, type JudgedRepo, type ProfileOutcome } from './types.js';

const FROM = (p: ProfileOutcome) => (p.from === 'cv' ? 'from the CV' : 'given');

function profileLine(p: ProfileOutcome): string {
  if (p.status !== 'ok') return p.message ?? `${p.url}: ${p.status}`;
  return `${p.url} (${FROM(p)}): ${p.found} ${p.found === 1 ? 'repository' : 'repositories'}`;
}

function what(r: JudgedRepo): string {
  return r.kind === 'repository' ? r.fullName : `${r.fullName} (${r.kind === 'space' ? 'Space' : r.kind})`;
}

function counts(result: DiscoveryResult): string {
  const chosen = result.repos.filter((r) => r.chosen).length;
  return `${chosen} chosen of ${result.repos.length} found (at most ${result.maxRepos}, --max-repos)`;
}

export function renderDiscoveryTerminal(result: DiscoveryResult): string {
  const t = (s: string) => terminalText(s);
  const out: string[] = ['Profiles'];
  if (result.profiles.length === 0) out.push('  none: no --github/--gitlab/--huggingface given and no profile link on the CV');
  for (const p of result.profiles) out.push(`  ${t(profileLine(p))}`);
  out.push('', `Repositories: ${counts(result)}`);
  for (const r of result.repos.filter((x) => x.chosen)) {
    out.push(`  ${r.rank}. ${t(what(r))}  ${t(r.webUrl)}`, `     ${t(r.reason)}`);
  }
  const rest = result.repos.filter((x) => !x.chosen);
  if (rest.length > 0) out.push('', 'Not chosen');
  for (const r of rest) out.push(`  ${t(what(r))}: ${t(r.reason.replace(/^not chosen: /, ''))}`);
  if (result.identity.emails.length > 0) out.push('', `Git identities from the hosts (for authorship): ${result.identity.emails.map(t).join(', ')}`);
  if (result.notes.length > 0) out.push('', 'Notes', ...result.notes.map((n) => `  ${t(n)}`));
  out.push('', 'Scan these with `evident screen` (it discovers the same), or pick with --repo and --no-discover.');
  return `${out.join('\n')}\n`;
}

export function renderDiscoveryMarkdown(result: DiscoveryResult): string {
  const m = (s: string) => markdownText(s);
  const out: string[] = ['# Repositories discovered', '', `As of ${result.asOf}. ${counts(result)}.`, '', '## Profiles', ''];
  if (result.profiles.length === 0) out.push('- none given, and no profile link on the CV');
  for (const p of result.profiles) out.push(`- ${m(profileLine(p))}`);
  out.push('', '## Repositories', '', '| | repository | chosen | points | why |', '|---|---|---|---|---|');
  for (const r of result.repos) {
    out.push(`| ${r.rank ?? ''} | ${markdownCode(what(r))} | ${r.chosen ? 'yes' : 'no'} | ${r.points} | ${m(r.reason.replace(/^(chosen, \S+ \(\d+ points\): |not chosen: )/, ''))} |`);
  }
  if (result.identity.emails.length > 0) out.push('', `Git identities from the hosts (for authorship): ${result.identity.emails.map((e) => markdownCode(e)).join(', ')}`);
  if (result.notes.length > 0) out.push('', '## Notes', '', ...result.notes.map((n) => `- ${m(n)}`));
  return `${out.join('\n')}\n`;
}

/** Lines for stderr: every profile that could not be listed, one line each. */
export function profileProblems(result: DiscoveryResult): string[] {
  return result.profiles.filter((p) => p.status === 'not-found' || p.status === 'private').map((p) => p.message ?? `${profileUrl(p.service, p.user)}: ${SERVICE_NAMES[p.service]} ${p.status}`);
}
