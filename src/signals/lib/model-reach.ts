// Whether a request handler runs the model its API serves (data_validation:
// a request schema counts when the handler taking it runs one). The handler
// reaches the model:
// - by a model call in its body, or in a function it calls, followed through
//   the module's own functions and local imports (`scorer.score(req)`;
//   `service.generate(...)` on an object of a class the module imports);
// - through an object built at module level: a model loaded in the handler's
//   own file, or a singleton imported from a module that runs a model or
//   builds its object from one (`from app.llm import chain`);
// - through a FastAPI dependency (`llm = Depends(get_llm)`) whose provider
//   reaches a model, or, taking the request, is named for one (`get_agent`
//   returning `request.app.state.agent`);
// - through an object built from a model, at module level (or in a startup
//   hook, `global recommender`) or in the function itself, whose method the
//   function calls: `recommender = setup_recommender()` from a local module
//   that loads a pickled model, `llm = Ollama(...)` from an ML or LLM
//   library, `index = rag.build_index()` on such an object, then
//   `recommender.recommend(ids)`, `index.as_query_engine()`,
//   `qa_chain.run(q)` (`qa_chain = RetrievalQA.from_chain_type(llm=...)`);
// - through the app's state (`request.app.state.agent`,
//   `getattr(req.app.state, "agent")`, Flask's `current_app.model`), named
//   for a model, when an app that includes the handler's module (itself, or
//   one importing it, two imports up) builds a model in its startup or
//   lifespan hook, its factory, or at module level;
// - through an object of a model-wrapping class the app builds, taken from
//   the app in a handler taking the request (`analyzer =
//   req.app.state.analyzer; analyzer.analyze(text)`): a method of that name
//   on a class of a module that loads or runs a model, reached by the
//   including app.
// - through the model its own class loads in a setup method (`self.model`);
// - through a local class whose `__init__` loads one (`Recommender(...)`);
// - through a function given the model: a parameter named for one and typed
//   with an ML or LLM library's class (`def search(model: SentenceTransformer,
//   query)` calling `model.encode(query)`), the handler passing the model it
//   reads from the app's state.
// A model is what the serving catalogue loads or runs, or a file the
// repository's training writes, loaded back (lib/trained-artefacts.ts).
// A route that only stores a record (`create_project(payload)`), reads a
// database from the state (`request.app.state.db`) or depends on the user
// (`Depends(get_current_user)`) does not, even in an app that serves a model.
// The hop limits and name patterns it reads with are in model-reach-rules.ts.
import { matchesAny, SERVING } from '../../catalog/index.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { lastSegment } from './code.js';
import type { ModuleIndex } from './local-modules.js';
import { APP_HOPS, builtByLibrary, CALL_DEPTH, callsIn, DEPENDS, MODEL_NAME, MODULE_HOPS, modulesOf, NOT_MODEL_OBJECT, objectOf, qualified } from './model-reach-rules.js';
import { callsModelParam, ROUTER_OR_RESPONSE, runsOwnModel, STARTUP_DECORATOR, STARTUP_NAME, startupHooks, STATE_READ, takesRequest } from './model-reach-rules.js';
import { trainedLoads } from './trained-artefacts.js';
import { modelCalls, modelUnpickles, runsModel } from './web-api.js';

export class ModelReach {
  private readonly index: ModuleIndex;
  private readonly files: readonly PyFile[];
  private importers?: Map<PyFile, PyFile[]>;
  private readonly startup = new Map<PyFile, boolean>();
  private readonly objects = new Map<string, Set<string>>();

  constructor(files: readonly PyFile[], index: ModuleIndex) {
    this.files = files;
    this.index = index;
  }

  /** Calls of the file that load or run a model: the serving catalogue's, and loads of what the repository's training writes. */
  private modelCallsOf(file: PyFile): CallFact[] {
    const trained = trainedLoads(this.files).get(file);
    return trained ? [...modelCalls(file), ...trained] : modelCalls(file);
  }

  /** The file loads or runs a model (see modelCallsOf). */
  runs(file: PyFile): boolean {
    return runsModel(file) || trainedLoads(this.files).has(file);
  }

