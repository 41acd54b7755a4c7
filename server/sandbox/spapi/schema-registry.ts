import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema, JsonValue } from './derive/derived-model.ts';
import { getModel } from './model-catalogue.ts';

/** One thing wrong with a request or response, named by where it sits (`body.packageDetail`). */
export interface SpApiProblem {
  field: string;
  message: string;
}

export type SchemaCheck = (value: unknown, field: string) => SpApiProblem[];

// strict: false because Amazon's models mix Swagger-isms (`discriminator`, `readOnly`, int
// formats) into their schemas; allErrors so a 400 lists every bad field at once.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const registeredApis = new Set<string>();
const compiled = new Map<string, ValidateFunction>();

/**
 * A validator for one schema taken from `api`'s derived model. Its `#/definitions/...`
 * references resolve against that model's definitions, registered once per API.
 */
export function schemaCheckFor(api: string, cacheKey: string, schema: JsonSchema): SchemaCheck {
  const id = `${api}|${cacheKey}`;
  let validate = compiled.get(id);

  if (!validate) {
    registerApi(api);
    validate = ajv.compile(pointAtApi(schema, api) as object);
    compiled.set(id, validate);
  }

  const check = validate;

  return (value, field) => (check(value) ? [] : describeErrors(check.errors ?? [], field));
}

function registerApi(api: string): void {
  if (registeredApis.has(api)) {
    return;
  }

  ajv.addSchema({ $id: apiSchemaId(api), definitions: getModel(api).definitions });
  registeredApis.add(api);
}

function apiSchemaId(api: string): string {
  return `urn:kayistra:spapi:${api}`;
}

function pointAtApi(schema: JsonValue, api: string): JsonValue {
  if (Array.isArray(schema)) {
    return schema.map((item) => pointAtApi(item, api));
  }

  if (typeof schema !== 'object' || schema === null) {
    return schema;
  }

  const entries = Object.entries(schema).map(([key, value]) => {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      return [key, `${apiSchemaId(api)}${value}`];
    }

    return [key, pointAtApi(value, api)];
  });

  return Object.fromEntries(entries);
}

export function describeErrors(errors: ErrorObject[], field: string): SpApiProblem[] {
  const problems = errors
    .filter((error) => !['anyOf', 'oneOf', 'allOf', 'if'].includes(error.keyword))
    .map((error) => describeError(error, field));
  const unique = new Map(
    problems.map((problem) => [`${problem.field} ${problem.message}`, problem]),
  );

  return [...unique.values()];
}

function describeError(error: ErrorObject, field: string): SpApiProblem {
  const location = joinField(field, error.instancePath);

  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    return { field: joinField(location, `/${missing}`), message: 'is required' };
  }

  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).join(', ');
    return { field: location, message: `must be one of: ${allowed}` };
  }

  return { field: location, message: error.message ?? 'is invalid' };
}

function joinField(base: string, instancePath: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

  return segments.reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`),
    base,
  );
}
