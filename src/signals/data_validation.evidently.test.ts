// Issue 15, data_validation: Evidently's data-quality tests (lib/evidently-tests.ts)
// are expectations on the data; its drift reports and drift tests are drift monitoring only.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

describe('signals/data_validation (Evidently data tests)', () => {
  it('counts a Report with include_tests=True over data-quality metrics, at the report and its first metric', async () => {
    const result = await detect(dataValidation, {
      'monitoring/quality.py': py`
        from evidently import Report
        from evidently.metrics import DatasetMissingValueCount, DuplicatedRowCount
        from evidently.presets import DataSummaryPreset

        def check_data_quality(cur, ref):
            report = Report([
                DatasetMissingValueCount(),
                DuplicatedRowCount(),
                DataSummaryPreset(),
            ], include_tests=True)
            return report.run(cur, ref)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['monitoring/quality.py:6', 'monitoring/quality.py:7']);
  });

  it('counts include_tests="True" with metrics bare from star imports of evidently', async () => {
    const result = await detect(dataValidation, {
      'summary.py': py`
        from evidently import Report
        from evidently.metrics import *
        from evidently.presets import *

        def summarise(ds):
            report = Report([DataSummaryPreset(), MissingValueCount(column="label")], include_tests="True")
            return report.run(current_data=ds)
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['summary.py:6']);
  });

  it('counts a data-quality metric given its own tests, in a notebook', async () => {
    const result = await detect(dataValidation, {
      'start.ipynb': notebook([
        'from evidently import Report\nfrom evidently.metrics import MissingValueCount, MinValue\nfrom evidently.tests import eq, gte',
        'report = Report([\n    MissingValueCount(column="age", tests=[eq(0)]),\n    MinValue(column="age", tests=[gte(18)]),\n])',
      ]),
    });

    expect(locations(result)).toEqual(['start.ipynb#cell=1:2', 'start.ipynb#cell=1:3']);
  });

  it('counts a legacy TestSuite of data integrity tests and presets', async () => {
    const result = await detect(dataValidation, {
      'checks.py': py`
        from evidently.test_suite import TestSuite
        from evidently.test_preset import DataStabilityTestPreset
        from evidently.tests import TestShareOfMissingValues, TestColumnDrift

        suite = TestSuite(tests=[
            TestShareOfMissingValues(lt=0.1),
            TestColumnDrift(column_name="age"),
            DataStabilityTestPreset(),
        ])
      `,
    });

    expect(locations(result)).toEqual(['checks.py:6', 'checks.py:8']);
    expect(result.evidence.map((e) => e.match)).toEqual([
      'evidently.tests.TestShareOfMissingValues()',
      'evidently.test_preset.DataStabilityTestPreset()',
    ]);
  });

  it('leaves a drift report with tests, a legacy drift suite and a report without tests absent', async () => {
    const result = await detect(dataValidation, {
      'drift.py': py`
        from evidently import Report
        from evidently.presets import DataDriftPreset, DataSummaryPreset
        from evidently.test_suite import TestSuite
        from evidently.test_preset import DataDriftTestPreset
        from evidently.tests import TestNumberOfDriftedColumns

        def drift(cur, ref):
            return Report([DataDriftPreset()], include_tests=True).run(cur, ref)

        def summary(cur, ref):
            return Report([DataSummaryPreset()]).run(cur, ref)

        def no_tests(cur, ref):
            return Report([DataSummaryPreset()], include_tests=False).run(cur, ref)

        suite = TestSuite(tests=[DataDriftTestPreset(), TestNumberOfDriftedColumns()])
      `,
    });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });

  it('leaves a data-quality metric in another function than the tested report, and mentions, absent', async () => {
    const result = await detect(dataValidation, {
      'report.py': py`
        from evidently import Report
        from evidently.presets import DataDriftPreset, DataSummaryPreset

        def summary(cur):
            return Report([DataSummaryPreset()]).run(cur)

        def drift(cur, ref):
            # Report([DataSummaryPreset()], include_tests=True)
            return Report([DataDriftPreset()], include_tests=True).run(cur, ref)
      `,
      'README.md': 'We validate data with `Report([DataSummaryPreset()], include_tests=True)` and TestSuite.\n',
    });

    expect(result.present).toBe(false);
  });

  it('does not take a namesake of another library, nor a class of its own, for an Evidently metric', async () => {
    const result = await detect(dataValidation, {
      'stats.py': py`
        from evidently import Report
        from evidently.metrics import *
        from mylib.checks import MissingValueCount

        class RowCount:
            pass

        def run(ds):
            return Report([MissingValueCount(), RowCount()], include_tests=True).run(ds)
      `,
    });

    expect(result.present).toBe(false);
  });
});