  /** The handler `fn` of the API module `api` runs a model (see the module comment). */
  handler(api: PyFile, fn: FunctionFact): boolean {
    // A model loaded at module level in the handler's own file (`model = AutoModel.from_pretrained(...)` above
    // `def predict(request)`): the handler calls it by a name the facts cannot follow, as serving_api reads such a file.
    if (api.facts.functions.includes(fn) && this.modelCallsOf(api).some((c) => c.inFunction === undefined)) return true;
    if (runsOwnModel(api, fn)) return true;
    return this.visit(api, qualified(fn), CALL_DEPTH, new Set());
  }

  private visit(file: PyFile, name: string, depth: number, seen: Set<string>): boolean {
    const key = `${file.path}#${name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (this.modelCallsOf(file).some((c) => c.inFunction === name)) return true;
    const own = file.facts.functions.find((f) => qualified(f) === name);
    if (!own) return false;
    if (this.callsModelObject(file, name) || callsModelParam(file, own)) return true;
    if (depth === 0) return false;
    if (this.dependsOnModel(file, own, depth, seen) || this.readsModelState(file, own) || this.callsAppModel(file, own)) return true;
    return own.calls.some((call) => this.callReaches(file, call, depth, seen));
  }

  /** A call of `file` leads to a model: a local function, a function of a local module, a method of an object a local module builds. */
  private callReaches(file: PyFile, call: string, depth: number, seen: Set<string>): boolean {
    if (file.facts.functions.some((f) => qualified(f) === call)) return this.visit(file, call, depth - 1, seen);
    const last = lastSegment(call);
    const { targets, rest } = modulesOf(this.index, file, call);
    // A method on an object the module defines (`llm.invoke(...)` on `llm = ChatOllama(...)` from app/llm.py): that module's model,
    // or a singleton it builds at module level from one (`agent = build_agent()` in app/state.py).
    if (rest >= 2 && targets.some((t) => this.runs(t) || this.builtFromModel(t))) return true;
    if (targets.length === 0 && call.includes('.')) {
      // A method on an object of a class the module reaches (an injected `llm_client.generate(...)`): a model client's method runs its model.
      const found = this.index.reachable(file, MODULE_HOPS).filter((t) => t.facts.functions.some((f) => f.name === last && f.className !== undefined));
      return found.some((t) => this.runs(t) || t.facts.functions.some((f) => f.name === last && this.visit(t, qualified(f), depth - 1, seen)));
    }
    // A function of the module, or a class of it whose construction (`__init__`) loads or runs a model.
    const init = (t: PyFile) => t.facts.classes.some((k) => k.name === last) && this.visit(t, `${last}.__init__`, depth - 1, seen);
    return targets.some((t) => t.facts.functions.some((f) => f.name === last && this.visit(t, qualified(f), depth - 1, seen)) || init(t));
  }

  /** The function calls a method of an object built from a model, in its own body or at module level (see the module comment). */
  private callsModelObject(file: PyFile, name: string): boolean {
    const global = this.modelObjects(file, undefined);
    const local = this.modelObjects(file, name);
    if (global.size === 0 && local.size === 0) return false;
    return callsIn(file, name).some((c) => {
      const object = objectOf(c);
      return object !== undefined && object !== 'self' && (local.has(object) || global.has(object));
    });
  }

  /**
   * Names bound to an object built from a model in a scope: the module's own code with its startup hooks
   * (`scope` undefined), or one function. Built from a model: a model call, a call into an ML or LLM library, a
   * call of a local module that loads or runs a model, of a function of the file that does, or a call on (or
   * given) an object already so bound.
   */
  private modelObjects(file: PyFile, scope: string | undefined): Set<string> {
    const key = `${file.path}#${scope ?? ''}`;
    const cached = this.objects.get(key);
    if (cached) return cached;
    const out = new Set<string>();
    this.objects.set(key, out); // a scope asked again while it is being read (a hook calling a function of the file) sees what is known so far
    const scopes = new Set<string | undefined>([scope]);
    if (scope === undefined) for (const hook of startupHooks(file)) scopes.add(qualified(hook));
    const calls = file.facts.calls.filter((c) => scopes.has(c.inFunction) && (c.bound?.length ?? 0) > 0).sort((a, b) => a.line - b.line);
    const known = (n: string) => out.has(n) || (scope !== undefined && this.modelObjects(file, undefined).has(n));
    const own = new Set(file.facts.functions.filter((f) => !f.className).map((f) => f.name));
    const model = new Set(this.modelCallsOf(file));
    for (const c of calls) {
      const object = objectOf(c);
      const built =
        model.has(c) ||
        builtByLibrary(c) ||
        (object !== undefined && object !== 'self' && known(object)) ||
        (c.names ?? []).some(known) ||
        (own.has(c.name) ? c.name !== scope && this.buildsModel(file, c.name) : this.localBuilder(file, c.name));
      // The app itself and its logger are no model, whatever its factory loads.
      if (built && !matchesAny(c.name, SERVING.API_APP_CALLS)) for (const b of c.bound ?? []) if (!NOT_MODEL_OBJECT.test(b)) out.add(b);
    }
    return out;
  }

