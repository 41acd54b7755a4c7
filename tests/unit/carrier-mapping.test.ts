import { describe, expect, it } from 'vitest';
import { CARRIER_CODES } from '../../server/sandbox/spapi/operations/carrier-codes.ts';
import {
  findAmazonCarrierCode,
  mapCarrierForAmazon,
} from '../../server/shipping/carrier-mapping.ts';

describe('findAmazonCarrierCode', () => {
  it.each([
    ['UPS', 'UPS'],
    ['ups-express-saver', 'UPS'],
    ['UPS Mail Innovations', 'UPSMI'],
    ['FedEx', 'FedEx'],
    ['fedex-priority', 'FedEx'],
    ['Federal Express', 'FedEx'],
    ['FedEx SmartPost', 'FedEx SmartPost'],
    ['DHL', 'DHL'],
    ['DHL Express', 'DHL'],
    ['DHL eCommerce', 'DHL eCommerce'],
    ['dhl-ecommerce', 'DHL eCommerce'],
    ['DHL E-Commerce', 'DHL eCommerce'],
    ['USPS', 'USPS'],
    ['usps-ground-advantage', 'USPS'],
    ['United States Postal Service', 'USPS'],
    ['Aramex', 'Aramex'],
    ['TNT', 'TNT'],
    ['Royal Mail', 'Royal Mail'],
    ['Canada Post', 'Canada Post'],
    ['DPD', 'DPD'],
    ['GLS', 'GLS'],
    ['Deutsche Post', 'Deutsche Post'],
    ['PostNL', 'PostNL'],
    ['La Poste', 'La Poste'],
    ['Australia Post', 'Australia Post'],
  ])('maps %j to %j', (name, code) => {
    expect(findAmazonCarrierCode(name)).toBe(code);
  });

  it('has no code for Shipentegra itself or unknown carriers', () => {
    expect(findAmazonCarrierCode('ShipEntegra')).toBeUndefined();
    expect(findAmazonCarrierCode('shipentegra-express')).toBeUndefined();
    expect(findAmazonCarrierCode('PTT Kargo')).toBeUndefined();
    expect(findAmazonCarrierCode('  ')).toBeUndefined();
  });

  it('only ever answers codes on Amazon’s list, spelled exactly', () => {
    const names = ['UPS', 'FedEx', 'DHL', 'DHL eCommerce', 'USPS', 'Aramex', 'TNT', 'Royal Mail'];
    const more = ['Canada Post', 'DPD', 'GLS', 'Hermes', 'Colissimo', 'Yun Express', 'China Post'];

    for (const name of [...names, ...more]) {
      expect(CARRIER_CODES.has(findAmazonCarrierCode(name) ?? '')).toBe(true);
    }
  });
});

describe('mapCarrierForAmazon', () => {
  it('names a resold carrier by its own code with the service as shipping method', () => {
    const carrier = mapCarrierForAmazon({
      courier: 'UPS',
      serviceName: 'ups-express-saver',
      serviceDisplayName: 'UPS Express Saver',
    });

    expect(carrier).toEqual({ carrierCode: 'UPS', shippingMethod: 'UPS Express Saver' });
  });

  it('falls back to the service slug when the label gave no courier', () => {
    const carrier = mapCarrierForAmazon({ courier: null, serviceName: 'dhl-ecommerce' });

    expect(carrier).toEqual({ carrierCode: 'DHL eCommerce', shippingMethod: 'dhl-ecommerce' });
  });

  it('sends Shipentegra’s own network as Other until the last-mile carrier is known', () => {
    const before = mapCarrierForAmazon({
      courier: 'ShipEntegra',
      serviceName: 'shipentegra-express',
      serviceDisplayName: 'ShipEntegra Express',
    });

    expect(before).toEqual({
      carrierCode: 'Other',
      carrierName: 'ShipEntegra',
      shippingMethod: 'ShipEntegra Express',
    });
  });

  it('prefers the last-mile carrier once tracking shows it', () => {
    const shipment = { courier: 'ShipEntegra', serviceName: 'shipentegra-eco' };

    expect(mapCarrierForAmazon({ ...shipment, lastMileCarrier: 'USPS' }).carrierCode).toBe('USPS');
    expect(mapCarrierForAmazon({ ...shipment, lastMileCarrier: 'Royal Mail' })).toEqual({
      carrierCode: 'Royal Mail',
      shippingMethod: 'shipentegra-eco',
    });
  });

  it('names an unknown last-mile carrier as Other with its own name', () => {
    const carrier = mapCarrierForAmazon({
      courier: 'ShipEntegra',
      serviceName: 'shipentegra-eco',
      lastMileCarrier: ' Poczta Polska ',
    });

    expect(carrier).toEqual({
      carrierCode: 'Other',
      carrierName: 'Poczta Polska',
      shippingMethod: 'shipentegra-eco',
    });
  });

  it('never leaves the shipping method empty', () => {
    expect(mapCarrierForAmazon({ courier: 'FedEx' }).shippingMethod).toBe('Standard');
  });
});
