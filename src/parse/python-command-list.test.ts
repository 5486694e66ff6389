import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (command lists)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('reads the strings of a positional list or tuple of string literals, not of mixed or keyword lists', () => {
    const facts = parsePython(py`
      import subprocess
      subprocess.run(["python", "train.py"], check=True)
      subprocess.run(("bash", "job.sh"))
      subprocess.run(["python", script])
      wandb.init(tags=["a", "b"])
    `);

    expect(facts.calls.map((c) => c.strings)).toEqual([['python', 'train.py'], ['bash', 'job.sh'], [], []]);
  });
});
