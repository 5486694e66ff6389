// automated_retraining: a scheduled job followed into the method of an object
// it builds (held-out AS: an APScheduler cron job in a FastAPI lifespan ran
// `ALSPipeline().run_pipeline()`, whose steps train); and what does not
// schedule training: a Prefect deployment built with `schedule=None`, a
// schedule object made and never attached, a Prefect 2 deployment file with
// `schedule: null`, and a CI step that only imports the training modules
// (held-out AS: an MLOps capstone credited for all three).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

/** A pipeline class whose run trains through a step module imported under an alias. */
const PIPELINE = py`
  import recsys.steps.fit_factors as fit_factors
  import recsys.steps.scoring as scoring

  class FactorPipeline:
      def run_all(self):
          fit_factors.run()
          scoring.run()

  def nightly_job():
      FactorPipeline().run_all()
`;

const STEP = py`
  import implicit

  def run():
      model = implicit.als.AlternatingLeastSquares(factors=64)
      model.fit(matrix)
`;

const APP = py`
  from contextlib import asynccontextmanager
  from apscheduler.schedulers.background import BackgroundScheduler
  from fastapi import FastAPI
  from recsys.pipeline import nightly_job

  scheduler = BackgroundScheduler()

  @asynccontextmanager
  async def lifespan(app):
      scheduler.add_job(nightly_job, "cron", hour=0, minute=0)
      scheduler.start()
      yield

  app = FastAPI(lifespan=lifespan)
`;

const FLOW = 'from prefect import flow\nfrom sklearn.linear_model import Ridge\n\n@flow\ndef training_flow():\n    Ridge().fit(X, y)\n';

describe('signals/automated_retraining (objects built by the job; schedules never attached)', () => {
  it("follows a cron job into the method of the class it builds, and on into a step module's fit", async () => {
    const result = await detect(automatedRetraining, {
      'recsys/app.py': APP,
      'recsys/pipeline.py': PIPELINE,
      'recsys/steps/fit_factors.py': STEP,
      'recsys/steps/scoring.py': 'def run():\n    return 0\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['recsys/app.py:10', 'recsys/steps/fit_factors.py:5']);
  });

  it('is absent when the built object only scores, or is a library class the repository does not define', async () => {
    const scoring = await detect(automatedRetraining, {
      'recsys/app.py': APP,
      'recsys/pipeline.py': PIPELINE.replace('fit_factors.run()', 'pass'),
      'recsys/steps/fit_factors.py': STEP,
      'recsys/steps/scoring.py': 'def run():\n    return 0\n',
    });
    const library = await detect(automatedRetraining, {
      'recsys/app.py': APP,
      'recsys/pipeline.py': 'from reports import Exporter\n\ndef nightly_job():\n    Exporter().run_all()\n',
    });

    expect(scoring.present).toBe(false);
    expect(library.present).toBe(false);
  });

  it('does not count a Prefect deployment whose schedule is None, nor a schedule object made and never attached', async () => {
    const result = await detect(automatedRetraining, {
      'requirements.txt': 'prefect==2.14.0\n',
      'flows.py': FLOW,
      'deploy.py': py`
        from prefect.deployments import Deployment
        from prefect.server.schemas.schedules import CronSchedule
        from flows import training_flow

        nightly = CronSchedule(cron="0 0 * * *")

        def create_deployments():
            d = Deployment.build_from_flow(flow=training_flow, name="manual", schedule=None)
            d.apply()
            training_flow.serve(name="adhoc", cron=None)
      `,
    });

    expect(result.present).toBe(false);
  });

  it('counts a schedule object handed to a deployment by name, or in a list of schedules', async () => {
    const byName = await detect(automatedRetraining, {
      'flows.py': FLOW,
      'deploy.py': py`
        from prefect.deployments import Deployment
        from prefect.server.schemas.schedules import CronSchedule
        from flows import training_flow

        nightly = CronSchedule(cron="0 0 * * *")
        Deployment.build_from_flow(flow=training_flow, name="nightly", schedule=nightly).apply()
      `,
    });
    const listed = await detect(automatedRetraining, {
      'flows.py': FLOW.replace('def training_flow', 'def training_flow_'),
      'serve.py': FLOW.replace('Ridge().fit(X, y)', 'Ridge().fit(X, y)\n\nweekly = IntervalSchedule(interval=604800)\ntraining_flow.deploy(name="w", schedules=[weekly])').replace(
        'from prefect import flow',
        'from prefect import flow\nfrom prefect.client.schemas.schedules import IntervalSchedule',
      ),
    });

    expect(locations(byName)).toEqual(['deploy.py:6', 'deploy.py:3']);
    expect(listed.present).toBe(true);
  });

  it('counts a schedule object of a module that another module imports to list it (Dagster Definitions)', async () => {
    const result = await detect(automatedRetraining, {
      'app/schedules.py': 'from dagster import ScheduleDefinition\nfrom app.jobs import model_train_job\n\nnightly = ScheduleDefinition(job=model_train_job, cron_schedule="0 0 * * *")\n',
      'app/jobs.py': 'from dagster import define_asset_job\n\nmodel_train_job = define_asset_job("model_train_job")\n',
      'app/definitions.py': 'from dagster import Definitions\nfrom app import schedules\n\ndefs = Definitions(schedules=[schedules.nightly])\n',
    });

    expect(locations(result)).toContain('app/schedules.py:4');
  });

  it('reads a Prefect 2 deployment file: scheduled by a cron, not by `schedule: null`', async () => {
    const file = (schedule: string) => ['name: nightly', schedule, 'flow_name: training-flow', 'entrypoint: flows.py:training_flow', ''].join('\n');
    const scheduled = await detect(automatedRetraining, { 'flows.py': FLOW, 'training_flow-deployment.yaml': file('schedule:\n  cron: 0 3 * * *') });
    const manual = await detect(automatedRetraining, { 'flows.py': FLOW, 'training_flow-deployment.yaml': file('schedule: null') });

    expect(locations(scheduled)).toEqual(['training_flow-deployment.yaml:5']);
    expect(manual.present).toBe(false);
  });

  it('does not count a CI step that only imports the training modules, and counts one that calls them', async () => {
    const workflow = (code: string) => `on: push\njobs:\n  t:\n    steps:\n      - run: |\n          python -c "\n          ${code}\n          "\n`;
    const imports = await detect(automatedRetraining, {
      '.github/workflows/ci.yml': workflow("from models.train_baseline import main as baseline_main\n          print('imports ok')"),
    });
    const calls = await detect(automatedRetraining, {
      '.github/workflows/ci.yml': workflow('from models.train_baseline import main as baseline_main\n          baseline_main()'),
    });

    expect(imports.present).toBe(false);
    expect(calls.present).toBe(true);
  });
});
