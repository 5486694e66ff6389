// A call of a name a tool's import binds is cited before the import (the line
// that does the thing), but only in a file that imports the tool: a local
// variable that happens to share the tool's name is not the library
// (real-people review: `datasets = sub.add_parser(...)` in a CLI read as
// "Hugging Face Datasets: used").
import { describe, expect, it } from 'vitest';
import { scanToolsOf } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';

describe('signals: tool calls', () => {
  it('cites the call a tool import binds, before the import', async () => {
    const tools = await scanToolsOf({
      'monitor/drift.py': py`
        from evidently.report import Report
        from evidently.metric_preset import DataDriftPreset

        report = Report(metrics=[DataDriftPreset()])
      `,
    });

    expect(tools.find((t) => t.tool === 'evidently')?.evidence.map((e) => [e.location, e.kind])).toEqual([
      ['monitor/drift.py:4', 'call'],
      ['monitor/drift.py:1', 'import'],
      ['monitor/drift.py:2', 'import'],
    ]);
  });

  it('never reads a local name that shares a tool\'s name as the tool', async () => {
    const tools = await scanToolsOf({
      'cli.py': py`
        import argparse

        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        datasets = sub.add_parser("datasets")
        datasets.add_argument("--limit", type=int)
      `,
    });

    expect(tools.map((t) => t.tool)).not.toContain('hf-datasets');
    expect(tools.flatMap((t) => t.evidence).filter((e) => e.path === 'cli.py' && e.match.startsWith('datasets.'))).toEqual([]);
  });
});
