import type { IncomingMessage } from 'node:http';
import { unauthorized } from './sp-api-errors.ts';
import { regionOfHost } from './stand-in-host-names.ts';
import type { StandInRuntime } from './stand-in-runtime.ts';
import type { StandInSeller } from './store/world.ts';

/**
 * The selling partner behind `x-amz-access-token`. An expired token is told apart from an
 * unknown one because clients refresh on "access token ... expired" and give up otherwise.
 */
export function authenticateCall(runtime: StandInRuntime, request: IncomingMessage): StandInSeller {
  const header = request.headers['x-amz-access-token'];
  const token = Array.isArray(header) ? header[0] : header;
  const state = token ? runtime.tokens.checkAccessToken(token) : 'unknown';

  if (state === 'expired') {
    throw unauthorized('The access token you provided has expired.');
  }

  const seller = state === 'unknown' ? undefined : runtime.store.getSeller(state.sellerId);

  if (!seller) {
    throw unauthorized('The access token you provided is revoked, malformed or invalid.');
  }

  // An authorisation covers one region: NA tokens open nothing on the EU endpoint.
  const region = regionOfHost(request.headers.host);

  if (region && region !== seller.region) {
    throw unauthorized(`The access token is for the ${seller.region.toUpperCase()} region.`);
  }

  return seller;
}
