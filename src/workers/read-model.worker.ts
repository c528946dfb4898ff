// Read-model worker entry: loads and stitches the stored summaries and computes answers off the page's
// main thread, serving `ReadModelService` (read-model-service.ts) through `rpc.ts`.

import { DATABASE_NAME } from '../db/database';
import { indexedDbSnapshots } from '../db/read-model-snapshot';
import { serve } from './rpc';
import type { RpcScope } from './rpc';
import { createReadModelService } from './read-model-service';

/**
 * The build of this worker's code: its script name in a built app, which carries the hash of everything
 * bundled into it (`read-model.worker-<hash>.js`); null in development (the name has no hash and the code
 * changes under it), so no snapshot is kept or used there.
 */
function buildOfThisScript(): string | null {
  const name = self.location.pathname.split('/').pop() ?? '';
  return /^read-model\.worker-[\w-]{6,}\.js$/.test(name) ? name : null;
}

const build = buildOfThisScript();
serve(self as unknown as RpcScope, createReadModelService(undefined, { snapshots: build ? indexedDbSnapshots(DATABASE_NAME, build) : null }));
