// The typed worker RPC (src/workers/rpc.ts) over a real message channel: values, callbacks, failures, dispose.

import { afterEach, describe, expect, it } from 'vitest';
import { connect, local, serve } from '../../../src/workers/rpc';
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
