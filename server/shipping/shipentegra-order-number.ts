/**
 * The order number we give Shipentegra for an attempt: `<amazonOrderId>-<attempt>`. Derived,
 * never random, so when a create call times out after sending, the resume job can look the
 * order up by this number instead of creating (and paying for) a second one. Shipentegra
 * rejects a duplicate number, which is a second guard against buying twice.
 */
export function shipentegraOrderNumberOf(amazonOrderId: string, attempt: number): string {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  }

  return `${amazonOrderId}-${attempt}`;
}
