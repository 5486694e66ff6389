import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (callables handed over, and periodic job tables)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('records attribute chains passed positionally and names given as keyword values, beside the bare names', () => {
    const facts = parsePython(py`
      scheduler.add_job(self.refresh, "cron", hour=2, trigger=nightly)
      q.schedule(func=jobs.nightly.rebuild, interval=3600, args=[x])
      run(model, data)
      f(obj.method(), "s", flag=True)
    `);

    expect(facts.calls.map((c) => [c.names, c.refs])).toEqual([
      [undefined, ['self.refresh', 'trigger=nightly']],
      [undefined, ['func=jobs.nightly.rebuild']],
      [['model', 'data'], undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('records dict literals that pair a task or func with a schedule or trigger, nested or not', () => {
    const facts = parsePython(py`
      app.conf.beat_schedule = {
          "refit": {"task": "proj.tasks.refit", "schedule": crontab(hour=1,
                                                                    minute=0)},
          "plain": {"task": "proj.tasks.ping"},
      }
      JOBS = [{"id": "a", "func": "jobs:rebuild", "trigger": "interval", "hours": 6}]
      config = {"schedule": "daily", "owner": "me"}
    `);

    expect(facts.periodicJobs).toEqual([
      { line: 2, task: 'proj.tasks.refit', schedule: 'crontab(hour=1, minute=0)' },
      { line: 6, task: 'jobs:rebuild', schedule: '"interval"' },
    ]);
  });
});
