import { z } from 'zod';

// Shipentegra refuses address lines, cities and names past these lengths (contract "Units").
export const ADDRESS_LINE_MAX = 35;
export const MAX_DIMENSION_CM = 300;

/** Turkish mobile or landline: `+90`, `0` or nothing, then 10 digits; spaces and dashes allowed. */
const TR_PHONE = /^(?:\+?90|0)?[2-5]\d{9}$/;

/** Turkish postal codes are 5 digits whose first two name one of the 81 provinces. */
const TR_POSTAL_CODE = /^(?:0[1-9]|[1-7]\d|8[01])\d{3}$/;

/** `+905321234567`: what Shipentegra gets, whichever way the seller typed it. */
function normaliseTurkishPhone(unverifiedPhone: string): string {
  const digits = unverifiedPhone.replace(/[\s\-().]/g, '');

  return `+90${digits.slice(-10)}`;
}

export const SenderAddressSchema = z.object({
  name: z.string().trim().min(2).max(50),
  company: z.string().trim().max(50).nullable().default(null),
  address1: z.string().trim().min(3).max(ADDRESS_LINE_MAX),
  address2: z.string().trim().max(ADDRESS_LINE_MAX).nullable().default(null),
  /** The province (il), e.g. `İstanbul`. */
  city: z.string().trim().min(2).max(35),
  /** The district (ilçe), e.g. `Kadıköy`. */
  state: z.string().trim().max(35).nullable().default(null),
  postalCode: z
    .string()
    .trim()
    .regex(TR_POSTAL_CODE, 'A Turkish postal code: 5 digits, e.g. 34710.'),
  // Shipentegra only ships from Turkey, so the sender is always there.
  countryCode: z.literal('TR').default('TR'),
  phone: z
    .string()
    .trim()
    .refine((value) => TR_PHONE.test(value.replace(/[\s\-().]/g, '')), {
      message: 'A Turkish phone number, e.g. +90 532 123 45 67.',
    })
    .transform(normaliseTurkishPhone),
  email: z.email().max(100),
});
export type SenderAddress = z.infer<typeof SenderAddressSchema>;

/** Import One-Stop Shop number: `IM`, then 10 digits. */
export const IossNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^IM\d{10}$/, 'An IOSS number: IM followed by 10 digits.');

/**
 * `original` keeps the carrier's own file (PDF for Shipentegra's services, GIF or PNG for UPS and
 * DHL eCommerce); `pdf` asks for image labels wrapped in a PDF page for printing.
 */
export const LabelFormatSchema = z.enum(['original', 'pdf']);
export type LabelFormat = z.infer<typeof LabelFormatSchema>;

export const ShippingSettingsInputSchema = z.object({
  sender: SenderAddressSchema,
  iossNumber: IossNumberSchema.nullable().default(null),
  /** A Shipentegra service slug, e.g. `shipentegra-express`, preselected in the label panel. */
  defaultServiceName: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'A Shipentegra service name, e.g. shipentegra-express.')
    .nullable()
    .default(null),
  labelFormat: LabelFormatSchema.default('original'),
});
export type ShippingSettingsInput = z.infer<typeof ShippingSettingsInputSchema>;

export const ShippingSettingsSchema = z.object({
  /** Null until the seller saves a sender address. */
  sender: SenderAddressSchema.nullable(),
  iossNumber: z.string().nullable(),
  defaultServiceName: z.string().nullable(),
  labelFormat: LabelFormatSchema,
  updatedAt: z.iso.datetime().nullable(),
});
export type ShippingSettings = z.infer<typeof ShippingSettingsSchema>;

/** A decimal amount in major units, at most 2 places: `"12.50"`. */
export const DecimalAmountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,7}(?:\.\d{1,2})?$/, 'An amount like 12.50.');

const CentimetresSchema = z.number().int().min(1).max(MAX_DIMENSION_CM);

/** Every field may be null: a seller fills a profile in over time; `missingFields` says what is left. */
export const SkuProfileInputSchema = z
  .object({
    // Whole grams keep sums exact; 70 kg is past what any parcel service takes.
    weightGrams: z.number().int().min(1).max(70_000).nullable().default(null),
    lengthCm: CentimetresSchema.nullable().default(null),
    widthCm: CentimetresSchema.nullable().default(null),
    heightCm: CentimetresSchema.nullable().default(null),
    hsCode: z
      .string()
      .trim()
      .regex(/^\d{6,12}$/, 'An HS code (GTIP): 6 to 12 digits.')
      .nullable()
      .default(null),
    declaredValue: DecimalAmountSchema.nullable().default(null),
    declaredCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'A currency code, e.g. USD.')
      .nullable()
      .default(null),
    // Shipentegra's order description takes 5..50 characters and its label `content` 50.
    customsDescription: z.string().trim().min(5).max(50).nullable().default(null),
  })
  .refine((profile) => (profile.declaredValue === null) === (profile.declaredCurrency === null), {
    message: 'Give the declared value and its currency together.',
    path: ['declaredCurrency'],
  });