  /**
   * A call into a local module that builds a model: a function of it that loads or builds one
   * (`build_engine()` unpickling a ranker, `make_llm()` returning `Ollama(...)`), or a class of a module that loads
   * or runs one (`RAG(llm=llm)`). A function of such a module that builds nothing (`get_settings()`) does not.
   */
  private localBuilder(file: PyFile, call: string): boolean {
    const last = lastSegment(call);
    return modulesOf(this.index, file, call).targets.some(
      (t) => (this.runs(t) && t.facts.classes.some((k) => k.name === last)) || (t.facts.functions.some((f) => f.name === last && !f.className) && this.buildsModel(t, last)),
    );
  }

  /** The file's function `name` loads or builds a model in its body (a model call, an ML or LLM library's object, a model unpickled), or one step further. */
  private buildsModel(file: PyFile, name: string): boolean {
    if (callsIn(file, name).some(builtByLibrary) || modelUnpickles(file).some((c) => c.inFunction === name)) return true;
    return this.visit(file, name, 1, new Set());
  }

  /**
   * The module builds an object from a model at module level (or in the function `scope`, a startup hook): a
   * model call, or a call into a local module that runs one (`agent = build_agent()` from app/graph.py).
   */
  private builtFromModel(file: PyFile, scope?: string): boolean {
    if (this.modelCallsOf(file).some((c) => c.inFunction === scope)) return true;
    return callsIn(file, scope).some((c) => modulesOf(this.index, file, c.name).targets.some((t) => this.runs(t)));
  }

  /** A `Depends(provider)` of the function whose provider reaches a model, or takes the request and is named for one. */
  private dependsOnModel(file: PyFile, fn: FunctionFact, depth: number, seen: Set<string>): boolean {
    const providers = callsIn(file, qualified(fn))
      .filter((c) => DEPENDS.test(c.name))
      .flatMap((c) => c.names ?? []);
    return providers.some((name) =>
      this.provided(file, name).some(({ at, provider }) => {
        if (this.visit(at, qualified(provider), depth - 1, seen)) return true;
        return MODEL_NAME.test(provider.name) && takesRequest(provider) && this.startsModel(at);
      }),
    );
  }

  /** The function a name passed to `Depends` means: one of the file's own, or one it imports (by name or alias). */
  private provided(file: PyFile, name: string): { at: PyFile; provider: FunctionFact }[] {
    const local = file.facts.functions.find((f) => f.name === name && !f.className);
    if (local) return [{ at: file, provider: local }];
    const imp = file.facts.imports.find((i) => (i.alias ?? i.name) === name);
    if (!imp?.name) return [];
    const wanted = imp.name;
    return this.index.resolveImport(imp, file).flatMap((at) => at.facts.functions.filter((f) => f.name === wanted && !f.className).map((provider) => ({ at, provider })));
  }

