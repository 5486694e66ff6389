// Dockerfile reference: https://docs.docker.com/reference/dockerfile/
// Read with dockerfile-ast, which joins continuation lines and expands
// `${ARG}`/`${ENV}` values the file defines, as the builder would.
import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction } from 'dockerfile-ast';
import type { DockerInstruction, FileFacts, Problem } from './types.js';

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** Instructions of a Dockerfile; lines that are no instruction are skipped, and a file with none is a problem. */
export function parseDockerfile(text: string, path: string): Partial<FileFacts> {
  const docker = readInstructions(text);
  const problems: Problem[] = [];
  if (docker.length === 0 && hasContent(text)) {
    problems.push({ path, kind: 'invalid', message: 'no Dockerfile instructions found' });
  }
  return problems.length > 0 ? { docker, problems } : { docker };
}

function readInstructions(text: string): DockerInstruction[] {
  let instructions: Instruction[];
  try {
    instructions = DockerfileParser.parse(text).getInstructions();
  } catch {
    return [];
  }
  const out: DockerInstruction[] = [];
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword().toUpperCase();
    if (!KEYWORDS.has(keyword)) continue;
    out.push({ keyword, args: argsOf(instruction), line: instruction.getRange().start.line + 1 });
  }
  return out;
}

/** Flags (`--from=build`, `--mount=...`) then the arguments with variables expanded, on one line. */
function argsOf(instruction: Instruction): string {
  const flags = 'getFlags' in instruction && typeof instruction.getFlags === 'function'
    ? (instruction.getFlags() as { toString(): string }[]).map((flag) => flag.toString())
    : [];
  const args = instruction.getExpandedArguments().map((arg) => arg.getValue());
  return [...flags, ...args].join(' ');
}

/** True when the text has a line that is neither blank nor a comment. */
function hasContent(text: string): boolean {
  return text.split('\n').some((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}
