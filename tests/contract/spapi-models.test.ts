import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deriveModel } from '../../server/sandbox/spapi/derive/derive-model.ts';
import { parseUsagePlan } from '../../server/sandbox/spapi/derive/usage-plan.ts';
import {
  findOperation,
  getOperation,
  listOperations,
  usagePlanOf,
} from '../../server/sandbox/spapi/model-catalogue.ts';
import {
  OPERATIONS_WE_USE,
  STAND_IN_OPERATIONS,
} from '../../server/sandbox/spapi/operation-keys.ts';
import { validateSpApiRequest } from '../../server/sandbox/spapi/request-validator.ts';
import { validateSpApiResponse } from '../../server/sandbox/spapi/response-validator.ts';

const MODELS_DIR = new URL('../../server/sandbox/spapi/models/', import.meta.url);

// The usage-plan table of ../shared/reference/spapi.md, written out by hand.
const DOCUMENTED_PLANS: [string, number, number][] = [
  ['orders-2026-01-01:searchOrders', 0.0056, 20],
  ['orders-2026-01-01:getOrder', 0.5, 30],
  ['orders-v0:confirmShipment', 2, 10],
  ['fba-inventory:getInventorySummaries', 2, 2],
  ['listings-items-2021-08-01:searchListingsItems', 5, 5],
  ['listings-items-2021-08-01:getListingsItem', 5, 10],
  ['listings-items-2021-08-01:patchListingsItem', 5, 5],
  ['product-pricing-v0:getItemOffersBatch', 0.1, 1],
  ['product-pricing-2022-05-01:getCompetitiveSummary', 0.033, 1],
  ['product-fees-v0:getMyFeesEstimates', 0.5, 1],
  ['feeds-2021-06-30:createFeed', 0.0083, 15],
  ['feeds-2021-06-30:createFeedDocument', 0.5, 15],
  ['sellers:getMarketplaceParticipations', 0.016, 15],
];

describe('derived models', () => {
  test.each(DOCUMENTED_PLANS)('%s has the documented plan %d/s, burst %d', (key, rate, burst) => {
    expect(usagePlanOf(key)).toEqual({ rate, burst });
  });

  test('every operation Kayistra calls has a usage plan', () => {
    expect(OPERATIONS_WE_USE.filter((key) => usagePlanOf(key) === null)).toEqual([]);
  });

  test('no Amazon prose is left in the generated files', () => {
    const files = readdirSync(MODELS_DIR).filter((name) => name.endsWith('.json'));
    const text = files.map((name) => readFileSync(new URL(name, MODELS_DIR), 'utf8')).join('\n');

    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(text).not.toMatch(
      /"(description|externalDocs|x-docgen-enum-table-extension|x-example)"\s*:/,
    );
  });

  test('property names that look like annotations survive the stripping', () => {
    const product = getOperation('orders-2026-01-01:getOrder');

    expect(product.responses['200']?.schema).toBeDefined();
    expect(
      validateSpApiResponse('orders-2026-01-01:getOrder', 200, {
        order: {
          orderId: '1',
          createdTime: '2026-01-01T00:00:00Z',
          lastUpdatedTime: '2026-01-01T00:00:00Z',
          salesChannel: { channelName: 'AMAZON' },
          orderItems: [{ orderItemId: '1', quantityOrdered: 1, product: { title: 7 } }],
        },
      }),
    ).toEqual([{ field: 'body.order.orderItems[0].product.title', message: 'must be string' }]);
  });

  // Not every example of every API does: Product Fees' dates lack a time zone, for one.
  test("Amazon's own sandbox answers of the stand-in's operations validate against the models", () => {
    const problems = STAND_IN_OPERATIONS.flatMap((key) =>
      getOperation(key)['x-amzn-api-sandbox'].flatMap((sandboxCase) =>
        validateSpApiResponse(
          key,
          sandboxCase.status,
          sandboxCase.status === '204' ? undefined : sandboxCase.response,
        ),
      ),
    );

    expect(problems).toEqual([]);
  });
});

describe('model catalogue', () => {
  test('path templates resolve, literal segments before placeholders', () => {
    expect(findOperation('POST', '/fba/inventory/v1/items/inventory')?.operation.key).toBe(
      'fba-inventory:addInventory',
    );
    expect(findOperation('DELETE', '/fba/inventory/v1/items/SKU%2F1')).toMatchObject({
      operation: { key: 'fba-inventory:deleteInventoryItem' },
      pathParameters: { sellerSku: 'SKU/1' },
    });
    expect(
      findOperation('GET', '/orders/2026-01-01/orders/111-1234567-1234567?includedData=BUYER')
        ?.operation.key,
    ).toBe('orders-2026-01-01:getOrder');
    expect(findOperation('PUT', '/orders/2026-01-01/orders')).toBeUndefined();
  });

  test('a bare operation id shared by two versions means the current one', () => {
    expect(getOperation('getOrder').key).toBe('orders-2026-01-01:getOrder');
    expect(getOperation('orders-v0:getOrder').deprecated).toBe(true);
    expect(listOperations().length).toBeGreaterThan(50);
  });
});