export type SkuProfileInput = z.infer<typeof SkuProfileInputSchema>;

export const SKU_PROFILE_FIELDS = [
  'weightGrams',
  'lengthCm',
  'widthCm',
  'heightCm',
  'hsCode',
  'declaredValue',
  'declaredCurrency',
  'customsDescription',
] as const;
export type SkuProfileField = (typeof SKU_PROFILE_FIELDS)[number];

export const SkuProfileSchema = z.object({
  weightGrams: z.number().int().nullable(),
  lengthCm: z.number().int().nullable(),
  widthCm: z.number().int().nullable(),
  heightCm: z.number().int().nullable(),
  hsCode: z.string().nullable(),
  declaredValue: z.string().nullable(),
  declaredCurrency: z.string().nullable(),
  customsDescription: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type SkuProfile = z.infer<typeof SkuProfileSchema>;

/** A SKU nobody described yet. */
export const EMPTY_SKU_PROFILE: SkuProfile = {
  weightGrams: null,
  lengthCm: null,
  widthCm: null,
  heightCm: null,
  hsCode: null,
  declaredValue: null,
  declaredCurrency: null,
  customsDescription: null,
  updatedAt: null,
};

export const SkuSummarySchema = z.object({
  sku: z.string(),
  /** The listing's product name, or an order line's title when no listing has the SKU. */
  title: z.string().nullable(),
  profile: SkuProfileSchema,
  isComplete: z.boolean(),
  missingFields: z.array(z.enum(SKU_PROFILE_FIELDS)),
});
export type SkuSummary = z.infer<typeof SkuSummarySchema>;

export const SkuListQuerySchema = z.object({
  /** The beginning of a SKU. */
  q: z.string().trim().min(1).max(100).optional(),
  /** Only SKUs whose profile still misses something. */
  incomplete: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SkuListQuery = z.infer<typeof SkuListQuerySchema>;

export const SkuListSchema = z.object({
  skus: z.array(SkuSummarySchema),
  nextCursor: z.string().nullable(),
});
export type SkuList = z.infer<typeof SkuListSchema>;

/** Amazon seller SKUs are at most 40 characters; a little slack costs nothing. */
export const SkuParamSchema = z.object({ sku: z.string().min(1).max(100) });

/** What a seller may set by hand on a label's package; anything left out is computed. */
export const PackageOverrideSchema = z.object({
  weightGrams: z.number().int().min(1).max(70_000).optional(),
  lengthCm: CentimetresSchema.optional(),
  widthCm: CentimetresSchema.optional(),
  heightCm: CentimetresSchema.optional(),
});
export type PackageOverride = z.infer<typeof PackageOverrideSchema>;

/** One parcel as it is quoted and labelled. */
export const ShipmentPackageSchema = z.object({
  weightGrams: z.number().int().positive(),
  lengthCm: z.number().int().positive(),
  widthCm: z.number().int().positive(),
  heightCm: z.number().int().positive(),
  /** Kilograms as an exact decimal, e.g. `"0.450"`: Shipentegra's `weight`. */
  weightKg: z.string(),
  /** Billable weight `max(kg, L*W*H / 5000)` as an exact decimal, e.g. `"1.2000"`. */
  kgDesi: z.string(),
  /** True when the seller set some of it by hand. */
  isOverridden: z.boolean(),
});
export type ShipmentPackage = z.infer<typeof ShipmentPackageSchema>;

export const LABEL_PROBLEM_CODES = [
  'ORDER_NOT_MERCHANT_FULFILLED',
  'ORDER_NOT_UNSHIPPED',
  'ORDER_CANCELLED',
  'ORDER_HAS_NO_ITEMS',
  'SENDER_ADDRESS_MISSING',
  'SHIPENTEGRA_NOT_CONNECTED',
  'ITEM_SKU_MISSING',
  'HS_CODE_MISSING',
  'DECLARED_VALUE_MISSING',
  'WEIGHT_MISSING',
  'DIMENSIONS_MISSING',
  'PACKAGE_TOO_LARGE',
  'RECIPIENT_FIELD_MISSING',
  'RECIPIENT_NAME_LENGTH',
  'RECIPIENT_CITY_LENGTH',
  'STATE_REQUIRED',
  'IOSS_REQUIRED',
  'ADDRESS_WORD_TOO_LONG',
  'ADDRESS_TOO_LONG',
] as const;
export type LabelProblemCode = (typeof LABEL_PROBLEM_CODES)[number];

/** Something a seller can fix before a label can be bought, with the field it concerns. */
export const LabelProblemSchema = z.object({
  /** e.g. `settings.iossNumber`, `skus.MUG-01.hsCode`, `recipient.address1`. */
  field: z.string(),
  code: z.enum(LABEL_PROBLEM_CODES),
  message: z.string(),
});
export type LabelProblem = z.infer<typeof LabelProblemSchema>;
