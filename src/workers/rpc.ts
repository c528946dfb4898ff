// One typed remote-procedure call between the page and a module Web Worker, derived from the service's own
// type: the worker serves an object (`serve`), the page gets a handle with the same methods returning
// promises (`connect`), or the same handle over the object in the calling thread (`local`). Adding a method
// to the service is the only change a new call needs (docs/architecture.md#workers).

/** A service: an object whose methods the page calls (arguments and results structured-clone safe). */
export type Service = object;

/** The methods of `S` (its function-valued keys). */
export type MethodName<S> = { [K in keyof S]: S[K] extends (...args: never[]) => unknown ? K : never }[keyof S] & string;

/**
 * The page's handle on a service `S`: each method with the same arguments, resolving with what the method
 * returns (awaited), plus `dispose()`. Function arguments (progress callbacks) are called back across the
 * worker boundary with structured-clone safe arguments.
 */
export type Remote<S> = { [K in MethodName<S>]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never } & {
  /** Ends the worker (or drops the in-thread service); later calls reject. */
  dispose(): void;
  /**
   * Starts the worker now, so its script is fetched and run while the caller waits for something else;
   * the first call would start it anyway. Nothing when it runs already, after `dispose()`, or in the
   * calling thread ({@link local}, {@link routed}). Never throws: a worker that cannot be made is
   * reported by the first call, which rejects.
   */
  warm(): void;
};

/** Page → worker: call `method` with `args`; `callbacks` lists the argument positions that were functions (sent as null). */
export interface RpcCall {
  rpc: 'call';
  id: number;
  method: string;
  args: unknown[];
  callbacks: number[];
}

/**
 * Worker → page: a callback of call `id` (argument `index`) was called with `args`; the call's value; or its
 * failure (`name` and `message` of the error, and the structured-clone safe `fields` that
 * {@link ServeOptions.errorFields} picked from it, if any).
 */
export type RpcReply =
  | { rpc: 'callback'; id: number; index: number; args: unknown[] }
  | { rpc: 'result'; id: number; value: unknown }
  | { rpc: 'failure'; id: number; name: string; message: string; fields?: Record<string, unknown> };

/** The worker side of a message port: what `serve` needs of `self` in a dedicated worker. */
export interface RpcScope {
  onmessage: ((ev: MessageEvent<RpcCall>) => void) | null;
  postMessage(message: RpcReply, transfer?: Transferable[]): void;
}

/** What a worker may add to {@link serve}: all optional. */
export interface ServeOptions<S> {
  /** Runs (awaited) before each call of `method` with its arguments, e.g. to fetch code the call may need. */
  before?(method: MethodName<S>, args: readonly unknown[]): Promise<void> | void;
  /** The buffers of a call's value to hand over to the page without a copy (they are unusable here afterwards). */
  transfer?(method: MethodName<S>, value: unknown): Transferable[];
  /** Structured-clone safe fields of a thrown error the page needs to rebuild it ({@link ConnectOptions.reviveError}). */
  errorFields?(error: Error): Record<string, unknown> | undefined;
}

/**
 * Answers every {@link RpcCall} arriving on `scope` by calling the method of `service`; a method that
 * throws (or rejects) is answered with a failure carrying the error's name and message, so the worker
 * lives on. An unknown method is a failure too.
 */
export function serve<S extends Service>(scope: RpcScope, service: S, options: ServeOptions<S> = {}): void {
  scope.onmessage = (ev: MessageEvent<RpcCall>) => {
    const msg = ev.data;
    if (msg?.rpc !== 'call') return;
    const args = [...msg.args];
    for (const index of msg.callbacks) args[index] = (...cbArgs: unknown[]) => scope.postMessage({ rpc: 'callback', id: msg.id, index, args: cbArgs });
    const name = msg.method as MethodName<S>;
    const method = (service as Record<string, unknown>)[name];
    const run = async (): Promise<unknown> => {
      if (typeof method !== 'function') throw new Error(`no method ${msg.method}`);
      await options.before?.(name, args);
      return (method as (...a: unknown[]) => unknown).apply(service, args);
    };
    run().then(
      (value) => scope.postMessage({ rpc: 'result', id: msg.id, value }, options.transfer?.(name, value) ?? []),
      (e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        const fields = options.errorFields?.(error);
        scope.postMessage({ rpc: 'failure', id: msg.id, name: error.name, message: error.message, ...(fields ? { fields } : {}) });
      },
    );
  };
}

