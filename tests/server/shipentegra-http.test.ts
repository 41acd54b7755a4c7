import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SHIPENTEGRA_DEMO_ACCOUNT } from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { ShipentegraCarrierSchema } from '../../server/shipentegra/contract.ts';
import {
  createAuthorizedShipentegra,
  createShipentegraTokenCache,
  type ShipentegraTokenCache,
} from '../../server/shipentegra/shipentegra-auth.ts';
import { ShipentegraError } from '../../server/shipentegra/shipentegra-errors.ts';
import {
  createShipentegraHttp,
  parseRetryAfter,
  resolveShipentegraUrl,
  type ShipentegraHttp,
} from '../../server/shipentegra/shipentegra-http.ts';
import { expiryOfShipentegraToken } from '../../server/shipentegra/shipentegra-token-validity.ts';
import {
  type ShipentegraHarness,
  startShipentegraHarness,
} from '../helpers/shipentegra-stand-in.ts';

const DEMO = {
  clientId: SHIPENTEGRA_DEMO_ACCOUNT.clientId,
  clientSecret: SHIPENTEGRA_DEMO_ACCOUNT.clientSecret,
};
const CARRIERS = {
  method: 'GET',
  path: '/users/carriers',
  data: z.array(ShipentegraCarrierSchema),
} as const;

let harness: ShipentegraHarness;
let http: ShipentegraHttp;
let tokens: ShipentegraTokenCache;

beforeAll(async () => {
  // No keep-alive: a connection a fault destroyed is never picked up again.
  harness = await startShipentegraHarness({}, { keepAlive: false });
  http = createShipentegraHttp({ agent: harness.agent, timeoutMs: 2000 });
}, 60_000);

afterAll(() => harness.close());

beforeEach(() => {
  harness.standIn.faults.clear();
  harness.standIn.requests.length = 0;
  tokens = createShipentegraTokenCache();
});

function authorized(credentials = DEMO) {
  return createAuthorizedShipentegra({ http, tokens, tenantId: 'tenant-a', credentials });
}

function countCalls(path: string): number {
  return harness.standIn.requests.filter((request) => request.path === path).length;
}

function failureOf(promise: Promise<unknown>): Promise<ShipentegraError> {
  return promise.then(
    () => {
      throw new Error('expected a ShipentegraError');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(ShipentegraError);
      return error as ShipentegraError;
    },
  );
}

describe('authorised calls', () => {
  it('reads the envelope with the contract schema and reuses one token per tenant', async () => {
    const client = authorized();
    const first = await client.send(CARRIERS);
    const second = await client.send(CARRIERS);

    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(countCalls('/v1/auth/token')).toBe(1);
  });

  it('fetches a new token once when Shipentegra says the old one expired', async () => {
    const client = authorized();

    await client.send(CARRIERS);
    harness.standIn.clock.advance(2 * 60 * 60 * 1000);

    await expect(client.send(CARRIERS)).resolves.toBeInstanceOf(Array);
    expect(countCalls('/v1/auth/token')).toBe(2);
    expect(countCalls('/v1/users/carriers')).toBe(3);
  });

  it('does not reuse a token issued for other credentials', async () => {
    harness.standIn.accounts.add({
      clientId: 'second-account',
      clientSecret: 'second-secret',
      balance: 5,
    });

    await authorized().send(CARRIERS);
    await authorized({ clientId: 'second-account', clientSecret: 'second-secret' }).send(CARRIERS);

    expect(countCalls('/v1/auth/token')).toBe(2);
  });

  it('reports refused credentials as a business error with its ERR code, without retrying', async () => {
    const error = await failureOf(authorized({ ...DEMO, clientSecret: 'wrong' }).send(CARRIERS));

    expect(error.kind).toBe('business');
    expect(error.status).toBe(401);
    expect(error.codes[0]).toMatch(/^ERR\.10010\./);
    expect(countCalls('/v1/auth/token')).toBe(1);
  });

  it('gives up after one new token when every token is refused', async () => {
    const calls: string[] = [];
    // A Shipentegra that issues tokens and then refuses every one of them.
    const refuseEveryToken = async (request: { path: string }) => {
      calls.push(request.path);

      if (request.path === '/auth/token') {
        return {
          accessToken: `t${calls.length}`,
          tokenType: 'bearer',
          accessTokenValidity: 3600,
        };
      }

      throw new ShipentegraError('unauthenticated', { status: 401 });
    };
    const refusing = { send: refuseEveryToken as ShipentegraHttp['send'] };
    const client = createAuthorizedShipentegra({
      http: refusing,
      tokens,
      tenantId: 't',
      credentials: DEMO,
    });

    expect((await failureOf(client.send(CARRIERS))).kind).toBe('unauthenticated');
    expect(calls).toEqual(['/auth/token', '/users/carriers', '/auth/token', '/users/carriers']);
  });
});

