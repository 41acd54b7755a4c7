import { createFieldChecker, type FieldChecker, isRecord } from './field-checks.ts';
import type { NewStandInOrder, StandInParty } from './store.ts';

// Customs modes (likely): 1 DDP, 2 DDU, 3 IOSS, 4 Shipentegra IOSS, 5 HMRC, 7 VOEC.
const SHIPPING_TYPES = [1, 2, 3, 4, 5, 7];
const DIMENSION = { isInteger: true, min: 1, max: 300 };

interface PartyKeys {
  line1: 'address' | 'address1';
  zip: 'postalCode' | 'zipCode';
}

/** Reads a `POST /v1/orders/manual` body with Shipentegra's limits, or throws every problem. */
export function readManualOrder(body: unknown): NewStandInOrder {
  const source = isRecord(body) ? body : {};
  const checker = createFieldChecker();
  const address = checker.record(source, 'shippingAddress');
  const items = checker.list(source, 'items').map((item, index) => {
    const itemChecker = checker.nested(`items.${index}`);

    return { ...readItem(itemChecker, item), gtip: readGtip(itemChecker, item, 'gtip') };
  });

  const order: NewStandInOrder = {
    ...readOrderHeader(checker, source, 'number'),
    reference1: checker.optionalText(source, 'reference1', { max: 40 }),
    iossNumber: checker.optionalText(source, 'iossNumber', { max: 40 }),
    recipient: readParty(checker.nested('shippingAddress'), address, {
      line1: 'address',
      zip: 'postalCode',
    }),
    items,
    packages: [
      {
        weight: checker.number(source, 'weight', { min: 0.001, max: 300 }),
        width: checker.number(source, 'width', DIMENSION),
        height: checker.number(source, 'height', DIMENSION),
        length: checker.number(source, 'length', DIMENSION),
        packageQuantity: checker.number(source, 'packageQuantity', { isInteger: true, min: 1 }),
      },
    ],
  };
  checker.optionalNumber(source, 'shippingAmount', { min: 0 });
  checker.rejectIfAny();

  return order;
}

/** Reads a `POST /v1/orders` (multi-package) body, or throws every problem. */
export function readOrder(body: unknown): NewStandInOrder {
  const source = isRecord(body) ? body : {};
  const checker = createFieldChecker();
  const partyKeys: PartyKeys = { line1: 'address1', zip: 'zipCode' };
  const sender = readParty(
    checker.nested('shipFrom'),
    checker.record(source, 'shipFrom'),
    partyKeys,
  );
  const recipient = readParty(
    checker.nested('shipTo'),
    checker.record(source, 'shipTo'),
    partyKeys,
  );

  // Every parcel leaves from Turkey.
  if (sender.country !== '' && sender.country !== 'TR') {
    checker.nested('shipFrom').flagInvalid('country');
  }

  const items = checker.list(source, 'products').map((item, index) => {
    const itemChecker = checker.nested(`products.${index}`);

    return { ...readItem(itemChecker, item), gtip: readGtip(itemChecker, item, 'hsCode') };
  });
  const packages = checker.list(source, 'packages').map((parcel, index) => {
    const parcelChecker = checker.nested(`packages.${index}`);
    const fields = isRecord(parcel) ? parcel : {};

    return {
      weight: parcelChecker.number(fields, 'weight', { min: 0.001, max: 300 }),
      width: parcelChecker.number(fields, 'width', DIMENSION),
      height: parcelChecker.number(fields, 'height', DIMENSION),
      length: parcelChecker.number(fields, 'length', DIMENSION),
      packageQuantity: parcelChecker.number(fields, 'packageQuantity', { isInteger: true, min: 1 }),
    };
  });

  const order: NewStandInOrder = {
    ...readOrderHeader(checker, source, 'orderNumber'),
    iossNumber: checker.optionalText(source, 'vatNumber', { max: 40 }),
    recipient,
    items,
    packages,
  };
  checker.rejectIfAny();

  return order;
}

function readOrderHeader(
  checker: FieldChecker,
  source: Record<string, unknown>,
  numberKey: string,
) {
  const shippingType = checker.number(source, 'shippingType', { isInteger: true });

  if (shippingType !== 0 && !SHIPPING_TYPES.includes(shippingType)) {
    checker.flagInvalid('shippingType');
  }

  return {
    // Unique per account: the duplicate check runs after validation, against the store.
    number: checker.text(source, numberKey, { max: 128 }),
    description: checker.text(source, 'description', { min: 5, max: 50 }),
    currency: checker.text(source, 'currency', { min: 3, max: 3 }).toUpperCase(),
    shippingType,
  };
}

function readParty(checker: FieldChecker, source: Record<string, unknown>, keys: PartyKeys) {
  const country = checker.text(source, 'country', { min: 2, max: 2 }).toUpperCase();
  const needsState = country === 'US' || country === 'CA';
  const party: StandInParty = {
    name: checker.text(source, 'name', { min: 2, max: 50 }),
    // Carriers print 35 characters per address line; longer lines are refused, not cut.
    address1: checker.text(source, keys.line1, { max: 35 }),
    address2: checker.optionalText(source, 'address2', { max: 35 }),
    city: checker.text(source, 'city', { min: 2, max: 35 }),
    state: needsState
      ? checker.text(source, 'state', { max: 35 })
      : checker.optionalText(source, 'state', { max: 35 }),
    postalCode: checker.text(source, keys.zip, { max: 20 }),
    country,
    phone: checker.optionalText(source, 'phone', { max: 30 }),
    email: checker.optionalText(source, 'email', { max: 100 }),
  };

  return party;
}

function readItem(checker: FieldChecker, item: unknown) {
  const fields = isRecord(item) ? item : {};

  return {
    name: checker.text(fields, 'name', { min: 3, max: 512 }),
    quantity: checker.number(fields, 'quantity', { isInteger: true, min: 1 }),
    unitPrice: checker.number(fields, 'unitPrice', { min: 0.01 }),
    sku: checker.optionalText(fields, 'sku', { max: 100 }) ?? '',
  };
}

function readGtip(checker: FieldChecker, item: unknown, key: string) {
  return checker.optionalText(isRecord(item) ? item : {}, key, { max: 12 });
}