/**
 * A handle whose every property but `dispose` and `warm` (and `then`, so it is not taken for a promise)
 * calls `call(name, args)`.
 */
function handle<S>(call: (method: string, args: unknown[]) => Promise<unknown>, dispose: () => void, warm: () => void = () => undefined): Remote<S> {
  return new Proxy({} as Remote<S>, {
    get(_target, key) {
      if (key === 'dispose') return dispose;
      if (key === 'warm') return warm;
      if (typeof key !== 'string' || key === 'then') return undefined;
      return (...args: unknown[]) => call(key, args);
    },
  });
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  callbacks: Map<number, (...args: unknown[]) => void>;
}

/** What the page may add to {@link connect}. */
export interface ConnectOptions {
  /** Rebuilds a failure's error from its name, message and the fields the worker sent ({@link ServeOptions.errorFields}). */
  reviveError?(error: Error, fields: Record<string, unknown>): Error;
}

/**
 * The page's {@link Remote} of the service a worker `serve`s. The worker is started by `start()` on the
 * first call (and again after it failed to load or crashed: every waiting call is then rejected with an
 * `Error` naming `label`). A failure of a call rejects with an `Error` of the worker error's name and
 * message (or what `options.reviveError` makes of it when the worker sent fields).
 */
export function connect<S extends Service>(start: () => Worker, label: string, options: ConnectOptions = {}): Remote<S> {
  let worker: Worker | null = null;
  let disposed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const failAll = (message: string): void => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  const getWorker = (): Worker => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (ev: MessageEvent<RpcReply>) => {
      const msg = ev.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.rpc === 'callback') {
        p.callbacks.get(msg.index)?.(...msg.args);
        return;
      }
      pending.delete(msg.id);
      if (msg.rpc === 'result') p.resolve(msg.value);
      else {
        const error = new Error(msg.message);
        error.name = msg.name;
        p.reject(msg.fields && options.reviveError ? options.reviveError(error, msg.fields) : error);
      }
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      // The worker is unusable (failed to load or crashed): fail what waits, start a fresh one next time.
      w.terminate();
      if (worker === w) worker = null;
      failAll(`${label} worker failed: ${ev.message || 'unknown error'}`);
    };
    w.onmessageerror = () => failAll(`${label} worker sent a message that could not be read`);
    worker = w;
    return w;
  };
  const call = (method: string, args: unknown[]): Promise<unknown> => {
    if (disposed) return Promise.reject(new Error(`${label} client disposed`));
    const id = nextId++;
    const callbacks = new Map<number, (...a: unknown[]) => void>();
    const sent = args.map((a, i) => {
      if (typeof a !== 'function') return a;
      callbacks.set(i, a as (...x: unknown[]) => void);
      return null;
    });
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, callbacks });
      try {
        getWorker().postMessage({ rpc: 'call', id, method, args: sent, callbacks: [...callbacks.keys()] } satisfies RpcCall);
      } catch (e) {
        pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  };
  return handle<S>(
    call,
    () => {
      disposed = true;
      worker?.terminate();
      worker = null;
      failAll(`${label} client disposed`);
    },
    () => {
      if (disposed) return;
      try {
        getWorker();
      } catch {
        // The worker cannot be made here (a SecurityError, no module workers): the first call says so.
      }
    },
  );
}

/**
 * The same {@link Remote} over a service in the calling thread (no `Worker`: jsdom tests; or a database only
 * this thread can see). `getService` is called on the first call; `onDispose` runs on `dispose()`.
 */
export function local<S extends Service>(getService: () => S | Promise<S>, label: string, onDispose: () => void = () => undefined): Remote<S> {
  let service: Promise<S> | null = null;
  let disposed = false;
  return handle<S>(
    async (method, args) => {
      if (disposed) throw new Error(`${label} client disposed`);
      const s = await (service ??= Promise.resolve(getService()));
      const fn = (s as Record<string, unknown>)[method];
      if (typeof fn !== 'function') throw new Error(`no method ${method}`);
      return (fn as (...a: unknown[]) => unknown).apply(s, args);
    },
    () => {
      disposed = true;
      service = null;
      onDispose();
    },
  );
}

/**
 * One {@link Remote} whose every call goes to the handle `pick()` returns at call time (e.g. the worker, or
 * the page once its database lives in memory). `dispose()` runs `onDispose`.
 */
export function routed<S extends Service>(pick: () => Remote<S>, onDispose: () => void): Remote<S> {
  return handle<S>((method, args) => (pick() as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args), onDispose);
}
