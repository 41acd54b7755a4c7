import { z } from 'zod';

export const SyncKindSchema = z.enum(['orders', 'inventory']);
export type SyncKind = z.infer<typeof SyncKindSchema>;

export const StartSyncRequestSchema = z.object({
  kinds: z.array(SyncKindSchema).min(1).max(2).default(['orders', 'inventory']),
});
export type StartSyncRequest = z.infer<typeof StartSyncRequestSchema>;

export const RegionSchema = z.enum(['na', 'eu', 'fe']);

export const StartedSyncSchema = z.object({
  kind: SyncKindSchema,
  region: RegionSchema,
  /** True when a sync of this kind was already queued or running: the request joined it. */
  isJoined: z.boolean(),
});

export const StartSyncResponseSchema = z.object({ syncs: z.array(StartedSyncSchema) });
export type StartSyncResponse = z.infer<typeof StartSyncResponseSchema>;

export const SyncErrorSchema = z.object({
  code: z.string(),
  /** Written for the seller: what happened and what, if anything, to do. */
  message: z.string(),
  at: z.iso.datetime(),
});

export const SyncProgressSchema = z.object({
  pagesFetched: z.number().int(),
  recordsUpserted: z.number().int(),
  /** 0 to 1 when it can be estimated. */
  fraction: z.number().min(0).max(1).nullable(),
});

export const SyncCountsSchema = z.object({
  pagesFetched: z.number().int(),
  recordsUpserted: z.number().int(),
  retries: z.number().int(),
});

export const SyncKindStatusSchema = z.object({
  kind: SyncKindSchema,
  region: RegionSchema,
  /**
   * `needs_reauthorization`: Amazon refused our authorisation; syncing stops until the seller
   * reconnects Amazon. `failed`: the last attempt failed and a retry is due.
   */
  state: z.enum(['idle', 'queued', 'running', 'failed', 'needs_reauthorization']),
  progress: SyncProgressSchema.nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  lastError: SyncErrorSchema.nullable(),
  /** The most recent finished run's figures. */
  lastCounts: SyncCountsSchema.nullable(),
  nextRunAt: z.iso.datetime().nullable(),
});
export type SyncKindStatus = z.infer<typeof SyncKindStatusSchema>;

export const SyncStatusSchema = z.object({
  isAmazonConnected: z.boolean(),
  syncs: z.array(SyncKindStatusSchema),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