describe('failures', () => {
  it('surfaces 429 with Retry-After', async () => {
    harness.standIn.faults.rateLimit(3, { path: '/v1/users/carriers', times: 1 });

    const error = await failureOf(authorized().send(CARRIERS));

    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterSeconds: 3 });
  });

  it.each([
    [
      'a 500',
      (): void => void harness.standIn.faults.serverError({ path: '/v1/users/carriers', times: 1 }),
      { status: 500 },
    ],
    [
      'a dropped connection',
      (): void =>
        void harness.standIn.faults.dropConnection({ path: '/v1/users/carriers', times: 1 }),
      { reason: 'network' },
    ],
  ])('calls %s unavailable', async (_, addFault, expected) => {
    await authorized().send(CARRIERS);
    addFault();

    const error = await failureOf(authorized().send(CARRIERS));

    expect(error).toMatchObject({ kind: 'unavailable', ...expected });
  });

  it('gives up on a request that never answers after its timeout', async () => {
    harness.standIn.faults.timeout({ path: '/v1/users/carriers', times: 1 });

    const startedAt = performance.now();
    const error = await failureOf(authorized().send({ ...CARRIERS, timeoutMs: 150 }));

    expect(error).toMatchObject({ kind: 'unavailable', reason: 'timeout' });
    expect(performance.now() - startedAt).toBeLessThan(1500);
  });

  it('calls an answer outside the contract unexpected', async () => {
    const error = await failureOf(authorized().send({ ...CARRIERS, data: z.string() }));

    expect(error).toMatchObject({ kind: 'unexpected_response', status: 200 });
  });
});

describe('URLs and headers', () => {
  it("keeps requests on Shipentegra's API host, where the bearer token may go", () => {
    expect(resolveShipentegraUrl('/users/carriers')).toBe(
      'https://publicapi.shipentegra.com/v1/users/carriers',
    );
    expect(
      resolveShipentegraUrl('/logistics/shipments/activities', { trackingNumber: 'SE 1' }),
    ).toBe(
      'https://publicapi.shipentegra.com/v1/logistics/shipments/activities?trackingNumber=SE+1',
    );
    expect(
      resolveShipentegraUrl('https://publicapi.shipentegra.com/v1/logistics/labels/shipentegra'),
    ).toBe('https://publicapi.shipentegra.com/v1/logistics/labels/shipentegra');
    expect(() => resolveShipentegraUrl('https://attacker.example/v1/labels')).toThrow();
    expect(() => resolveShipentegraUrl('http://publicapi.shipentegra.com/v1/x')).toThrow();
    // Appended to the base URL, a crafted path can never change the host.
    expect(new URL(resolveShipentegraUrl('@attacker.example/v1')).host).toBe(
      'publicapi.shipentegra.com',
    );
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = new Date('2026-08-20T10:00:00Z');

    expect(parseRetryAfter('5', now)).toBe(5);
    expect(parseRetryAfter('Thu, 20 Aug 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('token lifetime', () => {
  const issuedAt = new Date('2026-08-20T11:00:00Z');
  const minutesAfterIssue = (validity: number | string) =>
    (expiryOfShipentegraToken(validity, issuedAt).getTime() - issuedAt.getTime()) / 60_000;

  it.each([
    ['seconds', 3600, 59],
    ['seconds as text', '3600', 59],
    ['a duration', '01:00:00', 59],
    ['an Istanbul wall-clock expiry', '2026-08-20 15:00:00', 59],
    ['an ISO expiry with offset', '2026-08-20T12:00:00Z', 59],
    ['epoch seconds', Date.parse('2026-08-20T12:00:00Z') / 1000, 59],
    ['something unreadable', 'forever', 9],
    ['an expiry already past', '2026-08-20 13:00:00', 0],
    ['a week', 7 * 24 * 3600, 24 * 60 - 1],
  ])('reads %s, less a minute of margin', (_, validity, minutes) => {
    expect(minutesAfterIssue(validity)).toBe(minutes);
  });
});
