// Flag parsing shared by commands: repeatable options, durations, dates, role choice.
import { resolve } from 'node:path';
import { loadRoleFile, templatePath, type RoleProfile } from '../assess/role-profile.js';
import { UserError } from '../util/errors.js';

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseSeconds(text: string, flag = '--blame-budget'): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`${flag} must be a positive number of seconds, not ${text}`, 'E_USAGE');
  return n * 1000;
}

export function parsePositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} must be a positive whole number, not ${text}`, 'E_USAGE');
  return n;
}

/** `--as-of YYYY-MM-DD`, default today (UTC): recency is measured from it. */
export function parseAsOf(text: string | undefined): string {
  if (text === undefined) return new Date().toISOString().slice(0, 10);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
  if (!ok) throw new UserError(`--as-of must be a date YYYY-MM-DD, not ${text}`, 'E_USAGE');
  return text;
}

/** Exactly one of --role FILE or --template NAME. */
export function roleFromFlags(flags: { role?: string; template?: string }, cwd: string): RoleProfile {
  if (Boolean(flags.role) === Boolean(flags.template)) throw new UserError('give exactly one of --role FILE or --template NAME', 'E_USAGE');
  return loadRoleFile(flags.role ? resolve(cwd, flags.role) : templatePath(flags.template as string));
}
