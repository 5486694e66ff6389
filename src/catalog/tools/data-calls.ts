// Calls that read, transform or write data (data_engineering), for pandas,
// polars, Dask, PySpark, DuckDB, PyArrow, Ray Data, Hugging Face Datasets,
// Beam, Kafka, SQL strings and document-ingestion pipelines. Data only; the
// matching is in src/signals/helpers/data.ts. Names are the resolved callee
// (`pandas.read_csv`, `df.groupby`, `?.to_parquet` on an expression).

/** One kind of data call: the resolved name matches `name`, and when given, a keyword or a string argument. */
export interface DataCall {
  name: RegExp;
  kwargs?: readonly string[];
  strings?: RegExp;
  /** Names that look alike but are something else (`torch.utils.data.DataLoader`, `os.path.join`). */
  not?: RegExp;
}

const SQL_READ = /\bSELECT\b[\s\S]*\bFROM\b/i;
const SQL_TRANSFORM = /\b(GROUP\s+BY|JOIN|OVER\s*\(|PIVOT|UNION)\b/i;
const SQL_WRITE = /\bINSERT\s+(INTO|OVERWRITE)\b[\s\S]*\bSELECT\b|\bCREATE\s+(OR\s+REPLACE\s+)?(TEMP\w*\s+)?(TABLE|VIEW)\b[\s\S]*\bAS\b|\bCOPY\b[\s\S]*\bTO\b|\bMERGE\s+INTO\b/i;
const SQL_CALL = /(^|\.)(sql|query|execute|executescript)$/;

export const DATA_READS: readonly DataCall[] = [
  { name: /(^|\.)(read_(csv|parquet|json|excel|feather|sql|sql_query|sql_table|table|orc|hdf|pickle|ipc|ipc_stream|avro|delta|database|database_uri|ndjson|fwf|xml|text|images|binary_files|numpy|spss|sas|stata)|scan_(csv|parquet|ndjson|ipc|delta|pyarrow_dataset))$/ },
  { name: /(^|\.)read(Stream)?\.(csv|parquet|json|orc|table|text|jdbc|load|format|option|options|schema)$/ },
  { name: /^datasets\.(load_dataset|load_from_disk)$/ },
  { name: /^(pyarrow\.(parquet|csv|json|feather|dataset)\.(read_table|read_csv|read_json|dataset|ParquetFile)|deltalake\.DeltaTable)$/ },
  { name: /^(kafka\.KafkaConsumer|confluent_kafka\.(Consumer|DeserializingConsumer))$/ },
  { name: /^apache_beam\.io(\.\w+)*\.ReadFrom\w+$/ },
  // Document loaders of an ingestion job (LangChain, LlamaIndex or the author's own `*Loader` classes).
  { name: /(^|\.)([A-Z]\w*Loader|SimpleDirectoryReader|load_data)$/, not: /(^|\.)(DataLoader|\w*(Yaml|YAML|Safe|Full|Unsafe|FileSystem|Package|Choice|Dict|Module|Function|Base|Prefix|Template|Source)Loader)$|^(torch|jinja2|yaml|importlib|tensorflow|keras)\./ },
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
  { name: /(^|\.)train_test_split$/ },
  // Hugging Face Datasets' `ds.map(tokenize, batched=True)`.
  { name: /(^|\.)map$/, kwargs: ['batched', 'num_proc', 'remove_columns', 'batch_size', 'fn_kwargs'] },
  { name: SQL_CALL, strings: SQL_TRANSFORM },
];

export const DATA_WRITES: readonly DataCall[] = [
  { name: /(^|\.)(to_parquet|to_csv|to_sql|to_json|to_feather|to_excel|to_pickle|to_hdf|to_orc|to_delta|write_parquet|write_csv|write_json|write_ndjson|write_ipc|write_database|write_delta|write_excel|sink_parquet|sink_csv|sink_ipc|saveAsTable|insertInto|save_to_disk|write_deltalake|write_table|write_dataset|write_to_dataset)$/ },
  { name: /(^|\.)write(Stream)?\.(csv|parquet|json|orc|jdbc|save|saveAsTable|insertInto|format|mode|option|partitionBy|start|text)$/ },
  { name: /^(pickle|joblib|cloudpickle|dill)\.dump$|^numpy\.(save|savez|savez_compressed|savetxt)$|^scipy\.sparse\.save_npz$|(^|\.)tofile$/ },
  { name: /^numpy\.(memmap|lib\.format\.open_memmap)$/, strings: /^[wr]\+$/ },
  { name: /^(kafka\.KafkaProducer|confluent_kafka\.(Producer|SerializingProducer))$/ },
  { name: /^apache_beam\.io(\.\w+)*\.WriteTo\w+$/ },
  // Writing chunks and embeddings into a vector store.
  { name: /(^|\.)(add_documents|add_texts|from_documents|from_texts|from_chunks|upsert|upsert_points|insert_nodes|index_documents|add_embeddings)$/ },
  { name: /(^|\.)(add|insert)$/, kwargs: ['embeddings', 'documents', 'vectors'] },
  { name: /(^|\.)(copy_expert|copy_from|copy_records_to_table)$/ },
  { name: SQL_CALL, strings: SQL_WRITE },
  { name: /(^|\.)(executemany)$/ },
];

/** Operations a reusable feature transformer (a class with fit/transform) applies to data frames. */
export const FRAME_OPS = /(^|\.)(merge|groupby|group_by|agg|aggregate|pivot_table|melt|get_dummies|fillna|with_columns|withColumn|groupBy)$|^(pandas|polars)\.concat$/;

/** Joins and aggregations: a module that writes nothing must do one of these to be a transformation step. */
export const STRUCTURAL_OPS = /(^|\.)(merge|merge_asof|join|groupby|group_by|groupBy|agg|aggregate|pivot_table|pivot|melt|unpivot|concat|map_batches|map_groups|explode|crosstab)$/;

/** SQL scripts that are a web app's schema history or test fixtures, not a data pipeline. */
export const NOT_SQL_PIPELINE = /(^|\/)(migrations?|alembic|flyway|liquibase|db\/migrate|tests?|fixtures?)\//i;
