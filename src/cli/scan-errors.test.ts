import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildZip } from '../../test/helpers/zip.js';
import { captureIo } from './io.js';
import { run } from './main.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'evident-cli-test-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function scan(source: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(scratch);

  const code = await run(['scan', source], io);

  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('cli/scan errors', () => {
  it('a missing path: exit 2, one line on stderr, nothing on stdout', async () => {
    const result = await scan('/nope');

    expect(result).toEqual({ code: 2, stdout: '', stderr: 'evident: no such file or folder: /nope\n' });
  });

  it('a refused archive: exit 2 and one line naming the archive and the reason', async () => {
    const archive = join(scratch, 'evil.zip');
    await writeFile(archive, buildZip([{ name: 'a.py', data: 'x' }, { name: '../evil.py', data: 'x' }]));

    const result = await scan(archive);

    expect(result).toEqual({ code: 2, stdout: '', stderr: 'evident: archive evil.zip refused: entry "../evil.py" escapes the archive root (..)\n' });
  });

  it('an unreachable URL: exit 2 and git\'s reason on one line', async () => {
    const port = await closedPort();

    const result = await scan(`https://127.0.0.1:${port}/acme/widgets.git`);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^evident: cannot clone https://127\\.0\\.0\\.1:${port}/acme/widgets\\.git: [^\\n]+\\n$`));
  });

  it('a transport helper URL: exit 2, refused before git runs', async () => {
    const marker = join(scratch, 'pwned');

    const result = await scan(`ext::sh -c touch% ${marker}`);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^evident: refused git URL ext::.*transport helpers \(ext::\)[^\n]*\n$/);
  });

  it('a file that is not an archive: exit 2', async () => {
    const file = join(scratch, 'notes.txt');
    await writeFile(file, 'hello\n');

    const result = await scan(file);

    expect(result).toEqual({ code: 2, stdout: '', stderr: `evident: not a folder, git URL or .zip/.tar.gz archive: ${file}\n` });
  });
});
