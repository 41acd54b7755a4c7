import type { ShipentegraFaultKind } from './faults.ts';
import type { StandInLanguage } from './http-exchange.ts';

export interface ShipentegraRequestRecord {
  at: Date;
  method: string;
  path: string;
  /** `?trackingNumber=...` as received, or ''. */
  search: string;
  hasBearer: boolean;
  language: StandInLanguage;
  /** The parsed JSON body, secrets redacted; undefined when there was none or it was not JSON. */
  body: unknown;
  outcome: 'pending' | 'answered' | 'dropped' | 'unanswered';
  status?: number;
  fault?: ShipentegraFaultKind;
  /** The message of an unexpected stand-in failure (a bug), answered as a 500. */
  error?: string;
}

// Sandbox mode runs for days: keep the recent history tests look at, not all of it.
const MAX_RECORDS = 1000;

export function appendRecord(log: ShipentegraRequestRecord[], record: ShipentegraRequestRecord) {
  log.push(record);

  if (log.length > MAX_RECORDS) {
    log.splice(0, log.length - MAX_RECORDS);
  }
}

/** The body as tests see it: the client secret never sits in the log, even in the sandbox. */
export function bodyForLog(body: Buffer): unknown {
  if (body.length === 0) {
    return undefined;
  }

  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));

    if (typeof parsed === 'object' && parsed !== null && 'clientSecret' in parsed) {
      return { ...parsed, clientSecret: '[redacted]' };
    }

    return parsed;
  } catch {
    return undefined;
  }
}
