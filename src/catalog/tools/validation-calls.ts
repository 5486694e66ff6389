// data_validation's tool knowledge beyond imports: validation library calls,
// hand-written schema and contract checks, and what marks a pydantic model as
// a record of data (its name, typed and constrained fields) rather than
// settings or a chat message. Data only (src/signals/data_validation.ts and
// lib/schema-checks.ts read it).
import type { UsePattern } from '../types.js';

// ── data_validation ────────────────────────────────────────────────────
export const VALIDATION_PATTERNS: readonly UsePattern[] = [
  { tool: 'deepchecks', calls: ['deepchecks'], name: /data_integrity|Integrity|Nulls|Duplicates|MixedDataTypes|SingleValue|StringMismatch|OutOfBounds|ConflictingLabels|SpecialCharacters|NewCategory|NewLabel|FeatureLabelCorrelation|ColumnsInfo/ },
];
/** Functions that check a dataset against its schema: columns, their count or dtypes (`validate_number_of_columns`, `is_numerical_column_exist`). */
export const HAND_VALIDATION_FUNCTION = /(valid|check|verif|enforce|ensure)\w*(col(umn)?s?|schema|d_?types?|data_?types?|contract|features?)(_|$)|(col(umn)?s?|schema|contract)_?\w*(valid|exist|match)/i;
/** What a hand-written contract raises when the data breaks it (`ValueError`, `SchemaError`). */
export const CONTRACT_ERROR = /(Error|Exception)$/;
/** Tests of a table's schema: named for its schema, columns, dtypes or contract. */
export const SCHEMA_TEST = /schema|dtypes?|contract|(missing|expected|required|has|all)_columns?|columns?_(present|exist|match|are|expected)|feature_names/i;
/** The project's own loaders of training data, called from a test (`load_training_data()`). */
export const DATA_LOADER = /^(load|read|get|fetch|build|make|prepare)_\w*(data|dataset|table|features?|frame|df|train\w*)$/i;
/** A schema file the data is checked against (`config/schema.yaml`, `schema_training.json`). */
export const SCHEMA_FILE = /(^|\/|_)schema[\w-]*\.(ya?ml|json)$/i;
export const SCHEMA_BASES = ['pydantic.BaseModel', 'pydantic.main.BaseModel', 'pydantic.v1.BaseModel', 'pydantic.RootModel', 'marshmallow.Schema'];
/** Django REST framework serializers: they validate a request body when built with `data=` (`Serializer(data=request.data)`), and render objects otherwise. */
export const SERIALIZER_BASES = ['rest_framework.serializers.Serializer', 'rest_framework.serializers.ModelSerializer', 'rest_framework.serializers.HyperlinkedModelSerializer'];
export const SETTINGS_BASES = ['pydantic_settings.BaseSettings', 'pydantic.BaseSettings', 'pydantic.v1.BaseSettings'];
/** Schema classes that describe records or model features by their name. */
export const FEATURE_SCHEMA_NAME = /(Features?|Record|Sample|DataPoint|Datapoint|Observation|Row|ModelInput|PredictionInput|InferenceInput)$/;
export const SETTINGS_NAME = /(Settings|Config|Configuration|Env)$/;
/**
 * Fields of a request schema that key a conversation or a record rather than
 * describe it (`session_id`, `thread_id`, `user_id`, `username`).
 */