describe('request validation for client-side checks', () => {
  test('problems name the field; csv arrays and numbers are read as Amazon reads them', () => {
    expect(
      validateSpApiRequest({
        method: 'GET',
        path: '/orders/2026-01-01/orders?createdAfter=2026-08-01T00:00:00Z&fulfillmentStatuses=UNSHIPPED,LOST&maxResultsPerPage=ten',
      }),
    ).toEqual([
      { field: 'query.fulfillmentStatuses[1]', message: expect.stringContaining('must be one of') },
      { field: 'query.maxResultsPerPage', message: 'must be integer' },
    ]);
  });

  test('a well-formed confirmShipment passes and a missing required field is named', () => {
    const packageDetail = {
      packageReferenceId: '1',
      carrierCode: 'UPS',
      trackingNumber: '1Z',
      shipDate: '2026-08-01T10:00:00Z',
      orderItems: [{ orderItemId: '1', quantity: 1 }],
    };
    const path = '/orders/v0/orders/111-1234567-1234567/shipmentConfirmation';

    expect(
      validateSpApiRequest({
        method: 'POST',
        path,
        body: { marketplaceId: 'ATVPDKIKX0DER', packageDetail },
      }),
    ).toEqual([]);
    expect(validateSpApiRequest({ method: 'POST', path, body: { packageDetail } })).toEqual([
      { field: 'body.marketplaceId', message: 'is required' },
    ]);
  });

  test('query objects with arrays, as the amazon-sp-api client takes them, are accepted', () => {
    expect(
      validateSpApiRequest({
        method: 'GET',
        path: '/fba/inventory/v1/summaries',
        query: {
          granularityType: 'Marketplace',
          granularityId: 'ATVPDKIKX0DER',
          marketplaceIds: ['ATVPDKIKX0DER'],
          details: true,
        },
      }),
    ).toEqual([]);
  });
});

describe('derivation', () => {
  test('usage plans come from the description table, or null without one', () => {
    const described =
      'Does things.\n\n**Usage Plan:**\n\n| Rate (requests per second) | Burst |\n| ---- | ---- |\n| 0.0167 | 20 |\n\nMore prose.';

    expect(parseUsagePlan(described)).toEqual({ rate: 0.0167, burst: 20 });
    expect(parseUsagePlan('No table here.')).toBeNull();
  });

  test('an OpenAPI 3 model derives to the same layout as Swagger 2.0', () => {
    const model = deriveModel('widgetsV1.json', {
      openapi: '3.0.1',
      info: { version: 'v1', title: 'Widgets' },
      paths: {
        '/widgets/v1/{widgetId}': {
          parameters: [{ $ref: '#/components/parameters/WidgetId' }],
          put: {
            operationId: 'putWidget',
            description:
              'Puts.\n\n| Rate (requests per second) | Burst |\n| --- | --- |\n| 2 | 4 |',
            parameters: [
              {
                name: 'tags',
                in: 'query',
                style: 'form',
                explode: false,
                schema: { type: 'array', items: { type: 'string' } },
              },
            ],
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } },
            },
            responses: { '204': { description: 'Done.' } },
          },
        },
      },
      components: {
        parameters: {
          WidgetId: { name: 'widgetId', in: 'path', required: true, schema: { type: 'string' } },
        },
        schemas: {
          Widget: {
            type: 'object',
            description: 'A widget.',
            properties: { title: { type: 'string', nullable: true } },
          },
        },
      },
    });

    expect(model).toMatchObject({
      api: 'widgets-v1',
      sourceFormat: 'openapi-3',
      definitions: {
        Widget: { type: 'object', properties: { title: { type: ['string', 'null'] } } },
      },
    });
    expect(model.operations[0]).toEqual({
      operationId: 'putWidget',
      method: 'PUT',
      path: '/widgets/v1/{widgetId}',
      deprecated: false,
      'x-kayistra-usage-plan': { rate: 2, burst: 4 },
      parameters: [
        { name: 'widgetId', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'tags',
          in: 'query',
          required: false,
          arrayStyle: 'csv',
          schema: { type: 'array', items: { type: 'string' } },
        },
      ],
      requestBody: { required: true, schema: { $ref: '#/definitions/Widget' } },
      responses: { '204': { headers: [] } },
      'x-amzn-api-sandbox': [],
    });
  });
});
