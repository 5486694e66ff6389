// drift_monitoring's tool knowledge beyond imports: the calls that show a
// drift library or a managed monitor at work (`DRIFT_PATTERNS`), and the names
// and statistics that make hand-written code a drift check. Data only, like
// mlops-calls.ts (split from it by signal).
import type { UsePattern } from '../types.js';

// ── drift_monitoring ───────────────────────────────────────────────────
export const DRIFT_PATTERNS: readonly UsePattern[] = [
  { tool: 'deepchecks', calls: ['deepchecks'], name: /Drift|train_test_validation/ },
  { tool: 'river', calls: ['river.drift'] },
  // Managed model monitoring: drift and skew jobs on a deployed endpoint.
  { tool: 'vertex-ai', calls: ['google.cloud'], name: /^google\.cloud\.aiplatform[\w.]*\.(ModelDeploymentMonitoringJob|model_monitoring|ModelMonitoringObjectiveConfig|PredictionDriftDetectionConfig|TrainingPredictionSkewDetectionConfig|DriftDetectionConfig|SkewDetectionConfig)\b/ },
  { tool: 'vertex-ai', methods: ['create_model_deployment_monitoring_job'], within: ['google.cloud'] },
  // Data capture is prediction logging (observability), not a drift check.
  { tool: 'sagemaker', calls: ['sagemaker.model_monitor'], notName: /DataCaptureConfig$|\.data_capture_config\b/ },
  { tool: 'scikit-multiflow', calls: ['skmultiflow.drift_detection'] },
  // `import popmon` registers pandas accessors, so its name is never used again: the accessor calls are the use.
  { tool: 'popmon', methods: ['pm_stability_report', 'pm_stability_metrics', 'pm_make_histograms'], within: ['popmon'] },
  // TFDV compares statistics with a previous span (drift) or with serving data (skew).
  { tool: 'tfdv', calls: ['tensorflow_data_validation.validate_statistics'], kwargs: ['previous_statistics', 'serving_statistics'] },
  { tool: 'sagemaker', methods: ['create_monitoring_schedule', 'create_data_quality_job_definition', 'create_model_quality_job_definition'], within: ['boto3', 'sagemaker'] },
  { tool: 'azure-ml', calls: ['azureml.datadrift', 'azure.ai.ml.entities.MonitorSchedule', 'azure.ai.ml.entities.MonitorDefinition', 'azure.ai.ml.entities.DataDriftSignal', 'azure.ai.ml.entities.PredictionDriftSignal'] },
];
/** Two-sample statistics; they show drift checking only where the code is about drift. */
export const DRIFT_STATS = [
  'scipy.stats.ks_2samp', 'scipy.stats.kstest', 'scipy.stats.chisquare', 'scipy.stats.chi2_contingency', 'scipy.stats.wasserstein_distance',
  'scipy.stats.energy_distance', 'scipy.stats.anderson_ksamp', 'scipy.spatial.distance.jensenshannon', 'scipy.stats.entropy',
  'scipy.stats.cramervonmises_2samp', 'scipy.stats.epps_singleton_2samp', 'scipy.special.kl_div', 'scipy.special.rel_entr',
];
/**
 * Functions named for checking data drift (`detect_drift`, `compute_feature_drift`,
 * `drift_score`); they count when their body computes a statistic. Drift of a
 * clock, a gyroscope or a sensor's calibration is physics (NOT_DATA_DRIFT).
 */
export const DRIFT_FUNCTION = /^_?(detect|check|compute|calculate|calc|measure|monitor|evaluate|run|get|analy[sz]e|assess|track)_((data|feature|features|concept|prediction|predictions|label|target|model|distribution|covariate|embedding|input|column|dataset)_)?drift(_\w*)?$|^_?((data|feature|concept|prediction|covariate|embedding|dataset)_)?drift_(score|scores|detect\w*|check\w*|test|stat\w*|metric\w*|report)$/i;
export const NOT_DATA_DRIFT = /clock|gyro|imu|sensor|frequen|pose|odometr|thermal|temperat|timestamp|time_drift|wander|oscillat/i;
/** What a drift function computes with: numeric libraries and the statistics of a distribution. */
export const STATISTIC_CALLS = /^(numpy|scipy|math|statistics|torch)\.|(^|\.)(mean|std|var|median|quantile|percentile|histogram|value_counts|count|abs|log|sqrt|cdf|distance|divergence)$/;
/**
 * Where drift statistics are drift checks: the file path, function or call names say so. "shift" counts as a
 * word of its own (`covariate_shift`, `detect_shift`), not inside another (`count_shifted_window` in EEG code).
 * "Stability" alone is not drift (numerical stability, a metric's stability across folds): only a population
 * stability index, by name here or by its body (lib/psi.ts).
 */
export const DRIFT_CONTEXT = /drift|(^|[^a-z])shifts?([^a-z]|$)|monitor|population_stability/i;
/** Functions named for a population stability index; a bare `psi` (a wave function too) needs a drift context. */
export const PSI_FUNCTION = /population_stability|(calc|calculate|compute|get)_psi|psi_(score|value)/i;
export const PSI_SHORT = /^_?psi$/i;
/**
 * Functions named only for a "stability index": a PSI when the body is one (lib/psi.ts), not when it is, say, the
 * coefficient of variation of a metric across backtest folds (held-out slice CB).
 */
export const STABILITY_INDEX = /stability_index/i;
/** The log of a ratio of proportions, as a PSI sums it: `np.log(actual / expected)`, `math.log`, `scipy.special.rel_entr`. */
export const PSI_LOG = /^((numpy|math|torch|tensorflow(\.math)?|jax\.numpy|scipy\.special)\.)?(log|log1p|log2|log10|xlogy|rel_entr|kl_div)$/;
/** Binning a sample into proportions: `np.histogram`, `pd.cut`/`qcut`, `np.digitize`, `np.bincount`, `value_counts`, quantile edges. */
export const PSI_BINS = /(^|\.)(histogram|histogram_bin_edges|cut|qcut|digitize|bincount|value_counts|quantile|percentile|searchsorted)$/;
/** Functions that track a deployed model's error against actuals over time (`compute_rolling_metrics`, `monitor_model_performance`); they need a drift or monitoring context. */
export const LIVE_ERROR_FUNCTION = /(rolling|windowed|live|online|production)_\w*(errors?|rmse|mae|mape|mse|accuracy|metrics|performance)|(performance|accuracy|error)_(over_time|monitor\w*|tracking|decay|degradation)|(monitor|track)_\w*(performance|accuracy|errors?)$/i;
