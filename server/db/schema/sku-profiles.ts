import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

/**
 * What a SKU weighs and measures and how customs should see it. Every field may be null: a
 * seller fills a profile in over time and the label checks name what is still missing.
 * Weight is whole grams so that sums over items stay exact integers (a gram is finer than any
 * carrier bills); dimensions are whole centimetres as Shipentegra takes them.
 */
export const skuProfiles = sqliteTable(
  'sku_profiles',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    weightGrams: integer('weight_grams'),
    lengthCm: integer('length_cm'),
    widthCm: integer('width_cm'),
    heightCm: integer('height_cm'),
    // Turkish GTIP / HS code, digits only.
    hsCode: text('hs_code'),
    // An exact decimal string in major units, never a float.
    declaredValue: text('declared_value'),
    declaredCurrency: text('declared_currency'),
    // Shipentegra's order `description` and label `content`.
    customsDescription: text('customs_description'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.sku] }),
    check(
      'sku_profiles_weight_positive',
      sql`${table.weightGrams} is null or ${table.weightGrams} > 0`,
    ),
    check(
      'sku_profiles_dimensions_range',
      sql`coalesce(${table.lengthCm}, 1) between 1 and 300
        and coalesce(${table.widthCm}, 1) between 1 and 300
        and coalesce(${table.heightCm}, 1) between 1 and 300`,
    ),
  ],
);

export type SkuProfileRow = typeof skuProfiles.$inferSelect;
