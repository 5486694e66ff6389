// Held-out G, data_engineering evidence: Spark's RDD API is data work like its
// data frames. A job reading with a SparkContext (`sc.textFile`), joining or
// aggregating pair RDDs (`reduceByKey`, `aggregateByKey`) and saving the result
// (`saveAsTextFile`) is a load-transform-write step; plain `map`/`filter` are
// not a transformation on their own, and a copy writes its input unchanged.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

describe('signals/data_engineering (Spark RDD jobs)', () => {
  it('counts an RDD job that reads text files, aggregates by key and saves the result, at each step', async () => {
    const result = await detect(dataEngineering, {
      'jobs/genre_average.py': py`
        from pyspark import SparkContext

        if __name__ == "__main__":
            sc = SparkContext(appName="average rating per genre")
            ratings = sc.textFile(INPUT + "ratings.csv").map(parse_rating)
            genres = sc.textFile(INPUT + "movies.csv").flatMap(movie_genres)
            average = genres.join(ratings).values().aggregateByKey((0.0, 0), add_rating, merge_sums).map(mean)
            average.saveAsTextFile(OUTPUT)
      `,
      'jobs/word_count.py': py`
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.getOrCreate()
        lines = spark.sparkContext.wholeTextFiles("hdfs:///corpus")
        counts = lines.flatMap(lambda kv: kv[1].split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
        counts.saveAsPickleFile("hdfs:///counts")
      `,
    });

    expect(locations(result)).toEqual(['jobs/genre_average.py:5', 'jobs/genre_average.py:6', 'jobs/genre_average.py:8', 'jobs/word_count.py:4', 'jobs/word_count.py:5', 'jobs/word_count.py:6']);
    expect(result.evidence.map((e) => e.match)).toEqual([
      'sc.textFile()',
      '?.flatMap()',
      'average.saveAsTextFile()',
      'spark.sparkContext.wholeTextFiles()',
      '?.reduceByKey()',
      'counts.saveAsPickleFile()',
    ]);
  });

  it('is absent for an RDD copy that only parses and filters lines, and for RDD calls only mentioned', async () => {
    const result = await detect(dataEngineering, {
      'jobs/copy_logs.py': py`
        from pyspark import SparkContext

        sc = SparkContext()
        sc.textFile("logs/*.txt").map(lambda l: l.strip()).filter(bool).saveAsTextFile("logs_clean")
      `,
      'README.md': 'Run sc.textFile(...).reduceByKey(add).saveAsTextFile(out) on the cluster.\n',
      'notes.py': '# counts = sc.textFile(p).flatMap(split).reduceByKey(add); counts.saveAsTextFile(out)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
