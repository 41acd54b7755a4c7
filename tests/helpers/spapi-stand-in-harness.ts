import type { IncomingHttpHeaders } from 'node:http';
import { type Agent, request as httpsRequest } from 'node:https';
import SellingPartnerAPI from 'amazon-sp-api';
import { createDialingAgent } from '../../server/net/dialing-agent.ts';
import {
  type CertificateAuthority,
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../../server/sandbox/certificate-authority.ts';
import {
  type SpApiStandIn,
  type SpApiStandInOptions,
  startSpApiStandIn,
} from '../../server/sandbox/spapi/spapi-stand-in.ts';
import type { StandInSeller } from '../../server/sandbox/spapi/store/world.ts';

export const TEST_APP = {
  appId: 'amzn1.sp.solution.kayistra-test',
  lwa: { clientId: 'amzn1.application-oa2-client.kayistra-test', clientSecret: 'test-secret-4f1c' },
  redirectUri: 'https://kayistra.test/api/amazon/callback',
  loginUri: 'https://kayistra.test/api/amazon/login',
} as const;

export const US = 'ATVPDKIKX0DER';

/** The parts of the amazon-sp-api client the tests use; its bundled typings predate 2026. */
export interface SpApiClient {
  callAPI(params: {
    operation: string;
    path?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
    options?: Record<string, unknown>;
  }): Promise<unknown>;
  upload(
    details: { url: string },
    feed: { content: string; contentType: string },
  ): Promise<unknown>;
  download(details: { url: string }, options?: { json?: boolean }): Promise<unknown>;
  exchange(code: string): Promise<{ refresh_token: string; access_token: string }>;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface StandInHarness {
  ca: CertificateAuthority;
  standIn: SpApiStandIn;
  agent: Agent;
  /** The first demo seller: NA, with US, CA and MX. */
  seller: StandInSeller;
  /** The real client, pinned to the versions Kayistra uses, dialling the stand-in. */
  clientFor(seller: StandInSeller, options?: Record<string, unknown>): SpApiClient;
  /** One SP-API call through the real client, answered raw: status, headers, parsed body. */
  call(
    client: SpApiClient,
    operation: string,
    params?: Omit<Parameters<SpApiClient['callAPI']>[0], 'operation'>,
  ): Promise<RawResponse>;
  /** A plain HTTPS request to the stand-in under one of Amazon's host names. */
  send(request: PlainRequest): Promise<RawResponse>;
  close(): Promise<void>;
}

export interface PlainRequest {
  method?: string;
  host?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

// The package's default export is the client class; its bundled typings only name it.
const SellingPartnerClient = SellingPartnerAPI as unknown as new (config: object) => SpApiClient;

let sharedCa: CertificateAuthority | undefined;

/** A stand-in with the test app registered; one CA per test file, since RSA keys are slow. */
export async function startStandInHarness(
  options: Partial<SpApiStandInOptions> = {},
): Promise<StandInHarness> {
  sharedCa ??= createCertificateAuthority(generateCertificateAuthority());

  const ca = sharedCa;
  const standIn = await startSpApiStandIn({ ...TEST_APP, ca, timeScale: 1000, ...options });
  const agent = createDialingAgent({ dialOrigin: standIn.origin, extraCa: ca.cert });
  const seller = standIn.demo.sellers[0] as StandInSeller;

  const clientFor = (target: StandInSeller, extra: Record<string, unknown> = {}) =>
    new SellingPartnerClient({
      region: target.region,
      refresh_token: target.refreshToken,
      credentials: {
        SELLING_PARTNER_APP_CLIENT_ID: TEST_APP.lwa.clientId,
        SELLING_PARTNER_APP_CLIENT_SECRET: TEST_APP.lwa.clientSecret,
      },
      endpoints_versions: {
        orders: '2026-01-01',
        listingsItems: '2021-08-01',
        catalogItems: '2022-04-01',
      },
      options: {
        auto_request_throttled: false,
        retry_remote_timeout: false,
        https_proxy_agent: agent,
        ...extra,
      },
    });

  return {
    ca,
    standIn,
    agent,
    seller,
    clientFor,
    call: async (client, operation, params = {}) => {
      const raw = (await client.callAPI({
        ...params,
        operation,
        options: { ...params.options, raw_result: true },
      })) as {
        statusCode: number;
        headers: IncomingHttpHeaders;
        body: string;
      };

      return {
        status: raw.statusCode,
        headers: raw.headers,
        body: raw.body ? JSON.parse(raw.body) : undefined,
      };
    },
    send: (request) => sendPlain(agent, request),
    close: async () => {
      agent.destroy();
      await standIn.close();
    },
  };
}

function sendPlain(agent: Agent, request: PlainRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(
      {
        agent,
        method: request.method ?? 'GET',
        hostname: request.host ?? 'sellingpartnerapi-na.amazon.com',
        port: 443,
        path: request.path,
        headers: request.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];

        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const isJson = response.headers['content-type']?.includes('json') ?? false;

          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: isJson && text ? JSON.parse(text) : text,
          });
        });
      },
    );

    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
