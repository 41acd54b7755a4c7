import { expect } from 'vitest';
import { validateSpApiResponse } from '../../server/sandbox/spapi/response-validator.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';
import { type RawResponse, type StandInHarness, TEST_APP } from './spapi-stand-in-harness.ts';

/** Asserts the status and that the body validates against Amazon's model for that status. */
export function expectConforms(operation: string, response: RawResponse, status: number): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(validateSpApiResponse(operation, response.status, response.body)).toEqual([]);
}

/** An access token for plain requests, fetched the way our OAuth code would (form-encoded). */
export async function fetchAccessToken(
  harness: StandInHarness,
  seller: StandInSeller,
): Promise<string> {
  const response = await harness.send({
    method: 'POST',
    host: 'api.amazon.com',
    path: '/auth/o2/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: seller.refreshToken,
      client_id: TEST_APP.lwa.clientId,
      client_secret: TEST_APP.lwa.clientSecret,
    }).toString(),
  });

  return (response.body as { access_token: string }).access_token;
}

/** The `errors[0]` of an SP-API error answer. */
export function firstError(response: RawResponse): {
  code: string;
  message: string;
  details?: string;
} {
  const body = response.body as { errors: { code: string; message: string; details?: string }[] };
  return body.errors[0] ?? { code: '', message: '' };
}
