// The reading the page's first script starts (src/boot.ts → startEarlyRead) is the one the read model's
// query takes: one load and one answer reach the worker, not two of each; and whether the database is
// current (databaseIsCurrent), the condition boot.ts starts it on.

import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RpcCall } from '../../../src/workers/rpc';

/** A stand-in for the read model's worker: records each call and answers it with `reply(method)`. */
class FakeWorker {
  static calls: RpcCall[] = [];
  static created = 0;
  constructor() {
    FakeWorker.created += 1;
  }
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(message: RpcCall): void {
    FakeWorker.calls.push(message);
    const value = message.method === 'load' ? { generation: 1, entities: [] } : { answerFor: message.args[0] };
    setTimeout(() => this.onmessage?.({ data: { rpc: 'result', id: message.id, value } } as MessageEvent), 0);
  }
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.calls = [];
  FakeWorker.created = 0;
  window.location.hash = '';
});

async function freshModules() {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  const client = await import('../../../src/workers/read-model-client');
  const query = await import('../../../src/lib/answer-query');
  return { client, query };
}

describe('startEarlyRead', () => {
  it('gives the first query its load and answer: the worker gets one of each', async () => {
    window.location.hash = '#/answer?band=18-24';
    const { client, query } = await freshModules();
    client.startEarlyRead({ period: null, youthBand: '18-24' });
    await vi.waitFor(() => expect(FakeWorker.calls.map((c) => c.method)).toEqual(['load', 'answer']));

    const queryClient = new QueryClient();
    const view = await queryClient.fetchQuery(query.answerViewQuery);
    expect(view).toEqual({ generation: 1, entities: [] });
    expect(FakeWorker.calls.map((c) => c.method)).toEqual(['load', 'answer']);
    expect(FakeWorker.calls[1]!.args).toEqual([{ period: null, youthBand: '18-24' }]);
    // Taken once: a later reading asks the worker again.
    expect(await client.takeEarlyRead()).toBeNull();
  });

  it('asks the answer again when the address asks other options than the early reading had', async () => {
    window.location.hash = '#/answer?band=13-17';
    const { client, query } = await freshModules();
    client.startEarlyRead({ period: null, youthBand: '13-24' });
    await new QueryClient().fetchQuery(query.answerViewQuery);
    expect(FakeWorker.calls.map((c) => c.method)).toEqual(['load', 'answer', 'answer']);
    expect(FakeWorker.calls[2]!.args).toEqual([{ period: null, youthBand: '13-17' }]);
  });

  it('starts the worker at once, while the database check is pending; its calls only once the check says go', async () => {
    window.location.hash = '#/';
    const { client } = await freshModules();
    let go: (current: boolean) => void = () => undefined;
    client.startEarlyRead({ period: null, youthBand: '13-24' }, new Promise<boolean>((resolve) => (go = resolve)));
    expect(FakeWorker.created).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeWorker.calls).toEqual([]);
    go(true);
    await vi.waitFor(() => expect(FakeWorker.calls.map((c) => c.method)).toEqual(['load', 'answer']));
    expect(FakeWorker.created).toBe(1);
    expect(await client.earlyReadStarted()).toBe(true);
    await client.takeEarlyRead();
    expect(await client.earlyReadStarted()).toBe(false);
  });

  it('calls nothing when the database is not known to be current (the page then upgrades it)', async () => {
    window.location.hash = '#/';
    const { client, query } = await freshModules();
    client.startEarlyRead({ period: null, youthBand: '13-24' }, Promise.resolve(false));
    // The app then asks nothing ahead of its first render (main.tsx): the page opens, and upgrades, first.
    expect(await client.earlyReadStarted()).toBe(false);
    expect(await client.takeEarlyRead()).toBeNull();
    expect(FakeWorker.calls).toEqual([]);
    // The worker started early is the read model's: the query's reading goes to it, no second one.
    expect(FakeWorker.created).toBe(1);
    // The query then reads as without an early start.
    await new QueryClient().fetchQuery(query.answerViewQuery);
    expect(FakeWorker.calls.map((c) => c.method)).toEqual(['load', 'answer']);
    expect(FakeWorker.created).toBe(1);
  });

  it('starts nothing where there is no worker (the read model then runs in the page)', async () => {
    vi.resetModules();
    const client = await import('../../../src/workers/read-model-client');
    client.startEarlyRead({ period: null, youthBand: '13-24' });
    expect(await client.takeEarlyRead()).toBeNull();
  });
});

describe('a worker that cannot be made', () => {
  class ThrowingWorker {
    constructor() {
      throw new DOMException("Failed to construct 'Worker': blocked", 'SecurityError');
    }
  }

  it('never stops the page\'s first script: startEarlyRead does not throw, the query reports it instead', async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', ThrowingWorker);
    window.location.hash = '#/';
    const client = await import('../../../src/workers/read-model-client');
    const query = await import('../../../src/lib/answer-query');
    expect(() => client.startEarlyRead({ period: null, youthBand: '13-24' }, Promise.resolve(false))).not.toThrow();
    await expect(new QueryClient().fetchQuery(query.answerViewQuery)).rejects.toThrow(/blocked/);
  });
});

describe('databaseIsCurrent', () => {
  it('is true only for a database at the IndexedDB version of the current schema (schema version × 10)', async () => {
    const { databaseIsCurrent } = await import('../../../src/db/database-state');
    const { CURRENT_SCHEMA_VERSION } = await import('../../../src/db/schema');
    const open = (name: string, version: number) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
    expect(await databaseIsCurrent('early-read-absent')).toBe(false);
    await open('early-read-old', (CURRENT_SCHEMA_VERSION - 1) * 10);
    expect(await databaseIsCurrent('early-read-old')).toBe(false);
    await open('early-read-current', CURRENT_SCHEMA_VERSION * 10);
    expect(await databaseIsCurrent('early-read-current')).toBe(true);
  });
});
