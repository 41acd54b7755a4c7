import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration from the schema; the server applies
// pending migrations at start (server/db/migrate.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './server/db/schema.ts',
  out: './server/db/migrations',
});
