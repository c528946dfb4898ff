// Read-model worker entry: loads and stitches the stored summaries and computes answers off the page's
// main thread, serving `ReadModelService` (read-model-service.ts) through `rpc.ts`.

import { serve } from './rpc';
import type { RpcScope } from './rpc';
import { createReadModelService } from './read-model-service';

serve(self as unknown as RpcScope, createReadModelService());
