// DVC pipelines as the parser reads them (`dvc.yaml` stages).
import type { FileFacts, StageFact } from '../../parse/types.js';
import type { DetectContext } from '../context.js';

/** `dvc.yaml` stages, with their file. */
export function dvcStages(ctx: DetectContext): { file: FileFacts; stage: StageFact }[] {
  return ctx.ofFormat('dvc').flatMap((file) => (file.stages ?? []).map((stage) => ({ file, stage })));
}