export const KEY_FIELD = /(^|_)(id|ids|uuid|guid)$|^(session|thread|chat|conversation)(_\w+)?$|^(user|username|user_name|email)$/i;
/** Fields that carry a chat message or prompt: its text, role and history. */
export const MESSAGE_FIELD = /^(text|content|message|messages|msg|prompt|query|question|input|user_input|user_message|role|history|chat_history|conversation_history|system_prompt|instruction|instructions)$/i;
/** Annotations that carry free text or anything at all (`str`, `Optional[str]`, `dict`, `Any`): no feature's type. */
export const UNTYPED_FIELD = /^(Optional\[)?\s*(str|Any|dict|Dict(\[[^\]]*\])?|object|bytes)\s*\]?(\s*\|\s*None)?$/;
/** Field(...) keywords that constrain a value (pydantic `Field`, marshmallow `validate=`). */
export const FIELD_CONSTRAINTS = ['ge', 'gt', 'le', 'lt', 'min_length', 'max_length', 'pattern', 'regex', 'multiple_of', 'min_items', 'max_items', 'max_digits', 'decimal_places', 'allow_inf_nan', 'validate'];
/** Annotations that constrain a value: `Literal[...]`, `conint(ge=0)`, `PositiveInt`, `Annotated[int, Field(ge=0)]`. */
export const CONSTRAINED_TYPE = /\b(Literal\[|con(int|float|str|list|set|decimal|bytes|date)\(|(Positive|Negative|NonNegative|NonPositive)(Int|Float)\b|Annotated\[[^\]]*\b(Field|Ge|Gt|Le|Lt|Interval|MinLen|MaxLen|StringConstraints)\()/;
/** Decorators of a schema's validating methods. */
export const VALIDATOR_DECORATOR = /(^|\.)(validator|field_validator|model_validator|root_validator|validates|validates_schema)$/;
/** Libraries that call LLMs (their pydantic classes are structured output, counted under guardrails). */
export const LLM_LIBRARIES = ['langchain', 'langchain_core', 'langchain_openai', 'langchain_community', 'langgraph', 'llama_index', 'openai', 'anthropic', 'instructor', 'pydantic_ai', 'litellm', 'google.genai', 'mistralai', 'cohere', 'ollama', 'dspy'];

// ── Evidently's data tests (signals/lib/evidently-tests.ts) ────────────
// Evidently is a drift tool first (mlops.ts): its import, a drift report or a
// drift test shows drift monitoring only. Its data-quality tests are
// expectations on the data: a legacy TestSuite's integrity and quality tests,
// or, from 0.7, data-quality metrics given `tests=[...]` or run in a
// `Report(..., include_tests=True)`.
/** Legacy (< 0.7) tests of a TestSuite that check data integrity and quality; drift, model-quality and ranking tests are none. */
export const EVIDENTLY_DATA_TEST =
  /^Test(\w*(MissingValues|ConstantColumns|ConstantValues|EmptyRows|EmptyColumns|DuplicatedRows|DuplicatedColumns|UniqueValues|UniqueValuesShare|OutRangeValues|OutListValues|MostCommonValueShare)|ColumnsType|NumberOfColumns|NumberOfRows|ColumnRegExp|ColumnValue(Min|Max|Mean|Median|Std)|MeanInNSigmas|ValueRange|ValueList|ColumnQuantile|Conflict(Target|Prediction)|Category(Share|Count))$/;
/** Legacy test presets of data integrity and quality (DataDriftTestPreset and the performance presets are none). */
export const EVIDENTLY_DATA_TEST_PRESET = /^(DataQuality|DataStability)TestPreset$/;
/** Evidently 0.7+ data-quality metrics and presets: tests on the data when given `tests=` or run with `include_tests=True`. */
export const EVIDENTLY_DATA_METRIC =
  /^(DataSummaryPreset|(Dataset)?MissingValueCount|DuplicatedRowCount|DuplicatedColumnsCount|Empty(Rows|Columns)Count|(Almost)?ConstantColumnsCount|AlmostDuplicatedColumnsCount|ColumnCount|RowCount|(Min|Max|Mean|Std|Median|Quantile)Value|(In|Out)(Range|List)ValueCount|UniqueValueCount|CategoryCount)$/;
/** The report that runs metrics, and the keyword that turns their tests on. */
export const EVIDENTLY_REPORT = 'Report';
export const EVIDENTLY_INCLUDE_TESTS = 'include_tests';
