import { describe, expect, it } from 'vitest';
import { purchaseLabel } from '../../server/shipentegra/labels.ts';
import { parseJsonKeepingLargeIntegers } from '../../server/shipentegra/lossless-json.ts';
import type { AuthorizedShipentegra } from '../../server/shipentegra/shipentegra-auth.ts';

const USPS_NUMBER = '9400111202555842761023';

/** An authorised sender whose every answer is this raw label body, read by `parse`. */
function answering(rawBody: string, parse: (text: string) => unknown): AuthorizedShipentegra {
  return {
    async send(request) {
      const envelope = parse(rawBody) as { data: unknown };

      return request.data.parse(envelope.data);
    },
  };
}

function labelBody(trackingNumber: string) {
  return `{"status":"success","time":"2026-01-01 10:00:00","code":200,"data":{"success":true,"trackingNumber":${trackingNumber},"label":"https://publicapi.shipentegra.com/files/labels/a.pdf","courier":"USPS"}}`;
}

const route = { path: '/logistics/labels/shipentegra/usps', specialService: 'usps' };
const request = {
  orderId: 1,
  serviceName: 'usps-ground-advantage',
  content: 'Silver ring',
  weight: 0.4,
  currency: 'USD',
  items: [{ itemId: 1, declaredQuantity: 1, declaredPrice: 24.5 }],
};

describe('tracking numbers past 2^53', () => {
  it('lose digits in JSON.parse, which is why the raw body matters', () => {
    const parsed = JSON.parse(`{"n":${USPS_NUMBER}}`) as { n: number };

    expect(String(parsed.n)).not.toBe(USPS_NUMBER);
  });

  it('are flagged as inexact when they reach the label call already rounded', async () => {
    const api = answering(labelBody(USPS_NUMBER), JSON.parse);
    const label = await purchaseLabel(api, route, request);

    expect(label.isTrackingNumberExact).toBe(false);
  });

  it('stay exact when the body is read with the large-integer parse', async () => {
    const api = answering(labelBody(USPS_NUMBER), parseJsonKeepingLargeIntegers);
    const label = await purchaseLabel(api, route, request);

    expect(label).toMatchObject({ trackingNumber: USPS_NUMBER, isTrackingNumberExact: true });
  });

  it('keep safe numbers as their digits', async () => {
    const api = answering(labelBody('71234567890'), JSON.parse);

    expect(await purchaseLabel(api, route, request)).toMatchObject({
      trackingNumber: '71234567890',
      isTrackingNumberExact: true,
    });
  });
});

describe('parseJsonKeepingLargeIntegers', () => {
  it('quotes only unsafe integers, outside strings', () => {
    const text =
      '{"a":9400111202555842761023,"b":"9400111202555842761023 \\" 1","c":[1.5,-2,1e3,12345678901],' +
      '"d":-9400111202555842761023,"e":null,"f":true,"g":9007199254740991}';

    expect(parseJsonKeepingLargeIntegers(text)).toEqual({
      a: '9400111202555842761023',
      b: '9400111202555842761023 " 1',
      c: [1.5, -2, 1000, 12345678901],
      d: '-9400111202555842761023',
      e: null,
      f: true,
      g: 9007199254740991,
    });
  });

  it('fails on broken JSON exactly as JSON.parse does', () => {
    expect(() => parseJsonKeepingLargeIntegers('{"a":')).toThrow(SyntaxError);
  });
});
