import type { DerivedParameter, JsonSchema } from './derive/derived-model.ts';
import { findOperation, type SpApiOperation } from './model-catalogue.ts';
import { type SpApiProblem, schemaCheckFor } from './schema-registry.ts';

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];

export interface SpApiRequestInput {
  method: string;
  /** Path, optionally with `?query` (parameters there add to `query`). */
  path: string;
  query?: URLSearchParams | Record<string, QueryValue | undefined>;
  headers?: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; undefined when the request has none. */
  body?: unknown;
}

export interface ParsedSpApiRequest {
  operation: SpApiOperation;
  path: Record<string, string>;
  /** Query parameters typed per the model (arrays split, numbers and booleans converted). */
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  problems: SpApiProblem[];
}

const SEPARATORS = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' } as const;

/** Everything wrong with a request, per Amazon's model; empty when it would be accepted. */
export function validateSpApiRequest(input: SpApiRequestInput): SpApiProblem[] {
  const parsed = parseSpApiRequest(input);

  if (!parsed) {
    return [
      { field: 'path', message: `no SP-API operation answers ${input.method} ${input.path}` },
    ];
  }

  return parsed.problems;
}

/** Finds the operation, types its parameters and validates them; undefined for no operation. */
export function parseSpApiRequest(input: SpApiRequestInput): ParsedSpApiRequest | undefined {
  const match = findOperation(input.method, input.path);

  if (!match) {
    return undefined;
  }

  const { operation, pathParameters } = match;
  const rawQuery = collectQuery(input);
  const problems: SpApiProblem[] = [];
  const query: Record<string, unknown> = {};
  const headers: Record<string, unknown> = {};

  for (const parameter of operation.parameters) {
    const raw = rawValueOf(parameter, pathParameters, rawQuery, input.headers);
    const target = parameter.in === 'header' ? headers : query;
    const value = readParameter(operation, parameter, raw, problems);

    if (value !== undefined && parameter.in !== 'path') {
      target[parameter.name] = value;
    }
  }

  problems.push(...checkBody(operation, input.body));
  return { operation, path: pathParameters, query, headers, body: input.body, problems };
}

function readParameter(
  operation: SpApiOperation,
  parameter: DerivedParameter,
  raw: string[] | undefined,
  problems: SpApiProblem[],
): unknown {
  const field = `${parameter.in}.${parameter.name}`;

  if (raw === undefined || (raw.length === 1 && raw[0] === '' && parameter.in !== 'path')) {
    if (parameter.required) {
      problems.push({ field, message: 'is required' });
    }

    return parameter.schema.default;
  }

  const value = typeParameter(parameter, raw);
  const check = schemaCheckFor(
    operation.api,
    `${operation.operationId}:${field}`,
    parameter.schema,
  );

  problems.push(...check(value, field));
  return value;
}

function checkBody(operation: SpApiOperation, body: unknown): SpApiProblem[] {
  const requestBody = operation.requestBody;

  if (!requestBody) {
    return [];
  }

  if (body === undefined) {
    return requestBody.required ? [{ field: 'body', message: 'is required' }] : [];
  }

  const check = schemaCheckFor(operation.api, `${operation.operationId}:body`, requestBody.schema);
  return check(body, 'body');
}

function rawValueOf(
  parameter: DerivedParameter,
  pathParameters: Record<string, string>,
  query: Map<string, string[]>,
  headers: SpApiRequestInput['headers'],
): string[] | undefined {
  if (parameter.in === 'path') {
    const value = pathParameters[parameter.name];
    return value === undefined ? undefined : [value];
  }

  if (parameter.in === 'header') {
    const wanted = parameter.name.toLowerCase();
    const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === wanted);
    const value = entry?.[1];

    return value === undefined ? undefined : Array.isArray(value) ? value : [String(value)];
  }

  return query.get(parameter.name);
}

function typeParameter(parameter: DerivedParameter, raw: string[]): unknown {
  if (parameter.schema.type !== 'array') {
    return typeScalar(raw.join(','), parameter.schema);
  }

  const style = parameter.arrayStyle ?? 'csv';
  const items = style === 'multi' ? raw : raw.flatMap((part) => part.split(SEPARATORS[style]));
  const itemSchema = parameter.schema.items;

  return items.map((item) => typeScalar(item, isSchema(itemSchema) ? itemSchema : {}));
}

// Unconvertible text is passed on unchanged so the schema check names the parameter.
function typeScalar(text: string, schema: JsonSchema): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) {
    return Number(text);
  }

  if (schema.type === 'boolean' && (text === 'true' || text === 'false')) {
    return text === 'true';
  }

  return text;
}

function collectQuery(input: SpApiRequestInput): Map<string, string[]> {
  const collected = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    collected.set(name, [...(collected.get(name) ?? []), value]);
  };

  for (const [name, value] of new URLSearchParams(input.path.split('?')[1] ?? '')) {
    add(name, value);
  }

  if (input.query instanceof URLSearchParams) {
    for (const [name, value] of input.query) {
      add(name, value);
    }

    return collected;
  }

  for (const [name, value] of Object.entries(input.query ?? {})) {
    const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value];

    for (const item of value === undefined ? [] : values) {
      add(name, String(item));
    }
  }

  return collected;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
