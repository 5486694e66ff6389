// signals.md › data_engineering: the repository has its own data-transformation step outside notebooks: modules or jobs that load, transform (join, aggregate, compute features, clean) and write data with pandas, polars, Dask, PySp...
import { defineDetector } from './define.js';

export const dataEngineering = defineDetector({
  id: 'data_engineering',
  area: 'ml',
});
