import type { z } from 'zod';

export interface InvalidField {
  /** Dotted path in Shipentegra's body, e.g. `shippingAddress.address`. */
  field: string;
  message: string;
}

/**
 * A request refused before it left: it breaks a limit Shipentegra is sure to enforce (address
 * lines over 35 characters, a US address without a state). Nothing was sent, so nothing was
 * charged, and the seller can fix the named field.
 */
export class InvalidShipentegraRequestError extends Error {
  readonly fields: InvalidField[];

  constructor(fields: InvalidField[]) {
    super(`Shipentegra request invalid: ${fields.map((entry) => entry.field).join(', ')}`);
    this.name = 'InvalidShipentegraRequestError';
    this.fields = fields;
  }
}

/** Parses with the contract's request schema or throws the fields that failed. */
export function checkShipentegraRequest<Schema extends z.ZodType>(
  schema: Schema,
  unverifiedBody: unknown,
): z.infer<Schema> {
  const parsed = schema.safeParse(unverifiedBody);

  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    }));

    throw new InvalidShipentegraRequestError(fields);
  }

  return parsed.data;
}
