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
};

/** Page → worker: call `method` with `args`; `callbacks` lists the argument positions that were functions (sent as null). */
export interface RpcCall {
  rpc: 'call';
  id: number;
  method: string;
  args: unknown[];
  callbacks: number[];
}

/** Worker → page: a callback of call `id` (argument `index`) was called with `args`; the call's value; or its failure (`name` and `message` of the error). */
export type RpcReply =
  | { rpc: 'callback'; id: number; index: number; args: unknown[] }
  | { rpc: 'result'; id: number; value: unknown }
  | { rpc: 'failure'; id: number; name: string; message: string };

/** The worker side of a message port: what `serve` needs of `self` in a dedicated worker. */
export interface RpcScope {
  onmessage: ((ev: MessageEvent<RpcCall>) => void) | null;
  postMessage(message: RpcReply): void;
}

/**
 * Answers every {@link RpcCall} arriving on `scope` by calling the method of `service`; a method that
 * throws (or rejects) is answered with a failure carrying the error's name and message, so the worker
 * lives on. An unknown method is a failure too.
 */
export function serve<S extends Service>(scope: RpcScope, service: S): void {
  scope.onmessage = (ev: MessageEvent<RpcCall>) => {
    const msg = ev.data;
    if (msg?.rpc !== 'call') return;
    const args = [...msg.args];
    for (const index of msg.callbacks) args[index] = (...cbArgs: unknown[]) => scope.postMessage({ rpc: 'callback', id: msg.id, index, args: cbArgs });
    const method = (service as Record<string, unknown>)[msg.method];
    const run = async (): Promise<unknown> => {
      if (typeof method !== 'function') throw new Error(`no method ${msg.method}`);
      return (method as (...a: unknown[]) => unknown).apply(service, args);
    };
    run().then(
      (value) => scope.postMessage({ rpc: 'result', id: msg.id, value }),
      (e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        scope.postMessage({ rpc: 'failure', id: msg.id, name: error.name, message: error.message });
      },
    );
  };
}

/** A handle whose every property but `dispose` (and `then`, so it is not taken for a promise) calls `call(name, args)`. */
function handle<S>(call: (method: string, args: unknown[]) => Promise<unknown>, dispose: () => void): Remote<S> {
  return new Proxy({} as Remote<S>, {
    get(_target, key) {
      if (key === 'dispose') return dispose;
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

/**
 * The page's {@link Remote} of the service a worker `serve`s. The worker is started by `start()` on the
 * first call (and again after it failed to load or crashed: every waiting call is then rejected with an
 * `Error` naming `label`). A failure of a call rejects with an `Error` of the worker error's name and
 * message.
 */
export function connect<S extends Service>(start: () => Worker, label: string): Remote<S> {
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
        p.reject(error);
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
  return handle<S>(call, () => {
    disposed = true;
    worker?.terminate();
    worker = null;
    failAll(`${label} client disposed`);
  });
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
