// Held-out AC and A–W, data_engineering: Spark's readers and writers reached
// through a chain. `df.coalesce(1).write.csv(p)` and `df.write.mode(m)
// .parquet(p)` are parsed as `?.csv`/`?.parquet` on a receiver; a
// `spark.readStream \` chain continued over lines is one name. They are
// writes and streaming reads like `df.write.csv(p)`, so a Structured Streaming
// job (a Kafka topic in, features computed, a table out) and a batch job
// whose write follows a repartition are steps. A streaming job whose only
// sink is the console (or a foreachBatch that only shows its batch), a read
// then `.show()`, a chained copy with no transformation, a notebook that
// writes nothing and a README mention are not, and neither is a Spark ML
// trainer's model comparison written out (its report, not data).
import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (Spark reader and writer chains, streaming jobs)', () => {
  it('counts a Structured Streaming job from a Kafka topic to a table, its chains continued with backslashes or in parentheses', async () => {
    const result = await detect(dataEngineering, {
      'stream/clicks_job.py': py`
        from pyspark.sql import SparkSession
        from pyspark.sql.functions import col, from_json, window

        spark = SparkSession.builder.appName("clicks").getOrCreate()
        events = spark.readStream \\
            .format("kafka") \\
            .option("subscribe", "clicks") \\
            .load() \\
            .select(from_json(col("value").cast("string"), SCHEMA).alias("e"))
        per_page = events.groupBy(window("e.ts", "1 minute"), "e.page").count()
        per_page.writeStream \\
            .outputMode("update") \\
            .format("delta") \\
            .option("checkpointLocation", "/chk/clicks") \\
            .start("/tables/clicks_per_minute")
      `,
      'stream/sessions_job.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()
        raw = (
            spark.readStream.format("kinesis")
            .option("streamName", "sessions")
            .load()
        )
        scored = raw.withColumn("minutes", raw.seconds / 60).dropna()
        (scored.writeStream.option("checkpointLocation", "/chk/sessions").toTable("sessions_clean"))
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['stream/clicks_job.py:5', 'stream/clicks_job.py:9', 'stream/clicks_job.py:11', 'stream/sessions_job.py:5', 'stream/sessions_job.py:9', 'stream/sessions_job.py:10']);
    expect(result.evidence.map((e) => e.match)).toEqual([
      'spark.readStream.load()',
      '?.cast()',
      'per_page.writeStream.start()',
      'spark.readStream.load()',
      '?.dropna()',
      'scored.writeStream.toTable()',
    ]);
  });

  it('counts a streaming job whose foreachBatch function writes each batch, and a DStream job saving its counts', async () => {
    const result = await detect(dataEngineering, {
      'jobs/fraud_stream.py': py`
        from pyspark.sql import SparkSession
        from pyspark.sql.functions import col

        spark = SparkSession.builder.getOrCreate()

        def save_batch(batch, batch_id):
            batch.write.format("jdbc").option("dbtable", "alerts").mode("append").save()

        txns = spark.readStream.format("kafka").option("subscribe", "txns").load()
        flagged = txns.withColumn("delta", col("new_balance") - col("old_balance"))
        flagged.writeStream.foreachBatch(save_batch).start().awaitTermination()
      `,
      'jobs/tag_counts.py': py`
        from pyspark import SparkContext
        from pyspark.streaming import StreamingContext
        from pyspark.streaming.kafka import KafkaUtils

        ssc = StreamingContext(SparkContext(), 10)
        posts = KafkaUtils.createDirectStream(ssc, ["posts"], {"metadata.broker.list": BROKERS})
        tags = posts.flatMap(lambda kv: kv[1].split()).map(lambda t: (t, 1)).reduceByKey(lambda a, b: a + b)
        tags.saveAsTextFiles("hdfs:///tags/counts")
      `,
    });

    expect(locations(result)).toEqual(['jobs/fraud_stream.py:9', 'jobs/fraud_stream.py:10', 'jobs/fraud_stream.py:11', 'jobs/tag_counts.py:6', 'jobs/tag_counts.py:7', 'jobs/tag_counts.py:8']);
  });

  it('counts a batch job whose write follows a repartition, a select or a writer mode, or goes through writeTo', async () => {
    const result = await detect(dataEngineering, {
      'jobs/daily_sales.py': py`
        from pyspark.sql import SparkSession, functions as F

        spark = SparkSession.builder.getOrCreate()
        orders = spark.read.option("header", True).csv("s3a://lake/raw/orders/")
        daily = orders.groupBy("store", "day").agg(F.sum("amount").alias("revenue"))
        daily.repartition(8).write.mode("overwrite").partitionBy("day").parquet("s3a://lake/curated/daily_sales/")
      `,
      'jobs/customers.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()
        people = spark.read.format("jdbc").option("dbtable", "crm.people").load()
        people = people.dropDuplicates(["email"]).fillna({"country": "unknown"})
        people.select("id", "email", "country").coalesce(1).write.csv("exports/customers", header=True)
      `,
      'jobs/accounts.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()
        accounts = spark.read.table("raw.accounts").join(spark.read.table("raw.owners"), on="owner_id", how="left")
        accounts.writeTo("curated.accounts").using("iceberg").createOrReplace()
      `,
    });

    expect(locations(result)).toEqual(['jobs/accounts.py:4', 'jobs/accounts.py:5', 'jobs/customers.py:4', 'jobs/customers.py:5', 'jobs/customers.py:6', 'jobs/daily_sales.py:4', 'jobs/daily_sales.py:5', 'jobs/daily_sales.py:6']);
    expect(result.evidence.map((e) => e.match)).toEqual([
      '?.join()',
      'accounts.writeTo()',
      'spark.read.load()',
      '?.fillna()',
      'people.select().coalesce().write.csv()',
      'spark.read.csv()',
      '?.agg()',
      'daily.repartition().write.parquet()',
    ]);
  });

  it('counts a job across its own modules whose write helper saves one CSV part through coalesce(1)', async () => {
    const result = await detect(dataEngineering, {
      'lib/io.py': py`
        from pyspark.sql import SparkSession

        def load_reviews(path):
            return SparkSession.builder.getOrCreate().read.json(path)

        def save_single_csv(frame, out):
            frame.coalesce(1).write.mode("overwrite").csv(out, header=True)
      `,
      'lib/text.py': py`
        from pyspark.sql import functions as F

        def normalise_reviews(frame):
            frame = frame.withColumn("body", F.lower(F.col("body"))).dropna(subset=["body"])
            return frame.filter(F.length("body") > 3)
      `,
      'jobs/prepare_reviews.py': py`
        from lib.io import load_reviews, save_single_csv
        from lib.text import normalise_reviews

        def main():
            save_single_csv(normalise_reviews(load_reviews("raw/reviews.json")), "prepared/reviews")
      `,
    });

    expect(locations(result).sort()).toEqual(['lib/io.py:4', 'lib/io.py:7', 'lib/text.py:4']);
    expect(result.evidence.map((e) => e.match)).toContain('frame.coalesce().write.csv()');
  });

  it('is absent for a streaming job that only prints to the console, or whose foreachBatch only shows its batch', async () => {
    const result = await detect(dataEngineering, {
      'stream/watch.py': py`
        from pyspark.sql import SparkSession
        from pyspark.sql.functions import col

        spark = SparkSession.builder.getOrCreate()
        events = spark.readStream \\
            .format("kafka") \\
            .option("subscribe", "events") \\
            .load()
        parsed = events.withColumn("text", col("value").cast("string"))
        parsed.writeStream \\
            .outputMode("append") \\
            .format("console") \\
            .start() \\
            .awaitTermination()
      `,
      'stream/peek.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()

        def peek(batch, batch_id):
            print(batch_id)
            batch.show(5)

        rows = spark.readStream.format("kafka").option("subscribe", "rows").load()
        rows.withColumn("n", rows.value.cast("int")).writeStream.foreachBatch(peek).start()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a Spark ML trainer whose frame work serves its model and that writes its model comparison', async () => {
    const result = await detect(dataEngineering, {
      'train/spark_train.py': py`
        from pyspark.sql import SparkSession
        from pyspark.ml.classification import GBTClassifier, RandomForestClassifier

        spark = SparkSession.builder.getOrCreate()
        train = spark.read.parquet("features/train").withColumn("label", spark_col("churned").cast("double")).fillna(0)
        rows = []
        for name, est in {"gbt": GBTClassifier(), "rf": RandomForestClassifier()}.items():
            model = est.fit(train)
            rows.append((name, EVALUATOR.evaluate(model.transform(train))))
        comparison_df = spark.createDataFrame(rows, ["model", "auc"])
        comparison_df.coalesce(1).write.mode("overwrite").csv("reports/model_comparison")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for a read shown on screen, a chained copy with no transformation, a notebook exploration and a README mention', async () => {
    const result = await detect(dataEngineering, {
      'explore.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()
        df = spark.read.option("header", True).csv("data/trips.csv")
        df.printSchema()
        df.show(20)
      `,
      'convert.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()
        spark.read.option("header", True).csv("raw/trips.csv").coalesce(1).write.mode("overwrite").parquet("lake/trips")
      `,
      'eda.ipynb': notebook([
        'from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\ndf = spark.read.parquet("lake/trips")',
        'df.groupBy("zone").agg({"fare": "avg"}).orderBy("zone").show()',
      ]),
      'README.md': 'Write the result with `df.coalesce(1).write.mode("overwrite").csv(out)` after `spark.readStream.format("kafka")`.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
