// Every table, for drizzle's typed queries and for drizzle-kit's migration generator.

export * from './schema/jobs.ts';
export * from './schema/tenants.ts';
export * from './schema/users.ts';
