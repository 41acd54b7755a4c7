import { z } from 'zod';
import { SHIPENTEGRA_HOST } from '../net/remote-hosts.ts';
import { type ShipentegraCarrier, ShipentegraCarrierSchema } from './contract.ts';
import type { AuthorizedShipentegra } from './shipentegra-auth.ts';

const DEFAULT_TTL_MS = 5 * 60_000;

/** Where a service's label is bought, from `GET /users/carriers` (likely). */
export interface LabelRoute {
  /** Under the base URL, e.g. `/logistics/labels/shipentegra/ups`. */
  path: string;
  specialService: string | number;
}

export class UnknownShipentegraServiceError extends Error {
  readonly serviceName: string;

  constructor(serviceName: string) {
    super(`Shipentegra lists no label endpoint for service ${serviceName}`);
    this.name = 'UnknownShipentegraServiceError';
    this.serviceName = serviceName;
  }
}

/**
 * The carrier list per tenant, kept briefly: it changes when Shipentegra adds a service or the
 * seller's contract changes, not per label. In memory only, so losing it costs one call.
 */
export interface CarrierListCache {
  read(tenantId: string): ShipentegraCarrier[] | undefined;
  write(tenantId: string, carriers: ShipentegraCarrier[]): void;
}

export function createCarrierListCache(
  options: { ttlMs?: number; now?: () => number } = {},
): CarrierListCache {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { carriers: ShipentegraCarrier[]; expiresAt: number }>();

  return {
    read(tenantId) {
      const entry = entries.get(tenantId);

      return entry && entry.expiresAt > now() ? entry.carriers : undefined;
    },
    write(tenantId, carriers) {
      entries.set(tenantId, { carriers, expiresAt: now() + ttlMs });
    },
  };
}

export async function fetchCarriers(api: AuthorizedShipentegra): Promise<ShipentegraCarrier[]> {
  return api.send({
    method: 'GET',
    path: '/users/carriers',
    data: z.array(ShipentegraCarrierSchema),
  });
}

/** Finds the label endpoint and `specialService` for a quoted service slug. */
export function findLabelRoute(
  carriers: readonly ShipentegraCarrier[],
  serviceName: string,
): LabelRoute {
  const wanted = serviceName.trim().toLowerCase();
  // `value` is the slug the quotes use; the title is a fallback in case the slugs drift.
  const carrier =
    carriers.find((entry) => entry.value.trim().toLowerCase() === wanted) ??
    carriers.find((entry) => entry.title.trim().toLowerCase() === wanted);
  const path = carrier ? labelPathOf(carrier.info.url) : undefined;

  if (!carrier || path === undefined || carrier.info.specialService === null) {
    throw new UnknownShipentegraServiceError(serviceName);
  }

  return { path, specialService: carrier.info.specialService };
}

/**
 * The list decides where our bearer token and the buyer's order go, so only label endpoints
 * on Shipentegra's API are accepted, whether given as a path, a `/v1` path or a full URL.
 */
function labelPathOf(url: string): string | undefined {
  const isAbsolute = /^https?:\/\//i.test(url);
  const pathname = isAbsolute ? safePathname(url) : url.trim();
  const path = pathname?.replace(/^\/v1(?=\/)/, '');

  return path && /^\/logistics\/labels\/[a-z0-9/-]+$/i.test(path) ? path : undefined;
}

function safePathname(url: string): string | undefined {
  try {
    const parsed = new URL(url);

    return parsed.hostname === SHIPENTEGRA_HOST ? parsed.pathname : undefined;
  } catch {
    return undefined;
  }
}
