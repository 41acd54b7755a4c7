import { StartSyncResponseSchema, type SyncKind, SyncStatusSchema } from '../../shared/api/sync.ts';
import { callServerAsSeller } from './server-call.ts';

const ALL_KINDS: SyncKind[] = ['orders', 'inventory'];

export function getSyncStatus() {
  return callServerAsSeller('/api/sync/status', { schema: SyncStatusSchema });
}

export function startSync(kinds: SyncKind[] = ALL_KINDS) {
  return callServerAsSeller('/api/sync', {
    method: 'POST',
    body: { kinds },
    schema: StartSyncResponseSchema,
  });
}
