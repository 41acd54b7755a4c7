import { and, asc, eq, gt, inArray, isNotNull, isNull, max, or, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import {
  EMPTY_SKU_PROFILE,
  type SkuList,
  type SkuListQuery,
  type SkuProfile,
  type SkuProfileInput,
  type SkuSummary,
} from '../../shared/api/shipping.ts';
import { decodePageCursor, encodePageCursor, likePrefix } from '../amazon/page-cursor.ts';
import type { Db } from '../db/connection.ts';
import { listings, orderItems, skuProfiles } from '../db/schema.ts';
import { foundOrNotFound, whereTenant } from '../db/tenant-scope.ts';
import { listMissingFields, toSkuProfile } from './sku-profile-fields.ts';

const SkuCursorSchema = z.tuple([z.string()]);

/**
 * The tenant's SKUs, from its listings and from its orders' lines (a SKU sold once and since
 * delisted still needs a profile to ship), each with its profile and what it still lacks.
 */
export function listSkus(db: Db, tenantId: string, query: SkuListQuery): SkuList {
  const known = knownSkusOf(db, tenantId);
  const rows = db
    .select({ sku: known.sku, title: max(known.title), profile: skuProfiles })
    .from(known)
    .leftJoin(skuProfiles, and(eq(skuProfiles.tenantId, tenantId), eq(skuProfiles.sku, known.sku)))
    .where(and(...filtersOf(query, known)))
    .groupBy(known.sku)
    .orderBy(asc(known.sku))
    .limit(query.limit + 1)
    .all();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);

  return {
    skus: page.map((row) => toSkuSummary(row.sku, row.title, row.profile)),
    nextCursor: rows.length > query.limit && last ? encodePageCursor([last.sku]) : null,
  };
}

/** Replaces a SKU's profile; a SKU the tenant never listed or sold is NOT_FOUND. */
export function saveSkuProfile(
  db: Db,
  tenantId: string,
  sku: string,
  input: SkuProfileInput,
  now: Date,
): SkuSummary {
  const title = foundOrNotFound(findSkuTitle(db, tenantId, sku)).title;
  const values = { ...input, updatedAt: now };
  const row = db
    .insert(skuProfiles)
    .values({ tenantId, sku, ...values, createdAt: now })
    .onConflictDoUpdate({ target: [skuProfiles.tenantId, skuProfiles.sku], set: values })
    .returning()
    .get();

  return toSkuSummary(sku, title, row);
}

/** The profiles of some SKUs (an order's lines), empty ones for SKUs never described. */
export function findSkuProfiles(
  db: Db,
  tenantId: string,
  skus: readonly string[],
): Map<string, SkuProfile> {
  const rows =
    skus.length === 0
      ? []
      : db
          .select()
          .from(skuProfiles)
          .where(whereTenant(skuProfiles.tenantId, tenantId, inArray(skuProfiles.sku, [...skus])))
          .all();
  const found = new Map(rows.map((row) => [row.sku, toSkuProfile(row)]));

  return new Map(skus.map((sku) => [sku, found.get(sku) ?? EMPTY_SKU_PROFILE]));
}

/** The SKU's name when the tenant lists or sold it; undefined when it is not the tenant's. */
function findSkuTitle(db: Db, tenantId: string, sku: string) {
  const known = knownSkusOf(db, tenantId);

  return db
    .select({ sku: known.sku, title: max(known.title) })
    .from(known)
    .where(eq(known.sku, sku))
    .groupBy(known.sku)
    .get();
}

function knownSkusOf(db: Db, tenantId: string) {
  const listed = db
    .select({ sku: listings.sku, title: listings.itemName })
    .from(listings)
    .where(whereTenant(listings.tenantId, tenantId));
  const sold = db
    .select({ sku: sql<string>`${orderItems.sellerSku}`.as('sku'), title: orderItems.title })
    .from(orderItems)
    .where(whereTenant(orderItems.tenantId, tenantId, isNotNull(orderItems.sellerSku)));

  return unionAll(listed, sold).as('known');
}

type KnownSkus = ReturnType<typeof knownSkusOf>;

function filtersOf(query: SkuListQuery, known: KnownSkus): (SQL | undefined)[] {
  const cursor = query.cursor ? decodePageCursor(SkuCursorSchema, query.cursor) : undefined;
  const isIncomplete = or(
    ...[
      skuProfiles.sku,
      skuProfiles.weightGrams,
      skuProfiles.lengthCm,
      skuProfiles.widthCm,
      skuProfiles.heightCm,
      skuProfiles.hsCode,
      skuProfiles.declaredValue,
      skuProfiles.customsDescription,
    ].map((field) => isNull(field)),
  );

  return [
    query.q ? sql`${known.sku} like ${likePrefix(query.q)} escape '\\'` : undefined,
    cursor ? gt(known.sku, cursor[0]) : undefined,
    query.incomplete === 'true' ? isIncomplete : undefined,
    query.incomplete === 'false' ? sql`not (${isIncomplete})` : undefined,
  ];
}

function toSkuSummary(
  sku: string,
  title: string | null,
  row: Parameters<typeof toSkuProfile>[0] | null,
): SkuSummary {
  const profile = row ? toSkuProfile(row) : EMPTY_SKU_PROFILE;
  const missingFields = listMissingFields(profile);

  return { sku, title, profile, isComplete: missingFields.length === 0, missingFields };
}
