import { integer } from 'drizzle-orm/sqlite-core';

/** Milliseconds since the epoch, read back as a `Date`. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** Set on insert, so every row says when it was made. */
export const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .$defaultFn(() => new Date());
