import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { notebook } from '../../test/helpers/notebook.js';
import { py } from '../../test/helpers/text.js';
import { driftMonitoring } from './drift_monitoring.js';

describe('signals/drift_monitoring', () => {
  it('is present for Evidently drift reports, cited at the report built before its imports', async () => {
    const result = await detect(driftMonitoring, {
      'monitoring/report.py': py`
        from evidently.report import Report
        from evidently.metric_preset import DataDriftPreset

        report = Report(metrics=[DataDriftPreset()])
        report.run(reference_data=ref, current_data=cur)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['monitoring/report.py:4', 'monitoring/report.py:1', 'monitoring/report.py:2']);
  });

  it('counts hand-written PSI and two-sample tests where the code is about drift', async () => {
    const result = await detect(driftMonitoring, {
      'jobs/check.py': py`
        import numpy as np
        from scipy.stats import ks_2samp

        def population_stability_index(expected, actual):
            return float(np.sum(expected - actual))

        def detect_drift(ref, cur):
            return ks_2samp(ref, cur).pvalue < 0.05
      `,
      'detectors.py': 'from river import drift\nadwin = drift.ADWIN()\n',
    });

    expect(locations(result)).toEqual(['detectors.py:2', 'jobs/check.py:8', 'jobs/check.py:4']);
  });

  it('counts managed model monitoring: Vertex AI drift detection, SageMaker Model Monitor', async () => {
    const result = await detect(driftMonitoring, {
      'monitoring/vertex.py': py`
        from google.cloud import aiplatform_v1beta1 as beta

        drift = beta.ModelMonitoringObjectiveConfig.PredictionDriftDetectionConfig(drift_thresholds={})
        job = beta.ModelDeploymentMonitoringJob(display_name="monitor-churn")
      `,
      'monitoring/sagemaker.py': py`
        from sagemaker.model_monitor import DefaultModelMonitor

        monitor = DefaultModelMonitor(role="r", instance_count=1, instance_type="ml.m5.xlarge")
      `,
    });

    expect(locations(result)).toEqual(['monitoring/sagemaker.py:3', 'monitoring/vertex.py:3', 'monitoring/vertex.py:4']);
  });

  it('is absent for statistics unrelated to drift, mentions and commented-out imports', async () => {
    const result = await detect(driftMonitoring, {
      'analysis.ipynb': notebook(['from scipy.stats import ks_2samp, chisquare\nstat = ks_2samp(group_a, group_b)\nchisquare(obs)']),
      'README.md': 'We monitor data drift with Evidently.\n',
      'notes.py': '# from evidently.report import Report\nprint("alibi_detect")\n',
      'physics/wave.py': 'from scipy.stats import entropy\n\ndef psi(x):\n    return x\n\nentropy([0.5, 0.5])\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('reads "shift" as a word of its own: a shifted window is not a distribution shift', async () => {
    const eeg = await detect(driftMonitoring, {
      'plots/entropy.py': py`
        from scipy.stats import entropy

        def count_shifted_window(x):
            return int(x / 2)

        value = entropy(window)
      `,
    });
    expect(eeg).toMatchObject({ present: false, evidence: [] });

    const shift = await detect(driftMonitoring, {
      'checks/features.py': py`
        from scipy.stats import ks_2samp

        def detect_covariate_shift(reference, current):
            return ks_2samp(reference, current).pvalue < 0.05
      `,
    });
    expect(locations(shift)).toEqual(['checks/features.py:4']);
  });

  it('leaves a declared drift library that is never imported as a hint', async () => {
    const result = await detect(driftMonitoring, { 'requirements.txt': 'evidently==0.4.15\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });
  it('counts a drift score worked out by hand from counts of two periods, in a function named for analysing drift', async () => {
    const present = await detect(driftMonitoring, {
      'src/orchestration/tasks.py': py`
        def analyze_model_drift(reference, current):
            ref = {o: reference.count(o) / len(reference) for o in ["H", "D", "A"]}
            cur = {o: current.count(o) / len(current) for o in ["H", "D", "A"]}
            score = sum(cur[o] * ((cur[o] / ref[o]) ** 0.5 - 1) ** 2 for o in ref if ref[o] > 0)
            return score > 0.1
      `,
    });
    const stub = await detect(driftMonitoring, {
      'src/orchestration/tasks.py': 'def analyze_model_drift(reference, current):\n    return {"drift_detected": False}\n',
    });

    expect(locations(present)).toEqual(['src/orchestration/tasks.py:1']);
    expect(stub.present).toBe(false);
  });

  it('counts live error against actuals tracked over time in monitoring code, not a backtest, a mention, a monitor handed out by name or a test', async () => {
    const present = await detect(driftMonitoring, {
      'src/monitoring/performance.py': py`
        def compute_rolling_metrics(joined, window="7D"):
            errors = joined["prediction"] - joined["actual"]
            return errors.abs().rolling(window).mean()
      `,
    });
    const absent = await detect(driftMonitoring, {
      'src/training/backtest.py': 'def compute_rolling_metrics(df):\n    return df.rolling("7D").mean()\n',
      'src/monitoring/report.py': 'def compute_metrics(df):\n    return df.mean()\n# def compute_rolling_metrics(df): ...\n',
      'README.md': 'A scheduled job runs compute_rolling_metrics() to track live error against actuals.\n',
      'src/services/monitoring/performance_monitor.py': py`
        _global_monitor = None
        def get_performance_monitor():
            global _global_monitor
            if _global_monitor is None:
                _global_monitor = PerformanceMonitor()
            return _global_monitor
      `,
      'tests/test_monitoring.py': 'def test_performance_monitoring(monitor):\n    assert monitor.mean() > 0\n',
    });

    expect(locations(present)).toEqual(['src/monitoring/performance.py:1']);
    expect(absent).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a stability index only when its body is a PSI: the log of a ratio of binned proportions of two samples', async () => {
    const present = await detect(driftMonitoring, {
      'src/quality/features.py': py`
        import numpy as np

        def stability_index(expected, actual, bins=10):
            edges = np.histogram_bin_edges(expected, bins=bins)
            e = np.histogram(expected, bins=edges)[0] / len(expected) + 1e-6
            a = np.histogram(actual, bins=edges)[0] / len(actual) + 1e-6
            return float(np.sum((a - e) * np.log(a / e)))
      `,
    });
    const absent = await detect(driftMonitoring, {
      'app/backtesting/metrics.py': py`
        import numpy as np
        from scipy.stats import ks_2samp

        def stability_index(fold_metric_values):
            values = np.array(fold_metric_values)
            return float(np.std(values) / abs(np.mean(values)) * 100)

        def compare_folds(a, b):
            return ks_2samp(a, b).pvalue
      `,
      'app/backtesting/tests/test_metrics.py': 'import numpy as np\n\ndef test_stability_index_known_cv():\n    assert np.log(2) > 0\n',
      'solver/numerics.py': 'from scipy.stats import entropy\n\ndef check_numerical_stability(x):\n    return entropy(x)\n',
      'README.md': 'stability_index() is the population stability index of the folds.\n',
      'notes.py': '# def stability_index(expected, actual): return np.sum((a - e) * np.log(a / e))\n',
    });

    expect(locations(present)).toEqual(['src/quality/features.py:3']);
    expect(absent).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a function named for PSI when its body computes it, not a stub', async () => {
    const stub = await detect(driftMonitoring, {
      'monitoring/drift.py': 'def calculate_psi(expected, actual):\n    """TODO"""\n\ndef psi(expected, actual):\n    return None\n',
    });
    const named = await detect(driftMonitoring, {
      'monitoring/drift.py': 'import math\n\ndef psi(e, a):\n    return sum((x - y) * math.log(x / y) for x, y in zip(a, e))\n',
    });

    expect(stub).toMatchObject({ present: false, evidence: [] });
    expect(locations(named)).toEqual(['monitoring/drift.py:3']);
  });
});
