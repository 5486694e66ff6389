// Issue 15, drift_monitoring: more drift libraries and two-sample statistics,
// and hand-written drift functions that compute a statistic; stubs, random
// simulations, tests and mentions are not drift checks.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { driftMonitoring } from './drift_monitoring.js';

describe('signals/drift_monitoring (libraries and hand-written drift functions)', () => {
  it('counts popmon (by its pandas accessor), scikit-multiflow drift detectors and TFDV drift comparisons', async () => {
    const result = await detect(driftMonitoring, {
      'monitor/stability.py': 'import popmon\nreport = df.pm_stability_report(time_axis="date")\n',
      'stream/detect.py': 'from skmultiflow.drift_detection import ADWIN\nadwin = ADWIN()\n',
      'validate.py': py`
        import tensorflow_data_validation as tfdv

        anomalies = tfdv.validate_statistics(statistics=current, schema=schema, previous_statistics=reference)
      `,
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['monitor/stability.py:2', 'stream/detect.py:2', 'validate.py:3']));
  });

  it('counts a function named for drift that computes a statistic, and more two-sample tests in drift code', async () => {
    const result = await detect(driftMonitoring, {
      'pipeline/checks.py': py`
        import numpy as np

        def detect_feature_drift(reference, current, bins=10):
            ref, edges = np.histogram(reference, bins=bins)
            cur, _ = np.histogram(current, bins=edges)
            return float(np.abs(ref / ref.sum() - cur / cur.sum()).sum())
      `,
      'monitoring/compare.py': py`
        from scipy.stats import cramervonmises_2samp

        def compare(reference, current):
            return cramervonmises_2samp(reference, current).pvalue
      `,
    });

    expect(locations(result).sort()).toEqual(['monitoring/compare.py:4', 'pipeline/checks.py:3']);
  });

  it('is absent for drift functions that are stubs, random simulations, tests or a sensor\'s drift, and for mentions', async () => {
    const result = await detect(driftMonitoring, {
      'app/drift.py': py`
        import random

        def detect_drift(batch):
            """TODO: compare with the training data."""

        def check_data_drift(batch):
            return random.random() > 0.9
      `,
      'robot/imu.py': 'import numpy as np\n\ndef compute_gyro_drift(samples):\n    return np.mean(samples)\n\ndef detect_drift(readings):\n    return np.std(readings) > 0.1\n',
      'tests/test_drift.py': 'import numpy as np\n\ndef test_detect_drift():\n    assert np.mean([1, 2]) == 1.5\n',
      'README.md': 'detect_drift() runs a KS test with scipy.stats.ks_2samp and popmon.\n',
      'notes.py': '# import popmon\n# from skmultiflow.drift_detection import ADWIN\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
