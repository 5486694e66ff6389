/** A cell for `notebook()`: a string is a code cell; `{ md: '...' }` a markdown cell. */
export type CellSpec = string | { md: string };

/** Builds .ipynb JSON (nbformat 4) from cells; code cells get an output to prove outputs are ignored. */
export function notebook(cells: CellSpec[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    cells: cells.map((c) =>
      typeof c === 'string'
        ? {
            cell_type: 'code',
            metadata: {},
            execution_count: 1,
            source: c.split(/(?<=\n)/),
            outputs: [{ output_type: 'stream', name: 'stdout', text: ['import should_not_count\n'] }],
          }
        : { cell_type: 'markdown', metadata: {}, source: c.md.split(/(?<=\n)/) },
    ),
  });
}
