// The typed worker RPC (src/workers/rpc.ts) over a real message channel: values, callbacks, failures, dispose.

import { afterEach, describe, expect, it } from 'vitest';
import { connect, local, routed, serve } from '../../../src/workers/rpc';
import type { Remote, RpcScope } from '../../../src/workers/rpc';

/** A small service: adds, counts with a progress callback, refuses. */
function counter() {
  return {
    add(a: number, b: number): number {
      return a + b;
    },
    async count(n: number, onStep: (done: number, total: number) => void): Promise<string> {
      for (let i = 1; i <= n; i++) onStep(i, n);
      return `counted ${n}`;
    },
    refuse(): never {
      throw new RangeError('too big');
    },
  };
}
type Counter = ReturnType<typeof counter>;

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** A Remote over a MessageChannel: one port served like a worker's `self`, the other posing as the Worker. */
function overChannel(): Remote<Counter> {
  const channel = new MessageChannel();
  channels.push(channel);
  serve(channel.port1 as unknown as RpcScope, counter());
  const fakeWorker = Object.assign(channel.port2, { terminate: () => channel.port2.close(), onerror: null }) as unknown as Worker;
  return connect<Counter>(() => fakeWorker, 'test');
}

describe.each([
  ['across a message channel', overChannel],
  ['in the calling thread', () => local<Counter>(() => counter(), 'test')],
])('rpc %s', (_name, make) => {
  it('resolves with what the method returns: add(2, 3) = 5', async () => {
    const remote = make();
    await expect(remote.add(2, 3)).resolves.toBe(5);
    remote.dispose();
  });

  it('calls a callback argument back: 3 steps (1/3, 2/3, 3/3), then the value', async () => {
    const remote = make();
    const steps: [number, number][] = [];
    const value = await remote.count(3, (done, total) => steps.push([done, total]));
    expect(value).toBe('counted 3');
    expect(steps).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    remote.dispose();
  });

  it('rejects with the name and message of what the method threw, and serves the next call', async () => {
    const remote = make();
    await expect(remote.refuse()).rejects.toMatchObject({ name: 'RangeError', message: 'too big' });
    await expect(remote.add(1, 1)).resolves.toBe(2);
    remote.dispose();
  });

  it('rejects every call after dispose', async () => {
    const remote = make();
    remote.dispose();
    await expect(remote.add(1, 2)).rejects.toThrow('test client disposed');
  });
});

/** A failure that carries more than a name and message (like `WorkspaceError`). */
class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

describe('rpc warm', () => {
  it('starts the worker once, before any call, and the first call goes to that worker; never after dispose', async () => {
    const channel = new MessageChannel();
    channels.push(channel);
    serve(channel.port1 as unknown as RpcScope, counter());
    let started = 0;
    const remote = connect<Counter>(() => {
      started += 1;
      return Object.assign(channel.port2, { terminate: () => undefined, onerror: null }) as unknown as Worker;
    }, 'test');
    expect(started).toBe(0);
    remote.warm();
    remote.warm();
    expect(started).toBe(1);
    await expect(remote.add(2, 3)).resolves.toBe(5);
    expect(started).toBe(1);
    remote.dispose();
    remote.warm();
    expect(started).toBe(1);
  });

  it('does nothing in the calling thread: the service is made on the first call only', async () => {
    let made = 0;
    const remote = local<Counter>(() => {
      made += 1;
      return counter();
    }, 'test');
    remote.warm();
    expect(made).toBe(0);
    await expect(remote.add(1, 2)).resolves.toBe(3);
    expect(made).toBe(1);
  });
});

describe('rpc serve and connect options', () => {
  /** A service with a hook that logs each call before it runs, sending a coded error's code across. */
  function withOptions(log: string[]) {
    const channel = new MessageChannel();
    channels.push(channel);
    const service = {
      double: (n: number) => n * 2,
      bytes: () => new Uint8Array([1, 2, 3]),
      coded: (): never => {
        throw new CodedError('too-old', 'version 0');
      },
    };
    serve(channel.port1 as unknown as RpcScope, service, {
      before: (method, args) => {
        log.push(`${method}(${args.join(',')})`);
      },
      transfer: (method, value) => (method === 'bytes' ? [(value as Uint8Array).buffer] : []),
      errorFields: (e) => (e instanceof CodedError ? { code: e.code } : undefined),
    });
    const fakeWorker = Object.assign(channel.port2, { terminate: () => channel.port2.close(), onerror: null }) as unknown as Worker;
    return connect<typeof service>(() => fakeWorker, 'test', {
      reviveError: (error, fields) => new CodedError(String(fields.code), error.message),
    });
  }

  it('runs `before` with the method and its arguments ahead of each call: double(4) = 8 after "double(4)"', async () => {
    const log: string[] = [];
    const remote = withOptions(log);
    await expect(remote.double(4)).resolves.toBe(8);
    expect(log).toEqual(['double(4)']);
    remote.dispose();
  });

  it('rebuilds a failure from the fields the worker sent: a CodedError with code too-old', async () => {
    const remote = withOptions([]);
    const error = await remote.coded().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code: 'too-old', message: 'version 0' });
    remote.dispose();
  });

  it('hands over a transferred value intact: bytes 1, 2, 3', async () => {
    const remote = withOptions([]);
    expect([...(await remote.bytes())]).toEqual([1, 2, 3]);
    remote.dispose();
  });
});

describe('rpc routed', () => {
  it('sends each call to the handle picked at call time: add(1, 1) twice, first to a, then to b', async () => {
    const a = local<Counter>(() => ({ ...counter(), add: (x: number, y: number) => x + y + 100 }), 'a');
    const b = local<Counter>(() => counter(), 'b');
    let pick = a;
    let disposed = 0;
    const remote = routed<Counter>(() => pick, () => disposed++);
    await expect(remote.add(1, 1)).resolves.toBe(102);
    pick = b;
    await expect(remote.add(1, 1)).resolves.toBe(2);
    remote.dispose();
    expect(disposed).toBe(1);
  });
});
