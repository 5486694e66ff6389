// automated_retraining: jobs scheduled in-process (APScheduler, `schedule`,
// Celery beat, rq-scheduler, repeat_every, arq) by a service or script,
// counted when the scheduler is started and the job trains (held-out AK: a
// nightly APScheduler CronTrigger in a FastAPI service re-trained the model).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

const FORECAST = py`
  from sklearn.linear_model import Ridge

  def rebuild_forecaster(frame):
      model = Ridge()
      model.fit(frame[["lag_1", "lag_7"]], frame["demand"])
      return model
`;

describe('signals/automated_retraining (in-process schedulers)', () => {
  it('counts an APScheduler cron job started by the service, whose job fits a model in another module', async () => {
    const result = await detect(automatedRetraining, {
      'service/jobs.py': py`
        from apscheduler.schedulers.background import BackgroundScheduler
        from service.forecast import rebuild_forecaster
        from service.store import recent_orders

        sched = BackgroundScheduler()

        def nightly_refresh():
            rebuild_forecaster(recent_orders())

        def install():
            sched.add_job(nightly_refresh, "cron", hour=3, id="refresh")
      `,
      'service/forecast.py': FORECAST,
      'service/store.py': 'def recent_orders():\n    return []\n',
      'service/app.py': py`
        from service.jobs import install, sched

        install()
        sched.start()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result).sort()).toEqual(['service/forecast.py:5', 'service/jobs.py:11']);
  });

  it('counts a scheduled_job decorator with a trigger object, and a job keyword naming a method', async () => {
    const result = await detect(automatedRetraining, {
      'worker.py': py`
        from apscheduler.schedulers.blocking import BlockingScheduler
        from apscheduler.triggers.interval import IntervalTrigger
        from trainer import run_training

        clock = BlockingScheduler()

        @clock.scheduled_job(IntervalTrigger(hours=12))
        def refresh():
            run_training(epochs=3)

        if __name__ == "__main__":
            clock.start()
      `,
      'trainer.py': 'def run_training(epochs):\n    pass\n',
    });

    expect(locations(result).sort()).toEqual(['worker.py:7', 'worker.py:9']);
  });

  it('counts a schedule-library job on a method, run by a run_pending loop, through the object it calls', async () => {
    const result = await detect(automatedRetraining, {
      'ops/loop.py': py`
        import time
        import schedule
        from ops.refresher import ModelRefresher

        class Loop:
            def __init__(self):
                self.refresher = ModelRefresher()

            def tick(self):
                self.refresher.refresh_all()

            def run(self):
                schedule.every().monday.at("04:30").do(self.tick)
                while True:
                    schedule.run_pending()
                    time.sleep(30)
      `,
      'ops/refresher.py': py`
        import subprocess

        class ModelRefresher:
            def refresh_all(self):
                subprocess.run(["python", "pipelines/fit_ranker.py"], check=True)
      `,
      'pipelines/fit_ranker.py': FORECAST,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toContain('ops/loop.py:13');
    expect(locations(result)).toContain('ops/refresher.py:5');
  });

  it('counts a Celery beat entry and a periodic task added at configure time, by the task they name', async () => {
    const result = await detect(automatedRetraining, {
      'proj/celery_app.py': py`
        from celery import Celery
        from celery.schedules import crontab

        app = Celery("proj")
        app.conf.beat_schedule = {
            "weekly-refit": {"task": "proj.tasks.refit_churn", "schedule": crontab(day_of_week=0, hour=1)},
        }
      `,
      'proj/tasks.py': py`
        from proj.celery_app import app
        from proj.model import estimator, features

        @app.task
        def refit_churn():
            estimator.fit(*features())
      `,
      'proj/model.py': 'estimator = None\n\ndef features():\n    return [], []\n',
    });

    expect(locations(result).sort()).toEqual(['proj/celery_app.py:6', 'proj/tasks.py:6']);

    const periodic = await detect(automatedRetraining, {
      'beat.py': py`
        from celery import Celery
        from celery.schedules import crontab
        from learn import update_embeddings_model

        app = Celery("beat")

        @app.on_after_configure.connect
        def setup(sender, **kwargs):
            sender.add_periodic_task(crontab(hour=2), update_embeddings_model.s(), name="refit")
      `,
      'learn.py': 'def update_embeddings_model():\n    fine_tune(load())\n',
    });

    expect(locations(periodic).sort()).toEqual(['beat.py:9', 'learn.py:2']);
  });

  it('finds a beat task by the name it is registered under, and a run_pending loop handed to a thread', async () => {
    const result = await detect(automatedRetraining, {
      'celeryconfig.py': py`
        from celery.schedules import crontab

        beat_schedule = {"rank-refresh": {"task": "ranker.nightly", "schedule": crontab(hour=5)}}
      `,
      'worker/jobs.py': py`
        from worker.app import app
        from worker.ranker import Ranker

        @app.task(name="ranker.nightly")
        def nightly_job():
            Ranker().fit_from_clicks()
      `,
    });
    expect(locations(result).sort()).toEqual(['celeryconfig.py:3', 'worker/jobs.py:6']);

    const threaded = await detect(automatedRetraining, {
      'bot.py': py`
        import threading
        import schedule
        from learner import refresh_policy

        schedule.every(6).hours.do(refresh_policy)
        threading.Thread(target=schedule.run_pending, daemon=True).start()
      `,
      'learner.py': 'def refresh_policy():\n    agent.train(steps=10_000)\n',
    });
    expect(locations(threaded).sort()).toEqual(['bot.py:5', 'learner.py:2']);
  });

  it('counts rq-scheduler cron jobs, repeat_every at start-up, and a job that posts to a training endpoint', async () => {
    const rq = await detect(automatedRetraining, {
      'schedule_jobs.py': py`
        from redis import Redis
        from rq_scheduler import Scheduler
        import jobs

        scheduler = Scheduler(connection=Redis())
        scheduler.cron("15 3 * * *", func=jobs.rebuild, queue_name="default")
      `,
      'jobs.py': 'import subprocess\n\ndef rebuild():\n    subprocess.run(["python", "train.py"])\n',
    });
    expect(locations(rq).sort()).toEqual(['jobs.py:4', 'schedule_jobs.py:6']);

    const repeat = await detect(automatedRetraining, {
      'api/main.py': py`
        import requests
        from fastapi import FastAPI
        from fastapi_utils.tasks import repeat_every

        app = FastAPI()

        @app.on_event("startup")
        @repeat_every(seconds=60 * 60 * 24)
        def nightly() -> None:
            requests.post("http://trainer:8000/models/retrain", timeout=5)
      `,
    });
    expect(locations(repeat).sort()).toEqual(['api/main.py:10', 'api/main.py:8']);
  });

  it('is absent for a scheduled job that only scores or fetches data, though the file can train', async () => {
    const result = await detect(automatedRetraining, {
      'svc/jobs.py': py`
        import requests
        from apscheduler.schedulers.background import BackgroundScheduler
        from svc.model import model, train

        scheduler = BackgroundScheduler()

        def score_new_orders():
            return model.predict(load_orders())

        def fetch_training_data():
            frame = requests.get("http://warehouse/orders").json()
            save(frame)

        scheduler.add_job(score_new_orders, "interval", minutes=10)
        scheduler.add_job(fetch_training_data, "cron", hour=1)
        scheduler.start()
      `,
      'svc/model.py': 'model = None\n\ndef train(frame):\n    model.fit(frame)\n',
      'loop.py': py`
        import schedule
        from svc.model import model

        def score(trainer=None):
            return model.predict([])

        schedule.every().hour.do(score, trainer=model)
        while True:
            schedule.run_pending()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a commented-out or never-started scheduler, a one-off date job, a README, a test, and a hand-called endpoint', async () => {
    const result = await detect(automatedRetraining, {
      'never.py': py`
        from apscheduler.schedulers.background import BackgroundScheduler
        from svc.model import train

        scheduler = BackgroundScheduler()
        # scheduler.add_job(train, "cron", hour=2); scheduler.start()
        scheduler.add_job(train, "cron", hour=2)
      `,
      'once.py': py`
        from apscheduler.schedulers.blocking import BlockingScheduler
        from svc.model import train

        once = BlockingScheduler()
        once.add_job(train, "date", run_date="2025-01-01 02:00:00")
        once.start()
      `,
      'pending.py': 'import schedule\nfrom svc.model import train\n\nschedule.every().day.at("02:00").do(train)\n',
      'svc/model.py': 'def train(frame=None):\n    model.fit(frame)\n',
      'tests/test_jobs.py': py`
        import schedule
        from svc.model import train

        def test_nightly():
            schedule.every().day.do(train)
            schedule.run_all()
      `,
      'api.py': py`
        from fastapi import FastAPI
        from svc.model import train

        app = FastAPI()

        @app.post("/retrain")
        def retrain():
            train()
      `,
      'README.md': text`
        Retraining runs nightly: \`schedule.every().day.at("02:00").do(train)\` with APScheduler's CronTrigger.
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
