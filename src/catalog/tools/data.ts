// Data engineering libraries. Which of their calls read, transform or write
// data is rule vocabulary in src/signals/helpers/data.ts.
import { defineTools } from '../types.js';

export const DATA_TOOLS = defineTools([
  { id: 'pandas', name: 'pandas', pypi: ['pandas'], imports: ['pandas'], signals: [] },
  { id: 'numpy', name: 'NumPy', pypi: ['numpy'], imports: ['numpy'], signals: [] },
  { id: 'polars', name: 'Polars', pypi: ['polars'], imports: ['polars'], signals: [] },
  { id: 'dask', name: 'Dask', pypi: ['dask'], imports: ['dask'], signals: [] },
  { id: 'pyspark', name: 'PySpark', pypi: ['pyspark'], imports: ['pyspark'], signals: [], aliases: ['spark', 'apache spark'] },
  { id: 'duckdb', name: 'DuckDB', pypi: ['duckdb'], imports: ['duckdb'], signals: [] },
  { id: 'dbt', name: 'dbt', pypi: ['dbt-core'], imports: ['dbt'], signals: ['data_engineering'], files: ['**/dbt_project.yml'], projectFiles: ['models/**/*.sql', 'snapshots/**/*.sql', 'tests/**/*.sql'] },
  { id: 'sqlalchemy', name: 'SQLAlchemy', pypi: ['sqlalchemy'], imports: ['sqlalchemy'], signals: [] },
  { id: 'pyarrow', name: 'PyArrow', pypi: ['pyarrow'], imports: ['pyarrow'], signals: [] },
  { id: 'kafka', name: 'Kafka', pypi: ['kafka-python', 'confluent-kafka', 'aiokafka'], imports: ['kafka', 'confluent_kafka', 'aiokafka'], signals: [] },
  { id: 'ray-data', name: 'Ray Data', pypi: ['ray'], imports: ['ray.data'], signals: [] },
  { id: 'apache-beam', name: 'Apache Beam', pypi: ['apache-beam'], imports: ['apache_beam'], signals: [], aliases: ['beam'] },
  { id: 'feast', name: 'Feast', pypi: ['feast'], imports: ['feast'], signals: [], aliases: ['feature store'] },
  { id: 'hopsworks', name: 'Hopsworks', pypi: ['hopsworks', 'hsfs', 'hsml'], imports: ['hopsworks', 'hsfs', 'hsml'], signals: [] },
  { id: 'matplotlib', name: 'Matplotlib', pypi: ['matplotlib'], imports: ['matplotlib'], signals: [] },
  { id: 'seaborn', name: 'seaborn', pypi: ['seaborn'], imports: ['seaborn'], signals: [] },
  { id: 'scipy', name: 'SciPy', pypi: ['scipy'], imports: ['scipy'], signals: [] },
]);
