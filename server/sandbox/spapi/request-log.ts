export type LoggedOutcome = number | 'dropped' | 'timeout';

export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  host: string;
  /** `<api>:<operationId>` for SP-API calls, `lwa:token` and `stand-in:<name>` otherwise. */
  operation: string;
  sellerId?: string;
  status: LoggedOutcome;
}

export interface RequestLogFilter {
  /** Either the full key or the bare operation id. */
  operation?: string;
  sellerId?: string;
  status?: LoggedOutcome;
}

export interface StandInRequestLog {
  readonly entries: readonly RequestLogEntry[];
  count(filter?: RequestLogFilter): number;
  clear(): void;
  record(entry: RequestLogEntry): void;
}

/** What the stand-in answered, for tests and benchmarks that count calls and 429s. */
export function createRequestLog(): StandInRequestLog {
  const entries: RequestLogEntry[] = [];
  const matches = (entry: RequestLogEntry, filter: RequestLogFilter) =>
    (filter.operation === undefined ||
      entry.operation === filter.operation ||
      entry.operation.endsWith(`:${filter.operation}`)) &&
    (filter.sellerId === undefined || entry.sellerId === filter.sellerId) &&
    (filter.status === undefined || entry.status === filter.status);

  return {
    entries,
    count: (filter = {}) => entries.filter((entry) => matches(entry, filter)).length,
    clear: () => {
      entries.length = 0;
    },
    record: (entry) => {
      entries.push(entry);
    },
  };
}