  /**
   * The function reads an object named for a model from the app's state
   * (`request.app.state.agent.ainvoke(...)`, `getattr(req.app.state,
   * "agent")` in a handler taking the request), and an app that includes
   * the module builds a model when it starts.
   */
  private readsModelState(file: PyFile, fn: FunctionFact): boolean {
    const calls = callsIn(file, qualified(fn));
    const named = calls.some((c) => {
      const m = STATE_READ.exec(c.name);
      return m !== null && MODEL_NAME.test(m.slice(1).find((g) => g !== undefined) ?? '');
    });
    const fetched = takesRequest(fn) && calls.some((c) => c.name === 'getattr' && c.strings.some((s) => MODEL_NAME.test(s)));
    return (named || fetched) && this.startsModel(file);
  }

  /** An app that includes the module (the module itself, or one importing it, APP_HOPS imports up) builds a model when it starts. */
  private startsModel(file: PyFile): boolean {
    return this.including(file).some((app) => this.startupBuildsModel(app));
  }

  /** The module and those importing it, APP_HOPS imports up: where an app that includes it is built. */
  private including(file: PyFile): PyFile[] {
    const apps = new Set<PyFile>([file]);
    let frontier = [file];
    for (let hop = 0; hop < APP_HOPS; hop++) {
      frontier = frontier.flatMap((f) => this.importersOf(f)).filter((f) => !apps.has(f));
      for (const f of frontier) apps.add(f);
    }
    return [...apps];
  }

  /**
   * A handler taking the request calls a method on a local object (`analyzer.analyze(text)`, the object read from
   * the app's state by an assignment the facts do not keep), and a module that an app including the handler's
   * module reaches, and which loads or runs a model, defines that method on a class. A module's own imports, `self` and
   * the request are not such objects.
   */
  private callsAppModel(file: PyFile, fn: FunctionFact): boolean {
    if (!takesRequest(fn)) return false;
    const imported = new Set(file.facts.imports.map((i) => (i.alias ?? i.name ?? i.module).split('.')[0]));
    const methods = new Set(
      callsIn(file, qualified(fn))
        .map((c) => c.name.split('.'))
        .filter((parts) => parts.length === 2 && !imported.has(parts[0]) && !/^(self|cls|req\w*|request)$/.test(parts[0]))
        .map((parts) => parts[1]),
    );
    if (methods.size === 0) return false;
    const apps = this.including(file).filter((f) => f.facts.calls.some((c) => matchesAny(c.name, SERVING.API_APP_CALLS) && !ROUTER_OR_RESPONSE.test(c.name)));
    const reached = new Set(apps.flatMap((app) => [app, ...this.index.reachable(app, MODULE_HOPS)]));
    return [...reached].some((t) => this.runs(t) && t.facts.functions.some((f) => f.className !== undefined && methods.has(f.name)));
  }

  private importersOf(file: PyFile): PyFile[] {
    if (!this.importers) {
      this.importers = new Map();
      for (const f of this.files) {
        if (f.test || f.notebook) continue;
        for (const imp of f.facts.imports) {
          for (const target of this.index.resolveImport(imp, f)) this.importers.set(target, [...(this.importers.get(target) ?? []), f]);
        }
      }
    }
    return this.importers.get(file) ?? [];
  }

  /** The file builds an app, and its startup or lifespan hook, its factory or its module-level code leads to a model. */
  private startupBuildsModel(app: PyFile): boolean {
    const cached = this.startup.get(app);
    if (cached !== undefined) return cached;
    this.startup.set(app, false); // a cycle ends here
    const built = app.facts.calls.filter((c) => matchesAny(c.name, SERVING.API_APP_CALLS) && !ROUTER_OR_RESPONSE.test(c.name));
    let result = false;
    if (built.length > 0) {
      const hooks = app.facts.functions.filter(
        (fn) =>
          STARTUP_NAME.test(fn.name) ||
          fn.decorators.some((d) => STARTUP_DECORATOR.test(d.name) || (lastSegment(d.name) === 'on_event' && d.strings.includes('startup'))) ||
          built.some((c) => c.inFunction === qualified(fn)),
      );
      const seen = new Set<string>();
      result =
        hooks.some((fn) => this.builtFromModel(app, qualified(fn)) || this.visit(app, qualified(fn), CALL_DEPTH, seen)) ||
        this.builtFromModel(app) ||
        callsIn(app, undefined).some((c) => this.callReaches(app, c.name, CALL_DEPTH, seen));
    }
    this.startup.set(app, result);
    return result;
  }
}
