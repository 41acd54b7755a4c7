import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describeErrors, type SpApiProblem } from './schema-registry.ts';

/** The JSON Schemas copied to `models/schemas/`, named by path without `.json`. */
export type SchemaFileName =
  | 'feeds/listings-feed-schema-v2'
  | 'feeds/listings-feed-message-schema-v2'
  | 'feeds/listings-feed-processing-report-schema-v2'
  | 'notifications/AnyOfferChangedNotification'
  | 'notifications/FeedProcessingFinishedNotification'
  | 'notifications/ListingsItemStatusChangeNotification'
  | 'notifications/OrderChangeNotification'
  | 'notifications/PricingHealthNotification';

const SCHEMAS_DIR = fileURLToPath(new URL('./models/schemas/', import.meta.url));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const compiled = new Map<SchemaFileName, ValidateFunction>();

/** Everything wrong with a document (a feed, a report, a notification); empty when valid. */
export function validateAgainstSchemaFile(name: SchemaFileName, document: unknown): SpApiProblem[] {
  let validate = compiled.get(name);

  if (!validate) {
    const schema = JSON.parse(readFileSync(`${SCHEMAS_DIR}${name}.json`, 'utf8')) as object;
    validate = ajv.compile(schema);
    compiled.set(name, validate);
  }

  return validate(document) ? [] : describeErrors(validate.errors ?? [], 'document');
}
