// Issue 15, automated_retraining: cloud triggers set in code. An EventBridge
// rule or schedule (boto3, AWS CDK), a SageMaker Pipeline schedule or a
// Terraform rule that starts a training pipeline or job on an S3 upload or a
// timetable is "a scheduled or triggered job ... that trains" (signals.md);
// one that starts batch scoring or an inference Lambda is not.
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

/** A SageMaker pipeline definition; `steps` are the step classes it builds. */
function sagemakerPipeline(steps: string[]): string {
  return py`
    from sagemaker.workflow.pipeline import Pipeline
    from sagemaker.workflow.steps import ${steps.join(', ')}

    def get_pipeline(estimator, transformer, processor):
        ${steps.map((s) => `step_${s.toLowerCase()} = ${s}(name="${s}", estimator=estimator)`).join('\n        ')}
        return Pipeline(name="p", steps=[${steps.map((s) => `step_${s.toLowerCase()}`).join(', ')}])
  `;
}

/** A notebook that sets an EventBridge rule on S3 uploads (and a disabled daily one) targeting a SageMaker pipeline it looks up. */
function triggerNotebook(pipelineName: string, state = 'ENABLED'): string {
  return notebook([
    `import boto3\nsm = boto3.client("sagemaker")\npipeline_arn = sm.describe_pipeline(PipelineName=${pipelineName})["PipelineArn"]\n`,
    `events = boto3.client("events")\nevents.put_rule(Name=rule_name, ScheduleExpression="rate(1 day)", State="DISABLED")\n`,
    `pattern = {"source": ["aws.s3"], "detail-type": ["AWS API Call via CloudTrail"]}\n\nresponse = events.put_rule(\n    Name="new-data-rule",\n    EventPattern=json.dumps(pattern),\n    State="${state}",\n)\n`,
    `events.put_targets(Rule="new-data-rule", Targets=[{"Id": "p", "Arn": pipeline_arn, "RoleArn": role}])\n`,
  ]);
}

describe('signals/automated_retraining (cloud triggers set in code)', () => {
  it('finds a boto3 EventBridge rule on S3 uploads whose target is the training pipeline defined beside it', async () => {
    const result = await detect(automatedRetraining, {
      'pipelines/qa/triggers.ipynb': triggerNotebook('pipeline_name'),
      'pipelines/qa/pipeline.py': sagemakerPipeline(['ProcessingStep', 'TrainingStep']),
      'pipelines/scoring/pipeline.py': sagemakerPipeline(['TransformStep']),
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['pipelines/qa/triggers.ipynb#cell=2:3', 'pipelines/qa/pipeline.py:6']);
    expect(result.evidence[0].match).toBe('events.put_rule(EventPattern)');
  });

  it('finds an EventBridge schedule named for retraining, and a rule whose Lambda handler starts a training job', async () => {
    const result = await detect(automatedRetraining, {
      'ops/schedule.py': py`
        import boto3
        scheduler = boto3.client("scheduler")
        scheduler.create_schedule(Name="nightly-retrain", ScheduleExpression="cron(0 3 * * ? *)", Target={"Arn": arn, "RoleArn": role})
      `,
      'ops/rule.py': py`
        import boto3
        events = boto3.client("events")
        lmd = boto3.client("lambda")
        events.put_rule(Name=name, ScheduleExpression="rate(7 days)")
        lmd.add_permission(FunctionName=fn_name, StatementId="events", Action="lambda:InvokeFunction", Principal="events.amazonaws.com")
        events.put_targets(Rule=name, Targets=[{"Id": "1", "Arn": fn_arn}])
      `,
      'ops/lambda/app.py': py`
        import boto3
        sm = boto3.client("sagemaker")

        def lambda_handler(event, context):
            sm.create_training_job(TrainingJobName=name, AlgorithmSpecification=spec)
      `,
    });

    // The schedule is its own named target; where a target trains is cited after the triggers.
    expect(locations(result)).toEqual(['ops/rule.py:4', 'ops/schedule.py:3', 'ops/lambda/app.py:5']);
  });

  it('finds an AWS CDK rule that targets a training Lambda and a Terraform rule whose target is named for training', async () => {
    const result = await detect(automatedRetraining, {
      'infra/stack.py': py`
        from aws_cdk import aws_events as events, aws_events_targets as targets

        def build(self, train_fn):
            events.Rule(self, "Nightly", schedule=events.Schedule.cron(hour="3"), targets=[targets.LambdaFunction(train_fn)])
      `,
      'terraform/events.tf': 'resource "aws_cloudwatch_event_rule" "weekly" {\n  schedule_expression = "rate(7 days)"\n}\n\nresource "aws_cloudwatch_event_target" "train_pipeline" {\n  rule = aws_cloudwatch_event_rule.weekly.name\n}\n',
    });

    expect(locations(result)).toEqual(['terraform/events.tf:1', 'terraform/events.tf:5', 'infra/stack.py:4']);
    expect(result.evidence.map((e) => e.match)).toContain('aws_cdk.aws_events.Rule(schedule)');
  });

  it('is absent for a rule that starts batch scoring, an inference Lambda, a disabled rule and a rule with no target', async () => {
    const result = await detect(automatedRetraining, {
      // The pipeline it looks up is named for scoring, though a training pipeline sits beside it.
      'pipelines/a/triggers.ipynb': triggerNotebook('"batch-scoring-pipeline"'),
      'pipelines/a/pipeline.py': sagemakerPipeline(['TrainingStep']),
      // The nearest pipeline only transforms.
      'pipelines/b/triggers.ipynb': triggerNotebook('pipeline_name'),
      'pipelines/b/pipeline.py': sagemakerPipeline(['TransformStep']),
      // Disabled, beside a training pipeline.
      'pipelines/c/triggers.ipynb': triggerNotebook('pipeline_name', 'DISABLED'),
      'pipelines/c/pipeline.py': sagemakerPipeline(['TrainingStep']),
      // The Lambda handler calls an endpoint.
      'ops/rule.py': py`
        import boto3
        events = boto3.client("events")
        boto3.client("lambda").add_permission(FunctionName=fn_name, Action="lambda:InvokeFunction")
        events.put_rule(Name=name, ScheduleExpression="rate(1 hour)")
        events.put_targets(Rule=name, Targets=[{"Id": "1", "Arn": fn_arn}])
      `,
      'ops/lambda/app.py': 'import boto3\n\ndef lambda_handler(event, context):\n    return runtime.invoke_endpoint(EndpointName=name, Body=event["body"])\n',
      'infra/stack.py': py`
        from aws_cdk import aws_events as events, aws_events_targets as targets
        events.Rule(self, "Hourly", schedule=events.Schedule.rate(hours), targets=[targets.LambdaFunction(score_fn)])
      `,
      'jobs/rule.py': 'import boto3\nboto3.client("events").put_rule(Name="retrain", ScheduleExpression="rate(1 day)")\n',
      'README.md': 'An EventBridge rule retrains the model every night.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
