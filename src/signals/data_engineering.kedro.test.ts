// Framework-managed input and output: a Kedro node that joins, aggregates or
// cleans frames writes through the data catalog (lib/data-kedro.ts); a node
// that only renames, one that trains a model, and a project without a
// catalog do not count.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

const CATALOG = 'orders:\n  type: pandas.CSVDataset\n  filepath: data/01_raw/orders.csv\n\norder_table:\n  type: pandas.ParquetDataset\n  filepath: data/03_primary/order_table.parquet\n';

const PIPELINE = py`
  from kedro.pipeline import Pipeline, node, pipeline

  from .nodes import build_table

  def create_pipeline(**kwargs) -> Pipeline:
      return pipeline([node(func=build_table, inputs=["orders", "customers"], outputs="order_table")])
`;

function project(nodes: string, catalog: string | null = CATALOG): Record<string, string> {
  return {
    'src/shop/pipelines/prep/nodes.py': nodes,
    'src/shop/pipelines/prep/pipeline.py': PIPELINE,
    ...(catalog === null ? {} : { 'conf/base/catalog.yml': catalog }),
  };
}

describe('signals/data_engineering (Kedro nodes)', () => {
  it('counts a node that merges frames, at its operations, its node() and the catalog', async () => {
    const result = await detect(dataEngineering, project(py`
      import pandas as pd

      def build_table(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
          table = orders.merge(customers, left_on="customer_id", right_on="id")
          return table.dropna()
    `));

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['conf/base/catalog.yml', 'src/shop/pipelines/prep/nodes.py:4', 'src/shop/pipelines/prep/nodes.py:5', 'src/shop/pipelines/prep/pipeline.py:6']);
  });

  it('does not count a node that only renames columns (near-miss)', async () => {
    const result = await detect(dataEngineering, project(py`
      import pandas as pd

      def build_table(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
          return orders.rename(columns={"id": "order_id"})
    `));

    expect(result.present).toBe(false);
  });

  it('does not count a node that trains a model on merged frames', async () => {
    const result = await detect(dataEngineering, project(py`
      import pandas as pd
      from sklearn.linear_model import LinearRegression

      def build_table(orders: pd.DataFrame, customers: pd.DataFrame):
          table = orders.merge(customers, on="id")
          return LinearRegression().fit(table[["x"]], table["y"])
    `));

    expect(result.present).toBe(false);
  });

  it('does not count node functions without a Kedro data catalog (absent)', async () => {
    const result = await detect(dataEngineering, project(py`
      import pandas as pd

      def build_table(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
          table = orders.merge(customers, left_on="customer_id", right_on="id")
          return table.dropna()
    `, null));

    expect(result.present).toBe(false);
  });
});
