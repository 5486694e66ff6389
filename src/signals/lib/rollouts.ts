// An agent run by hand over an episode of an environment held out from its
// training (model_evaluation): in one scope the environment is reset, the
// agent chooses each action (`action, _ = model.predict(obs)`,
// `agent.select_action(state)`, through the author's own checks too:
// `valid = validate_action(obs, action)`), the environment is stepped with
// it, and what the step returns is kept as a result (`obs, reward, done, info
// = test_env.step(action)`). The environment is held out when it is named for
// evaluation (`val_env`, `self.eval_env`, `validation_env`: HELD_OUT_ENV) or
// built from held-out data by name (`env = TradingEnv(df_test)`). The scope
// must run: a module's top level, or a function some other code calls (a
// method: its class is built or named somewhere). A rollout with random
// actions (`env.action_space.sample()`), one on the training environment,
// one whose outcome is thrown away (a demo that only renders), or an
// evaluation function nothing calls, is no evaluation.
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn, lastSegment } from './code.js';
import { HELD_OUT_ENV, HELD_OUT_NAME_PART } from './held-out-names.js';

/** A call by which an agent chooses its action (`model.predict(obs)`, `agent.act(s)`, `policy.compute_single_action(obs)`). */
const ACTS = /^(predict|act|select_action|get_action|get_actions|choose_action|compute_action|compute_actions|compute_single_action|take_action)$/;
/** A result an environment's step gives back: a reward, an info record, a return or score. */
const RESULT = /^rs?$|rew|info|return|score|pnl|profit|value|cost/i;

/** The environment a reset or step is called on (`self.eval_env.step` → `self.eval_env`), for `method` only. */
function envOf(call: CallFact, method: 'reset' | 'step'): string | undefined {
  if (call.name.startsWith('?') || lastSegment(call.name) !== method || !call.name.includes('.')) return undefined;
  return call.name.slice(0, call.name.lastIndexOf('.'));
}

/** Names of the scope that hold an agent's chosen action or what was computed from it, in document order. */
function actions(calls: readonly CallFact[]): Set<string> {
  const held = new Set<string>();
  for (const call of calls) {
    const fromAction = ACTS.test(lastSegment(call.name)) || (call.names ?? []).some((n) => held.has(n));
    if (fromAction) for (const b of call.bound ?? []) held.add(b);
  }
  return held;
}

/** Steps of an environment the scope also resets, given the agent's action, whose results are kept. */
export function rolloutSteps(calls: readonly CallFact[]): CallFact[] {
  const reset = new Set(calls.map((c) => envOf(c, 'reset')).filter((e): e is string => e !== undefined));
  if (reset.size === 0) return [];
  const acted = actions(calls);
  return calls.filter((c) => {
    const env = envOf(c, 'step');
    return env !== undefined && reset.has(env) && (c.names ?? []).some((n) => acted.has(n)) && (c.bound ?? []).some((b) => RESULT.test(b));
  });
}

/** Whether the function runs: a module function some other scope calls or hands on, a method of a class built or named elsewhere. */
export function isUsed(fn: FunctionFact, files: readonly PyFile[]): boolean {
  const target = fn.className ?? fn.name;
  const own = fn.className ? undefined : fn.name;
  return files.some(
    (f) =>
      !f.test &&
      f.facts.calls.some((c) => {
        if (fn.className && c.inFunction?.startsWith(`${fn.className}.`)) return false;
        if (own !== undefined && c.inFunction === own) return false;
        const handed = [...(c.names ?? []), ...(c.refs ?? []).map((r) => r.slice(r.indexOf('=') + 1))];
        return lastSegment(c.name) === target || handed.some((h) => lastSegment(h) === target);
      }),
  );
}

/** The function a scope names (`Class.method` or `name`), if the file defines it. */
export function functionOf(file: PyFile, scope: string): FunctionFact | undefined {
  return file.facts.functions.find((f) => (f.className ? `${f.className}.${f.name}` : f.name) === scope);
}

/** Environments the file builds from held-out data by name (`test_env = Env(df_test)`, `env = make_env(val_data)`). */
function builtHeldOut(file: PyFile): Set<string> {
  const out = new Set<string>();
  for (const c of file.facts.calls) {
    const given = [...(c.names ?? []), ...(c.refs ?? []).map((r) => r.slice(r.indexOf('=') + 1))];
    if (given.some((n) => HELD_OUT_NAME_PART.test(lastSegment(n)))) for (const b of c.bound ?? []) out.add(b);
  }
  return out;
}

/** Rollouts of an agent on a held-out environment, in scopes that run, across the repository's files. */
export function heldOutRollouts(files: readonly PyFile[]): Evidence[] {
  const out: Evidence[] = [];
  for (const file of files) {
    if (file.test) continue;
    const scopes = new Set(file.facts.calls.filter((c) => lastSegment(c.name) === 'step').map((c) => c.inFunction));
    const built = builtHeldOut(file);
    for (const scope of scopes) {
      const heldOut = rolloutSteps(callsIn(file, scope)).filter((c) => {
        const env = c.name.slice(0, c.name.lastIndexOf('.'));
        return HELD_OUT_ENV.test(lastSegment(env)) || built.has(env);
      });
      if (heldOut.length === 0) continue;
      if (scope === undefined) {
        out.push(callEvidence(file, heldOut[0]));
        continue;
      }
      const fn = functionOf(file, scope);
      if (fn && !fn.placeholder && isUsed(fn, files)) out.push(codeEvidence(file.path, fn, `def ${scope}()`, 'function'), callEvidence(file, heldOut[0]));
    }
  }
  return out;
}
