// Every table, for drizzle's typed queries and for drizzle-kit's migration generator.

export * from './schema/amazon-connections.ts';
export * from './schema/audit-events.ts';
export * from './schema/jobs.ts';
export * from './schema/listings.ts';
export * from './schema/oauth-states.ts';
export * from './schema/order-items.ts';
export * from './schema/order-recipients.ts';
export * from './schema/orders.ts';
export * from './schema/sessions.ts';
export * from './schema/shipentegra-accounts.ts';
export * from './schema/shipments.ts';
export * from './schema/shipping-settings.ts';
export * from './schema/sign-in-throttles.ts';
export * from './schema/sku-profiles.ts';
export * from './schema/sync-cursors.ts';
export * from './schema/sync-runs.ts';
export * from './schema/tenants.ts';
export * from './schema/users.ts';
