import type { StandInLanguage } from './http-exchange.ts';

interface ErrorDefinition {
  reason: string;
  httpStatus: number;
  /** Fixed operation number; otherwise the route's own is used. */
  operation?: string;
  en: string;
  tr: string;
}

// Only ERR.28050.1008 and ERR.24010.2016 are codes seen in the wild; the other numbers are
// the stand-in's own, shaped like them. The 401 and 403 statuses are deliberate: Shipentegra
// has been seen sending business rejections with them, and the client must not mistake them
// for an expired token.
const CATALOGUE = {
  INVALID_BODY: {
    reason: '1000',
    httpStatus: 400,
    en: 'The request body must be a JSON object.',
    tr: 'İstek gövdesi bir JSON nesnesi olmalıdır.',
  },
  FIELD_REQUIRED: {
    reason: '1001',
    httpStatus: 400,
    en: '{field} is required.',
    tr: '{field} alanı zorunludur.',
  },
  FIELD_TOO_SHORT: {
    reason: '1002',
    httpStatus: 400,
    en: '{field} must be at least {limit} characters.',
    tr: '{field} en az {limit} karakter olmalıdır.',
  },
  FIELD_TOO_LONG: {
    reason: '1003',
    httpStatus: 400,
    en: '{field} must be at most {limit} characters.',
    tr: '{field} en fazla {limit} karakter olabilir.',
  },
  FIELD_INVALID: {
    reason: '1004',
    httpStatus: 400,
    en: '{field} is not valid.',
    tr: '{field} geçerli değil.',
  },
  DUPLICATE_ORDER_NUMBER: {
    reason: '1009',
    httpStatus: 400,
    en: 'Order number {number} has already been used.',
    tr: '{number} sipariş numarası daha önce kullanılmış.',
  },
  INVALID_CREDENTIALS: {
    reason: '1101',
    httpStatus: 401,
    en: 'Client id or client secret is wrong.',
    tr: 'Client id veya client secret hatalı.',
  },
  ORDER_NOT_FOUND: {
    reason: '2001',
    httpStatus: 404,
    en: 'Order {orderId} was not found.',
    tr: '{orderId} numaralı sipariş bulunamadı.',
  },
  LABEL_ALREADY_CREATED: {
    reason: '2010',
    httpStatus: 400,
    en: 'A label has already been created for order {orderId}.',
    tr: '{orderId} numaralı sipariş için zaten etiket oluşturulmuş.',
  },
  UNKNOWN_SERVICE: {
    reason: '2015',
    httpStatus: 400,
    en: 'Service {service} cannot be used with this endpoint.',
    tr: '{service} servisi bu uç noktada kullanılamaz.',
  },
  WRONG_REGIONAL_SERVICE: {
    reason: '2016',
    httpStatus: 401,
    en: 'The regional service {service} does not deliver to {country}.',
    tr: '{service} bölgesel servisi {country} ülkesine gönderim yapmaz.',
  },
  SERVICE_NOT_AVAILABLE: {
    reason: '2017',
    httpStatus: 400,
    en: '{service} is not available to {country} for {kgDesi} kg.',
    tr: '{service} servisi {country} için {kgDesi} kg gönderide kullanılamaz.',
  },
  ITEM_NOT_ON_ORDER: {
    reason: '2020',
    httpStatus: 400,
    en: 'Item {itemId} does not belong to order {orderId}.',
    tr: '{itemId} kalemi {orderId} numaralı siparişe ait değil.',
  },
  INSUFFICIENT_BALANCE: {
    reason: '3001',
    httpStatus: 403,
    en: 'Your balance ({balance} USD) does not cover this label ({price} USD).',
    tr: 'Bakiyeniz ({balance} USD) bu etiket için yeterli değil ({price} USD).',
  },
  TRACKING_NOT_FOUND: {
    reason: '4001',
    httpStatus: 404,
    en: 'No shipment has the tracking number {trackingNumber}.',
    tr: '{trackingNumber} takip numaralı gönderi bulunamadı.',
  },
  DDP_NOT_ALLOWED: {
    operation: '28050',
    reason: '1008',
    httpStatus: 400,
    en: 'DDP is not allowed for shipments to {country}.',
    tr: '{country} gönderileri için DDP kullanılamaz.',
  },
} satisfies Record<string, ErrorDefinition>;

export type BusinessErrorKey = keyof typeof CATALOGUE;

export interface BusinessIssue {
  key: BusinessErrorKey;
  params?: Record<string, string | number>;
}

/** Thrown by route handlers; the router renders it into the failure envelope. */
export class StandInBusinessError extends Error {
  readonly issues: readonly BusinessIssue[];

  constructor(issues: readonly BusinessIssue[]) {
    super(issues.map((issue) => issue.key).join(', '));
    this.issues = issues;
  }

  get httpStatus(): number {
    const first = this.issues[0];

    return first ? CATALOGUE[first.key].httpStatus : 400;
  }
}

export function rejectWith(key: BusinessErrorKey, params?: BusinessIssue['params']): never {
  throw new StandInBusinessError([{ key, params }]);
}

export function describeIssue(issue: BusinessIssue, operation: string, language: StandInLanguage) {
  const definition: ErrorDefinition = CATALOGUE[issue.key];
  const template = language === 'tr' ? definition.tr : definition.en;
  const description = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    return String(issue.params?.[name] ?? '');
  });

  return { message: `ERR.${definition.operation ?? operation}.${definition.reason}`, description };
}
