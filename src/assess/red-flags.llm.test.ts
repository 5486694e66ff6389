// Real-people review: "No drift handling or monitoring" fired for an app that
// only calls a hosted LLM API and serves it. Drift needs a model of the
// candidate's own (trained or loaded); for a deployed LLM app the practice is
// observability, and its absence in public code is an interview topic, never
// an accusation.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from './assess.js';
import { loadRoleFile, templatePath } from './role-profile.js';

const mlops = () => loadRoleFile(templatePath('mlops-engineer'));
const asOf = '2026-11-23';
const deployedApp = { experiment_tracking: true, ci: true, tests: true, containerized: true, serving_api: { location: 'app/main.py:20' }, infra_as_code: { location: 'k8s/deploy.yaml:1' } };

describe('assess/red-flags: no_monitoring is about models of the candidate\'s own', () => {
  it('is no red flag for a deployed app that only calls a hosted LLM: a topic saying no observability of the LLM app was found', () => {
    const a = assessCandidate({ label: 'A', scans: [fakeScan('chat', { ...deployedApp, llm_integration: true, rag: true })], role: mlops(), asOf });

    expect(a.redFlags.map((f) => f.id)).not.toContain('no_monitoring');
    const topic = a.unverified.find((t) => t.id === 'no_monitoring');
    expect(topic?.reason).toBe(
      'no repository screened deploys a model of their own (a deployed LLM app calls a hosted model, with no data of theirs to drift), and no observability of the deployed LLM app was found in the repositories screened: how they observe the LLM apps they run is for the interview',
    );
    expect(topic?.probe).toMatch(/LLM app/);
    expect(JSON.stringify(a)).not.toMatch(/drift handling/);
  });

  it('stays a red flag, cited at the serving API, for a deployed model the candidate trained or loads, LLM calls beside it or not', () => {
    for (const own of ['classical_ml', 'deep_learning', 'hf_transformers', 'custom_model_code'] as const) {
      const a = assessCandidate({ label: 'A', scans: [fakeScan('svc', { ...deployedApp, llm_integration: true, [own]: true })], role: mlops(), asOf });

      expect(a.redFlags.filter((f) => f.id === 'no_monitoring').map((f) => f.evidence)).toEqual([['svc: app/main.py:20']]);
    }
  });

  it('says nothing of LLM apps when none is deployed, and nothing at all when a repository observes its running system', () => {
    const demo = assessCandidate({ label: 'A', scans: [fakeScan('chat', { llm_integration: true, rag: true, serving_api: true, ci: true, tests: true, experiment_tracking: true, python_package: true, data_engineering: true })], role: mlops(), asOf });
    const observed = assessCandidate({ label: 'A', scans: [fakeScan('chat', { ...deployedApp, llm_integration: true, observability: true })], role: mlops(), asOf });

    expect(demo.coverage.low).toBe(false);
    expect(demo.unverified.find((t) => t.id === 'no_monitoring')?.reason).toBe('no repository screened deploys a model, so the code screened has nothing to monitor: whether they monitor models they run is for the interview');
    expect([...observed.redFlags, ...observed.unverified].map((f) => f.id)).not.toContain('no_monitoring');
  });
});
