import type { BrowserContext, Route } from 'playwright-core';
import { SELLER_CENTRAL_HOSTS } from '../../extension/seller-central/hosts.ts';
import {
  NOT_FOUND_PAGE,
  readSellerCentralFixture,
  resolveSellerCentralFixture,
} from './fixture-routes.ts';

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SELLER_CENTRAL_ORIGIN = new RegExp(
  `^https://(${SELLER_CENTRAL_HOSTS.map(escapeForRegExp).join('|')})/`,
);

async function serveFixture(route: Route): Promise<void> {
  const fixture = resolveSellerCentralFixture(new URL(route.request().url()));
  if (!fixture) {
    await route.fulfill({ status: 404, contentType: 'text/html', body: NOT_FOUND_PAGE });
    return;
  }

  const body = await readSellerCentralFixture(fixture);
  await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

// Every Seller Central host answers from our saved pages: the browser never reaches Amazon, and
// the same fixture serves each marketplace, so content script matches are tested on all hosts.
export async function routeSellerCentralToFixtures(context: BrowserContext): Promise<void> {
  await context.route(SELLER_CENTRAL_ORIGIN, serveFixture);
}
