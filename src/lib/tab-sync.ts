// Tells the other tabs of this app that stored data changed (BroadcastChannel), so they refresh their views.

/** Name of the BroadcastChannel shared by every tab (and worker) of this origin. */
export const DATA_CHANNEL = 'youth-reach-data';

/** The message posted after every write: `{ type: 'data-changed' }`. */
export interface DataChangedMessage {
  type: 'data-changed';
}

let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(DATA_CHANNEL);
  return channel;
}

/** Posts {@link DataChangedMessage} to the other tabs (not to this one); a no-op where BroadcastChannel is missing. */
export function announceDataChanged(): void {
  try {
    getChannel()?.postMessage({ type: 'data-changed' } satisfies DataChangedMessage);
  } catch {
    // a closed channel (page unloading): the other tabs refresh on their next read
  }
}

/**
 * Calls `listener` each time another tab announces a change; returns the unsubscribe. Uses its own channel
 * object, so this tab's own announcements are not echoed back.
 */
export function onDataChangedElsewhere(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const own = new BroadcastChannel(DATA_CHANNEL);
  own.onmessage = (ev: MessageEvent<unknown>) => {
    if ((ev.data as Partial<DataChangedMessage> | null)?.type === 'data-changed') listener();
  };
  return () => own.close();
}
