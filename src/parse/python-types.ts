// The facts of Python source (a `.py` file, or a notebook's code cells):
// imports, calls, functions, classes and their fields, and what the module's
// literals say; filled by src/parse/python*.ts and notebook.ts, read by the
// detectors (src/signals). Re-exported from types.ts.
import type { Loc } from './types.js';

/** `import a.b as c` → module `a.b`, alias `c`; `from a.b import c as d` → module `a.b`, name `c`, alias `d`. */
export interface ImportFact extends Loc {
  module: string;
  name?: string;
  alias?: string;
  /** The statement as written, on one line, for evidence (`import mlflow`). */
  text: string;
  /** The name it binds appears nowhere in the file's code (only in comments or strings, or nowhere): a mention, not a use. */
  unused?: true;
}

/**
 * A call. `name` is the callee resolved through the file's imports where it
 * can be: `np.mean(x)` after `import numpy as np` is `numpy.mean`;
 * `GridSearchCV(...)` after `from sklearn.model_selection import GridSearchCV`
 * is `sklearn.model_selection.GridSearchCV`; a method on a local value stays
 * as written (`loss.backward`), and one on an expression becomes `?.name`.
 */
export interface CallFact extends Loc {
  name: string;
  /** Keyword argument names, e.g. `['schedule', 'tags']`. */
  kwargs: string[];
  /** Values of plain string-literal arguments (positional or keyword), at most 200 characters each. */
  strings: string[];
  /** For each of `strings`, the keyword it was passed as (`''` when positional), when any was passed by keyword: `DockerOperator(task_id="t", image="x")` → `task_id`, `image`. */
  passedAs?: string[];
  /** The enclosing function's name (`Class.method` for methods), if any. */
  inFunction?: string;
  /** Inside an `except` body: a fallback path that runs only when the main one failed. */
  inExcept?: true;
  /** String keys of dict-literal arguments, positional or keyword (`json.dumps({"input": x})`, `extra={"prediction": y}`), when any. */
  keys?: string[];
  /** Keyword arguments given a constant (`train=False`, `shuffle=True`, `weights=None`), as written, when any. */
  consts?: string[];
  /** Bare names passed as positional arguments (`enumerate(test_loader)` → `test_loader`), when any. */
  names?: string[];
  /**
   * Names handed over that `names` leaves out, as written, when any: attribute
   * chains passed positionally, and names or attribute chains given as keyword
   * values, as `key=value` (`scheduler.add_job(self.retrain, trigger=nightly)`
   * → `self.retrain`, `trigger=nightly`; `q.schedule(func=jobs.train)` →
   * `func=jobs.train`). At most four. A callable passed to run later (a
   * scheduled job) is among them.
   */
  refs?: string[];
  /**
   * For a call on an expression (`?.name`), that expression as a chain of
   * names with calls as `()` and subscripts as `[]`, its head resolved
   * through the imports: `df.coalesce(1).write.csv(p)` → `df.coalesce().write`;
   * `spark.read.option("header", True).csv(p)` → `spark.read.option()`
   * (parse/python-chains.ts). `?` stands for a head that is no name.
   */
  receiver?: string;
  /** Plain names the call's value is assigned to (`p = svm_predict(model, X_val)` → `p`; `a, _ = f()` → `a`), when any. */
  bound?: string[];
  /** The call is a statement of its own (`check_drift(ref, cur)`, `await f()`): its value is thrown away. */
  discarded?: true;
  /**
   * Names in the operands of an `==`, `!=` or `-` in the positional arguments,
   * or in the parenthesised expression the call is a method of, when any:
   * `np.mean(p != y_val)` → `p`, `y_val`; `((model.predict(X) - y) ** 2).mean()`
   * → `model`, `X`, `y` (a call's arguments and a method's object are read, not the function's name).
   */
  compared?: string[];
  /**
   * Values of string constants passed by name, positional or keyword
   * (`cur.execute(sql)` after `sql = "SELECT ..."`), when any: only where the
   * name is certainly that literal (parse/python-constants.ts); whitespace runs
   * made one space, at most 2,000 characters. Read by the detectors that look
   * for SQL or an API URL in a call, beside `strings`.
   */
  resolved?: string[];
  /**
   * A string test (`startswith`, `re.search`, ...) that decides a guard clause
   * (parse/python-gates.ts): `unless` when the leaving block or a failed
   * `assert` runs when the test fails (`if not sql.startswith("select"):
   * return`), `if` when it runs when the test holds.
   */
  gate?: 'if' | 'unless';
}

