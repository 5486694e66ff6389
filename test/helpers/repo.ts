// Fixture builders: tests build their own repositories, through the real parsers.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { initPython, parseFile } from '../../src/parse/index.js';
import type { FileFacts } from '../../src/parse/types.js';
import { DetectContext } from '../../src/signals/context.js';
import type { Detector } from '../../src/signals/define.js';
import { runDetector } from '../../src/signals/run.js';
import type { SignalResult, ToolUse } from '../../src/signals/types.js';

export type FileTree = Record<string, string | Uint8Array>;

/** Parses in-memory files with the real parsers. */
export async function factsOf(files: FileTree): Promise<FileFacts[]> {
  await initPython();
  return Object.entries(files).map(([path, content]) =>
    parseFile(path, typeof content === 'string' ? new TextEncoder().encode(content) : content),
  );
}

/** Runs one detector over in-memory files. */
export async function detect(detector: Detector, files: FileTree): Promise<SignalResult> {
  return runDetector(detector, new DetectContext(await factsOf(files)));
}

/** Writes a tree into a new temporary folder; returns its path and a cleanup. */
export async function buildRepo(files: FileTree): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'evident-test-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** `location` strings of a result's evidence. */
export function locations(result: SignalResult): string[] {
  return result.evidence.map((e) => e.location);
}

/** The tool list of a scan of `files` in a temporary folder (no git history), removed afterwards. */
export async function scanToolsOf(files: FileTree): Promise<ToolUse[]> {
  const { scanRepository } = await import('../../src/app/pipeline.js');
  const repo = await buildRepo(files);
  try {
    return (await scanRepository(repo.root, { history: false })).tools;
  } finally {
    await repo.cleanup();
  }
}
