// Material written for AI coding assistants: their configuration, commands,
// rules, prompts and templates, and the skills they load. It steers the tool
// that writes code; it is not the project's own code, so, like vendored and
// generated folders (skip-rules.ts), it is never evidence: the walker leaves
// it out and records why (a spec-kit script that runs `ruff` configures no
// linter; a skill's `examples/good/trace_example.py` traces nothing that runs).
// Known by the folders the assistants document (spec-kit's table of agents
// lists most: https://github.com/github/spec-kit, AGENTS.md) and by the marker
// of Anthropic's skill format, a `SKILL.md` file at the top of a skill's
// folder (https://docs.claude.com/en/docs/agents-and-tools/agent-skills).
// The list stays open: one line per assistant.
// A folder merely named `skills/` or `prompts/` is the project's own: only
// the marker or a documented folder sets material aside.
import { PACKAGING_FILES } from './skip-rules.js';

/** Hidden folders an assistant reads, at any depth (a sub-project may carry its own), with the assistant's name. */
const ASSISTANT_FOLDERS = new Map<string, string>([
  ['.claude', 'Claude Code'],
  ['.cursor', 'Cursor'],
  ['.windsurf', 'Windsurf'],
  ['.gemini', 'Gemini CLI / Code Assist'],
  ['.codex', 'Codex CLI'],
  ['.kiro', 'Kiro'],
  ['.specify', 'Spec Kit'],
  ['.qwen', 'Qwen Code'],
  ['.opencode', 'opencode'],
  ['.kilocode', 'Kilo Code'],
  ['.augment', 'Auggie'],
  ['.roo', 'Roo Code'],
  ['.codebuddy', 'CodeBuddy'],
  ['.qoder', 'Qoder'],
  ['.amazonq', 'Amazon Q Developer'],
  ['.agents', 'Amp, Codex'],
  ['.shai', 'SHAI'],
  ['.bob', 'IBM Bob'],
  ['.clinerules', 'Cline'],
  ['.continue', 'Continue'],
  ['.junie', 'JetBrains Junie'],
  ['.trae', 'Trae'],
  ['.openhands', 'OpenHands'],
]);

/** Folders of `.github/` that GitHub Copilot reads (the rest of `.github/`, workflows included, stays in). */
const COPILOT_FOLDERS = new Set(['prompts', 'instructions', 'agents', 'chatmodes', 'skills']);

/** The file that makes a folder an assistant's skill (Anthropic's format; Codex and Copilot read the same). */
export const SKILL_MARKER = 'SKILL.md';

const WHY = 'not the project\'s code';

/**
 * Why the folder at `rel` (repository-relative, POSIX) is an assistant's
 * material by its path alone, or undefined when it is not.
 */
export function assistantFolder(rel: string): string | undefined {
  const slash = rel.lastIndexOf('/');
  const name = rel.slice(slash + 1);
  const assistant = ASSISTANT_FOLDERS.get(name);
  if (assistant) return `material for an AI coding assistant (${assistant}), ${WHY}`;
  const parent = slash === -1 ? '' : rel.slice(rel.lastIndexOf('/', slash - 1) + 1, slash);
  if (parent === '.github' && COPILOT_FOLDERS.has(name)) return `material for an AI coding assistant (GitHub Copilot's ${name}), ${WHY}`;
  return undefined;
}

/**
 * Files that make a folder the project's own package or project: a package
 * that also describes itself to assistants in a `SKILL.md` stays in.
 */
const PROJECT_FILES = [...PACKAGING_FILES, '__init__.py'];

/**
 * Why a folder holding the files `names` is an assistant's skill, or
 * undefined. The repository's own top folder is never set aside (a
 * repository that is one skill is the author's work), nor a package or
 * project that carries a `SKILL.md` beside its code.
 */
export function skillFolder(rel: string, names: readonly string[]): string | undefined {
  if (rel === '' || !names.includes(SKILL_MARKER) || names.some((n) => PROJECT_FILES.includes(n))) return undefined;
  return `an AI coding assistant's skill (${SKILL_MARKER}): instructions, scripts and examples for the assistant, ${WHY}`;
}