/** A decorator, resolved like a call: `@app.get("/predict")` → name `app.get`, strings `['/predict']`. */
export interface DecoratorFact extends Loc {
  name: string;
  strings: string[];
}

export interface FunctionFact extends Loc {
  name: string;
  /** The enclosing class, for methods. */
  className?: string;
  isAsync: boolean;
  /** True when any parameter or the return carries a type annotation. */
  annotated: boolean;
  /** The parameters' plain names, `self` and `cls` left out, when any. */
  params?: string[];
  /** Names in the parameters' type annotations (`item: list[Item]` → `list`, `Item`), when any. */
  paramTypes?: string[];
  decorators: DecoratorFact[];
  /** Resolved names of the calls made in the body (nested functions excluded). */
  calls: string[];
  endLine: number;
  /** The body does nothing: only `pass`, `...`, a docstring, `return None`, `assert True` (a test's placeholder, a stub). */
  placeholder?: true;
  /** The body only hands back one of its parameters unchanged (`def preprocess(df): return df`), after a docstring, comments or placeholders. */
  identity?: true;
  /** String keys of the dict literals in the body (nested functions' own excluded), when any: a record built before it is written. */
  dictKeys?: string[];
}

export interface ClassFact extends Loc {
  name: string;
  /** Base classes resolved through imports (`nn.Module` → `torch.nn.Module`). */
  bases: string[];
  methods: string[];
  decorators: DecoratorFact[];
  /**
   * Annotated attributes of the class body (`age: int = Field(ge=0)`): the
   * name, the annotation as written, and the value's call (resolved name and
   * keyword names) when the value is a call. Pydantic/dataclass fields.
   */
  fields?: FieldFact[];
}

export interface FieldFact extends Loc {
  name: string;
  type: string;
  call?: { name: string; kwargs: string[] };
}

/**
 * A `for` loop whose body hands one of its values to a call (parse/python-loops.ts):
 * `for C in C_list:` `svm_train(X, y, C)`. A sweep over candidate settings when
 * it iterates a grid; read by hyperparameter_tuning.
 */
export interface LoopFact extends Loc {
  endLine: number;
  /** Names the loop binds (`for i, (a, b) in ...` → i, a, b). */
  targets: string[];
  /**
   * What it iterates, through `enumerate`, `list`, `tqdm` and the like: a
   * literal list of two or more settings, written there or assigned to the
   * name iterated in the same scope (`numbers`: constants, `strings`: string
   * constants only, `configs`: dicts of constants); else the call iterated,
   * resolved (`itertools.product`, `range`, `numpy.logspace`); else the name
   * or attribute chain iterated as `=name`.
   */
  over?: string;
  /**
   * Calls in the body handed one of its values as an argument (the name, an
   * attribute or item of it, `*x`, `**x`), or holding a call that is, or
   * handed a name assigned from such a call or from a literal or operation
   * holding a value (never through a comparison): the callee resolved like
   * CallFact.name, `callee:keyword` when passed by keyword. At most 12.
   */
  given: string[];
  /** The body compares a value with a running best (`if score > best_score:`). */
  keepsBest?: true;
}

