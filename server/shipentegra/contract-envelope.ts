import { z } from 'zod';

// The envelope and the primitives every Shipentegra schema builds on. Certainty follows
// ../shared/reference/shipentegra.md: "sure" fields are typed tightly, "likely" and "unknown"
// ones accept the shapes a PHP backend tends to drift between.

/** Production base URL (sure). There is no public sandbox: ours is server/sandbox/shipentegra. */
export const SHIPENTEGRA_BASE_URL = 'https://publicapi.shipentegra.com/v1';

/**
 * A number that may arrive as a numeric string. Money and ids are numbers in every sample we
 * have, but decimals serialised as strings are common upstream and cost nothing to accept.
 */
export const ShipentegraNumberSchema = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

/**
 * An identifier or tracking number we always keep as a string. Shipentegra sends some of them
 * as JSON numbers (sure for `trackingNumber`); anything past 2^53 has already lost digits in
 * JSON.parse, which is why the stand-in only ever sends safe integers this way.
 */
export const ShipentegraTextIdSchema = z
  .union([z.string().min(1), z.number().int().nonnegative()])
  .transform(String);

/** `YYYY-MM-DD HH:mm:ss`, Turkish local time without an offset (sure for the format). */
export const ShipentegraTimeSchema = z.string();

/** `ERR.<operation>.<reason>`, e.g. `ERR.28050.1008` (sure for the prefix). */
export const ShipentegraErrorCodeSchema = z.string().regex(/^ERR\./);

export const ShipentegraErrorItemSchema = z.looseObject({
  message: z.string(),
  // Language picked by `Accept-Language: en | tr` (likely).
  description: z.string().optional(),
});
export type ShipentegraErrorItem = z.infer<typeof ShipentegraErrorItemSchema>;

/** Every response has this shape (sure); `code` mirrors the HTTP status. */
export function shipentegraEnvelopeSchema<Data extends z.ZodType>(data: Data) {
  return z.looseObject({
    status: z.literal('success'),
    time: ShipentegraTimeSchema,
    code: z.number(),
    data,
  });
}

export const ShipentegraFailureSchema = z.looseObject({
  status: z.enum(['fail', 'error']),
  time: ShipentegraTimeSchema,
  code: z.number(),
  data: z.array(ShipentegraErrorItemSchema),
});
export type ShipentegraFailure = z.infer<typeof ShipentegraFailureSchema>;

/**
 * Whether a non-2xx body is a business rejection rather than a transport or token problem.
 * Shipentegra has been seen answering business rejections with 401 and 403 (likely), so a 401
 * only means "fetch a new token" when this is false.
 */
export function isShipentegraBusinessError(body: unknown): boolean {
  const parsed = ShipentegraFailureSchema.safeParse(body);

  if (!parsed.success || parsed.data.status !== 'fail') {
    return false;
  }

  return parsed.data.data.some(
    (item) => ShipentegraErrorCodeSchema.safeParse(item.message).success,
  );
}
