import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { clientAddressOf } from './client-address.ts';

/** What services need to know about the request: never taken from the body. */
export interface RequestFacts {
  clientAddress: string;
  requestId: string;
  now: Date;
}

export function requestFactsOf(c: Context<AppEnv>, now: () => Date): RequestFacts {
  return { clientAddress: clientAddressOf(c), requestId: c.get('requestId'), now: now() };
}
