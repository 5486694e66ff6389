// The role a command assesses against, from --role or --template. Apart from
// flags.ts because it loads the role profiles (imported when a command runs).
import { resolve } from 'node:path';
import { loadRoleFile, templatePath, type RoleProfile } from '../assess/role-profile.js';
import { UserError } from '../util/errors.js';

/** Exactly one of --role FILE or --template NAME. */
export function roleFromFlags(flags: { role?: string; template?: string }, cwd: string): RoleProfile {
  if (Boolean(flags.role) === Boolean(flags.template)) throw new UserError('give exactly one of --role FILE or --template NAME', 'E_USAGE');
  return loadRoleFile(flags.role ? resolve(cwd, flags.role) : templatePath(flags.template as string));
}
