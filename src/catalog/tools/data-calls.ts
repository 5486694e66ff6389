// Calls that read, transform or write data (data_engineering), for pandas,
// polars, Dask, PySpark (data frames and RDDs), DuckDB, PyArrow, Ray Data, Hugging Face Datasets,
// Beam, Kafka, SQL strings and document-ingestion pipelines. Data only; the
// matching is in src/signals/helpers/data.ts. Names are the resolved callee
// (`pandas.read_csv`, `df.groupby`, `?.to_parquet` on an expression).

/** One kind of data call: the resolved name matches `name`, and when given, a keyword or a string argument. */
export interface DataCall {
  name: RegExp;
  kwargs?: readonly string[];
  strings?: RegExp;
  /** The call is given something to read: a bare name or a string as an argument, or a keyword (`docx.Document(path)`, not `docx.Document()`, which starts a new one). */
  given?: true;
  /** Names that look alike but are something else (`torch.utils.data.DataLoader`, `os.path.join`). */
  not?: RegExp;
  /** A streaming source or sink: a job that reads one and writes another is a streaming dataflow job. */
  stream?: true;
}

const SQL_READ = /\bSELECT\b[\s\S]*\bFROM\b/i;
const SQL_TRANSFORM = /\b(GROUP\s+BY|JOIN|OVER\s*\(|PIVOT|UNION)\b/i;
const SQL_WRITE = /\bINSERT\s+(INTO|OVERWRITE)\b[\s\S]*\bSELECT\b|\bCREATE\s+(OR\s+REPLACE\s+)?(TEMP\w*\s+)?(TABLE|VIEW)\b[\s\S]*\bAS\b|\bCOPY\b[\s\S]*\bTO\b|\bMERGE\s+INTO\b/i;
/** A statement that writes rows: `INSERT INTO t VALUES (...)`, `INSERT OR REPLACE`, `UPSERT`, `UPDATE t SET`. */
const ROW_WRITE = /^\s*((INSERT|UPSERT|REPLACE)\s+(OR\s+\w+\s+)?INTO|UPDATE\s+[\w."`]+\s+SET)\b/i;
const SQL_CALL = /(^|\.)(sql|query|execute|executescript)$/;

/** Spark RDD transformations: by-key aggregations, joins of pair RDDs, and the camel-case maps no other Python library names so. */
const RDD_AGGREGATIONS = 'reduceByKey|groupByKey|aggregateByKey|combineByKey|foldByKey|countByKey|cogroup|groupWith|leftOuterJoin|rightOuterJoin|fullOuterJoin|subtractByKey';
const RDD_OPS = new RegExp(String.raw`(^|\.)(${RDD_AGGREGATIONS}|flatMap|mapValues|flatMapValues|mapPartitions|sortByKey)$`);

export const DATA_READS: readonly DataCall[] = [
  { name: /(^|\.)(read_(csv|parquet|json|excel|feather|sql|sql_query|sql_table|table|orc|hdf|pickle|ipc|ipc_stream|avro|delta|database|database_uri|ndjson|fwf|xml|html|images|binary_files|numpy|spss|sas|stata)|scan_(csv|parquet|ndjson|ipc|delta|pyarrow_dataset))$/ },
  // `Path.read_text()` reads any file; Ray Data's and Dask's read a dataset.
  { name: /^(ray\.data|dask\.bag)\.read_text$/ },
  { name: /(^|\.)read(Stream)?\.(csv|parquet|json|orc|table|text|jdbc|load|format|option|options|schema)$/ },
  { name: /^datasets\.(load_dataset|load_from_disk)$/ },
  // Spark's RDD API: a SparkContext's file readers (`sc.textFile`, `spark.sparkContext.wholeTextFiles`).
  { name: /(^|\.)(textFile|wholeTextFiles|pickleFile|sequenceFile|objectFile|hadoopFile|newAPIHadoopFile|binaryFiles|binaryRecords)$/ },
  { name: /^(pyarrow\.(parquet|csv|json|feather|dataset)\.(read_table|read_csv|read_json|dataset|ParquetFile)|deltalake\.DeltaTable)$/ },
  { name: /^(kafka\.KafkaConsumer|aiokafka\.AIOKafkaConsumer|confluent_kafka\.(Consumer|DeserializingConsumer|avro\.AvroConsumer))$/, stream: true },
  // Spark Streaming's DStreams: a Kafka direct stream, a folder watched for new files.
  { name: /^pyspark\.streaming\.kafka\.KafkaUtils\.(createDirectStream|createStream)$|(^|\.)textFileStream$/, stream: true },
  { name: /(^|\.)readStream\.\w+$/, stream: true },
  { name: /^apache_beam\.io(\.\w+)*\.ReadFrom\w+$/ },
  // Streaming dataflow sources: Flink, Bytewax, Quix Streams, Faust topics, Kinesis and Pub/Sub consumers.
  { name: /(^|\.)(from_source|add_source)$/, stream: true },
  { name: /^bytewax\.(operators\.input|inputs|connectors)(\.\w+)*$/, stream: true },
  { name: /^quixstreams\.Application$|^quixstreams\.app\.Application$/, stream: true },
  { name: /^google\.cloud\.pubsub_v1\.SubscriberClient$|(^|\.)get_records$/, stream: true },
  // Document loaders of an ingestion job (LangChain, LlamaIndex or the author's own `*Loader` classes; a LangChain loader's `load_and_split`).
  { name: /(^|\.)([A-Z]\w*Loader|SimpleDirectoryReader|load_data|load_and_split)$/, not: /(^|\.)(DataLoader|\w*(Yaml|YAML|Safe|Full|Unsafe|FileSystem|Package|Choice|Dict|Module|Function|Base|Prefix|Template|Source)Loader)$|^(torch|jinja2|yaml|importlib|tensorflow|keras)\./ },
  // Document parsers of an ingestion job, read before chunking: PyMuPDF, pypdf/PyPDF2, pdfplumber, pdfminer,
  // unstructured, Docling, MarkItDown, LlamaParse, and python-docx opening a file.
  { name: /^(fitz|pymupdf)\.open$|^pymupdf4llm\.to_markdown$|^(pypdf|PyPDF2|PyPDF4)(\.\w+)*\.(PdfReader|PdfFileReader)$|^pdfplumber\.open$|^pdfminer\.high_level\.(extract_text|extract_pages)$/ },
  { name: /^unstructured\.partition(\.\w+)*\.partition(_\w+)?$|^(docling(\.\w+)*\.DocumentConverter|markitdown\.MarkItDown|llama_parse\.LlamaParse)$/ },
  { name: /^docx\.Document$/, given: true },
  { name: SQL_CALL, strings: SQL_READ },
];

export const DATA_TRANSFORMS: readonly DataCall[] = [
  { name: /(^|\.)(merge|merge_asof|groupby|group_by|groupBy|agg|aggregate|pivot_table|pivot|melt|unpivot|dropna|fillna|drop_duplicates|dropDuplicates|drop_nulls|fill_null|astype|cast|with_columns|withColumn|withColumns|withColumnRenamed|resample|rolling|get_dummies|map_batches|map_groups|explode|assign|sort_values|cut|qcut|to_datetime|interpolate|crosstab|map_elements|apply|transform|fit_transform|add_column|flat_map|filter_by)$/, not: /^(os|sys|builtins|typing|numpy\.random|nest_asyncio|asyncio|functools|itertools|operator|re|json|math|random|string|copy|inspect|logging|warnings)\./ },
  { name: /^(pandas|polars|dask\.dataframe|modin\.pandas)\.concat$/ },
  { name: /(^|\.)(join)$/, kwargs: ['on', 'how', 'left_on', 'right_on'] },
  { name: /(^|\.)(rename|drop)$/, kwargs: ['columns', 'axis'] },
  { name: /(^|\.)sample$/, kwargs: ['n', 'frac', 'fraction'], not: /^(random|numpy\.random)\./ },
  // Chunking documents before embedding them.
  { name: /(^|\.)(split_documents|split_text|create_documents|get_nodes_from_documents|[A-Z]\w*TextSplitter|[A-Z]\w*NodeParser|\w*text_splitter)$/ },
  { name: /^apache_beam\.(Map|FlatMap|Filter|GroupByKey|CombinePerKey|CombineGlobally|ParDo|Partition|CoGroupByKey)$/ },
  // Streaming operators: Flink keyed windows, Bytewax operators.
  { name: /(^|\.)(key_by|window|window_all|tumble|reduce_window)$|^bytewax\.operators\.(map|flat_map|filter|fold_window|reduce_window|collect_window|join|stateful_map)$/ },
  { name: /(^|\.)train_test_split$/ },
  // Spark's RDD API: pair-RDD aggregations and joins, and its camel-case maps (`rdd.flatMap`, `pairs.mapValues`).
  { name: RDD_OPS },
  // Hugging Face Datasets' `ds.map(tokenize, batched=True)`.
  { name: /(^|\.)map$/, kwargs: ['batched', 'num_proc', 'remove_columns', 'batch_size', 'fn_kwargs'] },
  { name: SQL_CALL, strings: SQL_TRANSFORM },
];

/**
 * An index or vector store saved where it outlives the process: LangChain's `save_local`, FAISS's `write_index`, a
 * LlamaIndex or Chroma store's `persist` (lib/document-jobs.ts: a document job's persisted write; lib/memory-stores.ts:
 * a store it saves is not kept only in memory).
 */
export const SAVED_INDEX = /(^|\.)(save_local|write_index)$|(^|\.)(storage_context|\w*(store|db|index))\.persist$/i;

/** Writing chunks and embeddings into a vector store, LangChain's async forms too (`aadd_documents`, `afrom_texts`): a document-ingestion job's write. */
export const VECTOR_STORE_WRITES: readonly DataCall[] = [
  { name: /(^|\.)(a?add_documents|a?add_texts|a?from_documents|a?from_texts|from_chunks|upsert|upsert_points|a?insert_nodes|index_documents|add_embeddings)$/ },
  { name: /(^|\.)(add|insert)$/, kwargs: ['embeddings', 'documents', 'vectors'] },
];

/**
 * `push_to_hub` of a Hugging Face dataset, by a receiver named for data
 * (`ds`, `dataset_dict`, `train_data`): the dataset written to a Hub dataset
 * repository. A model's, a tokenizer's or a trainer's push is not data.
 */
export const DATASET_PUSH = /(^|\.)\w*(data|ds)\w*\.push_to_hub$/i;

export const DATA_WRITES: readonly DataCall[] = [
  { name: /(^|\.)(to_parquet|to_csv|to_sql|to_json|to_feather|to_excel|to_pickle|to_hdf|to_orc|to_delta|write_parquet|write_csv|write_json|write_ndjson|write_ipc|write_database|write_delta|write_excel|sink_parquet|sink_csv|sink_ipc|saveAsTable|insertInto|save_to_disk|write_deltalake|write_table|write_dataset|write_to_dataset)$/ },
  { name: /(^|\.)write(Stream)?\.(csv|parquet|json|orc|jdbc|save|saveAsTable|insertInto|format|mode|option|partitionBy|start|text|toTable)$/ },
  // Spark's DataFrameWriterV2: `df.writeTo("catalog.db.table").append()`.
  { name: /(^|\.)writeTo$/, given: true },
  { name: /^(pickle|joblib|cloudpickle|dill)\.dump$|^numpy\.(save|savez|savez_compressed|savetxt)$|^scipy\.sparse\.save_npz$|(^|\.)tofile$/ },
  { name: /^numpy\.(memmap|lib\.format\.open_memmap)$/, strings: /^[wr]\+$/ },
  { name: /^(kafka\.KafkaProducer|aiokafka\.AIOKafkaProducer|confluent_kafka\.(Producer|SerializingProducer|avro\.AvroProducer))$/, stream: true },
  // Spark Streaming's DStreams written out in files.
  { name: /(^|\.)saveAsTextFiles$/, stream: true },
  { name: /(^|\.)writeStream\.\w+$/, stream: true },
  { name: /^apache_beam\.io(\.\w+)*\.WriteTo\w+$/ },
  // Streaming dataflow sinks: Flink, Bytewax, Quix Streams, Kinesis and Pub/Sub producers.
  { name: /(^|\.)(sink_to|add_sink|execute_insert|to_topic)$|^bytewax\.(operators\.output|outputs)(\.\w+)*$/, stream: true },
  { name: /^google\.cloud\.pubsub_v1\.PublisherClient$|(^|\.)(put_record|put_records|put_record_batch)$/, stream: true },
  ...VECTOR_STORE_WRITES,
  // A Hugging Face dataset written to a Hub dataset repository (`dataset_dict.push_to_hub(repo)`), as `save_to_disk` writes it to a folder.
  { name: DATASET_PUSH },
  { name: /(^|\.)(copy_expert|copy_from|copy_records_to_table)$/ },
  // Spark's RDD API: `rdd.saveAsTextFile(path)`, `saveAsPickleFile`, Hadoop output formats.
  { name: /(^|\.)(saveAsTextFile|saveAsPickleFile|saveAsSequenceFile|saveAsObjectFile|saveAsHadoopFile|saveAsNewAPIHadoopFile|saveAsHadoopDataset|saveAsNewAPIHadoopDataset)$/ },
  { name: SQL_CALL, strings: SQL_WRITE },
  { name: /(^|\.)(executemany)$/ },
  // Rows written through a DB-API cursor or a warehouse client: psycopg2.extras, Snowflake's write_pandas, BigQuery loads.
  { name: /(^|\.)(execute_values|execute_batch|write_pandas|insert_rows_json|load_table_from_dataframe|load_table_from_json)$/ },
  { name: /(^|\.)(execute|exec_driver_sql)$/, strings: ROW_WRITE },
];

/**
 * Transformations that do not make a step on their own: renaming or dropping
 * columns while assembling a report, sorting, sampling, and splitting a
 * dataset into files (`train_test_split` then `to_csv`).
 */
export const WEAK_OPS = /(^|\.)(rename|withColumnRenamed|drop|sort_values|sample|train_test_split|randomSplit)$/;

/** Cleaning: missing values, duplicates, types, dates. */
export const CLEANING_OPS = /(^|\.)(dropna|fillna|drop_duplicates|dropDuplicates|drop_nulls|fill_null|astype|cast|to_datetime|interpolate|clip)$/;

/**
 * A function or module named for transforming data (not for loading a dataset: `load_citibike`); chunking a document's
 * text (`create_chunks`) is one, and so is parsing, converting or deriving records (`convert_line`, `parse_event`,
 * `derive_state`), but not parsing a command line (`parse_args`, `build_parser`).
 */
export const TRANSFORM_NAME =
  /clean|preprocess|process|prepar|transform|feature|engineer|aggregat|merge|join|enrich|normali[sz]|encod|imput|etl|wrangl|chunk|(^|_)(convert|derive)|(^|_)pars(e|ing)(?!_?(args|arguments|argv|opts?|options|cli|command_?line|config)(_|$))(_|$)/i;

/** Libraries whose data frames a transformation module works on. */
export const FRAME_LIBRARIES = ['pandas', 'polars', 'pyspark', 'dask', 'modin', 'duckdb', 'vaex', 'ibis'];

/** Operations a reusable feature transformer (a class with fit/transform) applies to data frames. */
export const FRAME_OPS = /(^|\.)(merge|groupby|group_by|agg|aggregate|pivot_table|melt|get_dummies|fillna|with_columns|withColumn|groupBy)$|^(pandas|polars)\.concat$/;

/** Joins and aggregations: a module that writes nothing must do one of these to be a transformation step. */
export const STRUCTURAL_OPS = new RegExp(String.raw`(^|\.)(merge|merge_asof|join|groupby|group_by|groupBy|agg|aggregate|pivot_table|pivot|melt|unpivot|concat|map_batches|map_groups|explode|crosstab|${RDD_AGGREGATIONS})$`);

/**
 * Drawing a chart: matplotlib, seaborn, plotly, bokeh and altair calls, and a
 * frame's own plotting (`df.plot(...)`, `df.plot.bar()`, `df.hist()`,
 * `df.boxplot()`). A function whose frames end in a chart is reporting
 * (signals/lib/data.ts: reportingScopes).
 */
export const CHART_CALLS = /^(matplotlib|seaborn|plotly|bokeh|altair|plotnine)\.|(^|\.)(plot|savefig|hist|boxplot|scatter_matrix)$|(^|\.)plot\.\w+$/;
/** Chart settings, not a chart: a backend, a style, rc parameters (`matplotlib.use("Agg")`, `sns.set_theme()`). */
export const CHART_SETUP = /^(matplotlib|seaborn)\.(use|rc\w*|set\w*|pyplot\.(style\.use|switch_backend|rc\w*|ioff|ion))$/;

/** SQL scripts that are a web app's schema history or test fixtures, not a data pipeline. */
export const NOT_SQL_PIPELINE = /(^|\/)(migrations?|alembic|flyway|liquibase|db\/migrate|tests?|fixtures?)\//i;

/**
 * Reads of a plain-Python ETL job (no data frames): JSON and CSV files, an
 * HTTP API, rows fetched from a database cursor. Only with a database write
 * and a transformation of the module's own (signals/lib/data-jobs.ts).
 */
export const ROW_READS = /^(json\.load|csv\.(reader|DictReader)|requests\.(get|post)|httpx\.(get|post)|urllib\.request\.urlopen)$|(^|\.)(fetchall|fetchmany)$/;

/**
 * Reads of a record-file job (signals/lib/record-jobs.ts): data records read
 * from a file without a data frame: JSON (`json.load`; `json.loads` only
 * beside a file opened for reading), CSV rows, XML annotations, JSON Lines,
 * NumPy arrays, MATLAB and EEG recordings.
 */
export const RECORD_READS =
  /^(json\.load|csv\.(reader|DictReader)|xml\.etree\.(c?ElementTree)\.(parse|iterparse)|lxml\.etree\.parse|xml\.dom\.minidom\.parse|xmltodict\.parse|jsonlines\.(open|Reader)|srsly\.read_(json|jsonl)|numpy\.(load|loadtxt|genfromtxt|fromfile)|scipy\.io\.loadmat|mne\.io\.read_raw\w*|pyedflib\.EdfReader)$/;

/**
 * Writes of a record-file job besides the data-frame and array writes of
 * DATA_WRITES: a JSON document (`json.dump`), CSV rows, JSON Lines written by
 * a library. A line written with `json.dumps` or a formatted record line is
 * recognised by the job itself (signals/lib/record-jobs.ts).
 */
export const RECORD_WRITES = /^(json\.dump|srsly\.write_(json|jsonl))$|(^|\.)(writerows?|write_all)$/;

/**
 * A function named for turning records into other records (beyond
 * TRANSFORM_NAME): formatting or reformatting them, converting them to a
 * dataset format (`to_yolo`, `voc2coco`, `to_chatml`), building prompts,
 * examples or pairs from them, tokenising or augmenting them.
 */
export const RECORD_TRANSFORM_NAME =
  /(^|_)(re)?format(ted|ting|s)?(_|$)|(^|_)(to|2)_?(yolo|coco|voc|chatml|alpaca|sharegpt|jsonl?|csv|ya?ml|instructions?|prompts?|messages|conversations?|records?|examples?|samples?)(_|$)|[a-z]2(yolo|coco|voc|jsonl?|csv|ya?ml)(_|$)|(^|_)(build|make|create)_\w*?(prompts?|examples?|records?|pairs?|instructions?|conversations?|annotations?|features?)(_|$)|tokeni[sz]|augment/i;

/** Names of a function that splits, shuffles or samples a dataset: never a record job's transformation (a split into files is none). */
export const SPLIT_NAME = /(^|_)(split|shuffl|sampl|subsampl|partition|k?folds?)/i;

/** Calls of a split, a shuffle or a sample. */
export const SPLIT_CALLS = /(^|\.)(shuffle|sample|train_test_split|randomSplit|permutation|random_split)$/;

/**
 * Signal and feature computations over arrays (a band-pass filter, a
 * spectrum, MFCCs, a wavelet transform): a record job that computes features
 * from the arrays it reads.
 */
export const FEATURE_OPS = /^(scipy\.signal\.\w+|scipy\.fft\.\w+|numpy\.fft\.\w+|librosa\.(feature\.\w+|stft|cqt|effects\.\w+)|mne\.filter\.\w+|pywt\.\w+|python_speech_features\.\w+)$/;

/**
 * A data frame built in memory from rows the module fetched or parsed itself
 * (`pd.DataFrame(rows)`, `pd.json_normalize(payload)`, Spark's
 * `createDataFrame`): with a ROW_READS read, the frame a scraper or an API
 * client loads (signals/lib/data-jobs.ts).
 */
export const FRAME_BUILDS = /^(pandas|polars|dask\.dataframe|modin\.pandas)\.(DataFrame|DataFrame\.from_records|DataFrame\.from_dict|json_normalize|from_dicts|from_records)$|(^|\.)createDataFrame$/;

/** Writes of rows into a database: a DB-API cursor's INSERT/UPDATE, bulk inserts and copies, warehouse loads. */
export const DB_WRITES = /(^|\.)(execute|executemany|exec_driver_sql|execute_values|execute_batch|copy_expert|copy_from|copy_records_to_table|write_pandas|insert_rows_json|load_table_from_dataframe|load_table_from_json|to_sql|write_database)$/;

/** Serialising an object to a file (pickle, joblib, NumPy): after training, the model or its arrays, not transformed data. */
export const SERIALISE_WRITES = /^(pickle|joblib|cloudpickle|dill)\.dump$|^numpy\.(save|savez|savez_compressed|savetxt|memmap|lib\.format\.open_memmap)$|^scipy\.sparse\.save_npz$|(^|\.)tofile$/;

/** Fitting or training: `fit`, XGBoost/LightGBM `train`, a Trainer's `train`. A transformer's fit too (`CountVectorizer().fit`): see MODEL_CALLS. */
export const TRAINING_CALLS = /(^|\.)(fit|fit_generator|partial_fit|train_on_batch)$|^(xgboost|lightgbm|catboost)\.train$|(^|\.)[Tt]rainer\.train$/;

/** What makes a fit the training of a model rather than of a feature transformer: an estimator built (scikit-learn's, Spark ML's), or predictions made. */
export const MODEL_CALLS = /^(sklearn\.(ensemble|linear_model|tree|svm|neighbors|naive_bayes|neural_network|discriminant_analysis|gaussian_process|kernel_ridge)\.\w+|pyspark\.ml\.(classification|regression|clustering|recommendation)\.\w+|(xgboost|lightgbm|catboost)\.\w+|(tensorflow\.)?keras(\.models)?\.(Sequential|Model))$|(^|\.)(predict|predict_proba|compile)$/;

/**
 * A fitted feature preprocessor for a model: scikit-learn's scalers, encoders and imputers and the column transformer
 * that bundles them (`sklearn.preprocessing`, `sklearn.impute`, `sklearn.compose`). What a module fits with them is the
 * model's input, and what it dumps is the fitted preprocessor, not data.
 */
export const PREPROCESSOR_BUILDS = /^sklearn\.(preprocessing|impute|compose)\.\w+$/;

/** An in-process scheduler: the `schedule` library, APScheduler. */
export const SCHEDULER_CALLS = /^schedule\.every$|^apscheduler(\.\w+)*\.(BlockingScheduler|BackgroundScheduler|AsyncIOScheduler)$|(^|\.)(add_job|scheduled_job)$/;

/** SQL that `sql` facts hold is run by one of these: a DB-API cursor, SQLAlchemy, BigQuery `client.query`, `spark.sql`, `duckdb.sql`. */
export const SQL_RUNNER = /(^|\.)(sql|query|execute|executescript|exec_driver_sql|run_query|read_sql|read_sql_query)$/;
