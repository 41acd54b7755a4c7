import { Hono } from 'hono';
import { type AuditPage, AuditQuerySchema } from '../../shared/api/audit.ts';
import type { AppDeps } from '../app.ts';
import { listAuditEvents } from '../audit/audit-log.ts';
import { authOf, requireAuth, requireOwner } from '../auth/require-auth.ts';
import type { AppEnv } from '../http/app-env.ts';
import { readQuery } from '../http/validate.ts';

/** `/api/audit`: the tenant's security events, newest first, for the owner only. */
export function auditRoutes(deps: Pick<AppDeps, 'db' | 'now'>) {
  return new Hono<AppEnv>()
    .use('*', requireAuth(deps.db, deps.now), requireOwner())
    .get('/', (c) => {
      const { before, limit } = readQuery(c, AuditQuerySchema);

      // One row more than asked says whether an older page exists.
      const rows = listAuditEvents(deps.db, authOf(c).tenantId, { before, limit: limit + 1 });
      const events = rows.slice(0, limit).map((row) => ({
        id: row.id,
        type: row.type,
        userId: row.userId,
        details: row.details,
        requestId: row.requestId,
        createdAt: row.createdAt.toISOString(),
      }));
      const page: AuditPage = {
        events,
        nextBefore: rows.length > limit ? (events.at(-1)?.id ?? null) : null,
      };

      return c.json(page, 200);
    });
}