/** A loop's or comprehension's own value tested for membership in a collection (`if k not in ALLOWED`), parse/python-loops.ts. */
export interface FilterFact extends Loc {
  /** Names the items come from (`data.items()` → `data`). */
  over: string[];
  /** The collection, as written (`ALLOWED_KEYS`, `self.allowed`). */
  against: string;
}

/** Facts of Python source: a `.py` file, or all code cells of a notebook. */
export interface PythonFacts {
  imports: ImportFact[];
  calls: CallFact[];
  functions: FunctionFact[];
  classes: ClassFact[];
  /** Non-blank, non-comment lines. */
  codeLines: number;
  /** Regions tree-sitter could not parse (the rest still yields facts). */
  syntaxErrors: number;
  /** String literals that are a URL (`"http://localhost:11434/v1"`), wherever they stand (a dict of base URLs, a constant). */
  urls?: (Loc & { text: string })[];
  /** SQL in string literals that writes transformed data (INSERT ... SELECT with a join or GROUP BY, CREATE TABLE ... AS SELECT, MERGE, UPDATE ... FROM): the writing keyword's line, the statement on one line (parse/python-sql.ts). */
  sql?: (Loc & { text: string })[];
  /** String literals of SQL that name a table format (`CREATE TABLE t USING DELTA`): the clause, `USING DELTA`, at its line. */
  tableFormats?: (Loc & { text: string })[];
  /**
   * Dict literals that describe a periodic job: a `task` or `func` key given a
   * string beside a `schedule` or `trigger` key (a Celery `beat_schedule`
   * entry, a Flask-APScheduler `JOBS` entry). The task as written
   * (`app.tasks.retrain`, `jobs:retrain`) and the schedule value's text
   * (`crontab(hour=2)`, `'interval'`), at the dict's first line.
   */
  periodicJobs?: (Loc & { task: string; schedule: string })[];
  /** File paths written in the code, a pathlib chain as one path with `*` for its non-literal parts (parse/python-paths.ts). */
  paths?: (Loc & { text: string })[];
  /**
   * String literals of text, not docstrings: spanning several lines, or a
   * one-line sentence (20 characters or more, three spaces) that is not an
   * argument of a call (prompt text, templates). The literal's first line.
   */
  prose?: Loc[];
  /**
   * Public names the module binds at module level (defs, classes,
   * assignments, imports; also in a module-level `if`, `try` or `with`), when
   * any: what `from module import *` takes from it without an `__all__`
   * (parse/python-globals.ts).
   */
  globals?: string[];
  /** The module's `__all__`, when it is a literal list or tuple of names: all that `from module import *` takes. */
  exportAll?: string[];
  /**
   * In a file with a `from x import *`: the names its code uses (outside
   * imports, comments and strings) that its own imports and module-level
   * code do not bind, which a star import may bind (signals/lib/star-imports.ts).
   */
  starUses?: string[];
  /**
   * In a file with no import statement (`__future__` aside): the names
   * its code uses that its module-level code does not bind, when any. Another
   * file's imports may bind them, as in a script split out of one notebook
   * (signals/lib/unbound-names.ts).
   */
  freeUses?: string[];
  /**
   * A notebook's shell escapes (`!yolo val ...`, `x = !cmd`, `%system cmd`, a
   * `%%bash` cell's lines), as written without the escape, located by cell and
   * line in the cell (parse/notebook.ts), when any. Blanked from the code.
   */
  shell?: (Loc & { text: string })[];
  /** Loops that hand one of their values to a call (LoopFact). */
  loops?: LoopFact[];
  /** Membership tests of a loop's or comprehension's own values (FilterFact). */
  filters?: FilterFact[];
  /**
   * Names assigned a part of another value (parse/python-compared.ts): its
   * attribute, item or `or` default (`answer = completion.choices[0].message.content`
   * → `of: 'completion'`), or of a call's value on the same line when `of` is
   * absent (`text = client.create(...).content or ""`), when any.
   */
  parts?: PartFact[];
}

export interface PartFact extends Loc {
  names: string[];
  of?: string;
}
