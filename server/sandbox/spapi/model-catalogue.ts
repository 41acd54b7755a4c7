import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DerivedModel, DerivedOperation, UsagePlan } from './derive/derived-model.ts';
import type { OperationKey } from './operation-keys.ts';

export interface SpApiOperation extends DerivedOperation {
  key: OperationKey;
  api: string;
}

export interface OperationMatch {
  operation: SpApiOperation;
  /** Decoded values of the path template's `{placeholders}`. */
  pathParameters: Record<string, string>;
}

interface CompiledRoute {
  operation: SpApiOperation;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
}

interface Catalogue {
  models: Map<string, DerivedModel>;
  operations: SpApiOperation[];
  routes: CompiledRoute[];
}

const MODELS_DIR = fileURLToPath(new URL('./models/', import.meta.url));

let catalogue: Catalogue | undefined;

/** Every operation of every derived model. */
export function listOperations(): readonly SpApiOperation[] {
  return loadCatalogue().operations;
}

export function getModel(api: string): DerivedModel {
  const model = loadCatalogue().models.get(api);

  if (!model) {
    throw new Error(`no derived SP-API model named ${api}`);
  }

  return model;
}

/** The operation a request line addresses; the path may carry a query string. */
export function findOperation(method: string, path: string): OperationMatch | undefined {
  const pathname = path.split('?')[0] ?? '';
  const upperMethod = method.toUpperCase();

  for (const route of loadCatalogue().routes) {
    const match = route.operation.method === upperMethod ? route.pattern.exec(pathname) : null;

    if (match) {
      const values = route.names.map((name, index) => [name, decodeSegment(match[index + 1])]);
      return { operation: route.operation, pathParameters: Object.fromEntries(values) };
    }
  }

  return undefined;
}

/**
 * Looks an operation up by `<api>:<operationId>` or by a bare operation id. A bare id that
 * several APIs share resolves to the one version that is not deprecated (`getOrder` → Orders
 * 2026-01-01), since that is the one new code should call.
 */
export function getOperation(keyOrOperationId: string): SpApiOperation {
  const operations = loadCatalogue().operations;
  const exact = operations.find((operation) => operation.key === keyOrOperationId);

  if (exact) {
    return exact;
  }

  const named = operations.filter((operation) => operation.operationId === keyOrOperationId);
  const current = named.length > 1 ? named.filter((operation) => !operation.deprecated) : named;

  if (current.length !== 1 || !current[0]) {
    const found = named.map((operation) => operation.key).join(', ') || 'none';
    throw new Error(`SP-API operation ${keyOrOperationId} is not unique or unknown (${found})`);
  }

  return current[0];
}

/** The documented rate and burst, or null when Amazon's description states none. */
export function usagePlanOf(keyOrOperationId: string): UsagePlan | null {
  return getOperation(keyOrOperationId)['x-kayistra-usage-plan'];
}

function loadCatalogue(): Catalogue {
  catalogue ??= buildCatalogue(readModels());
  return catalogue;
}

function readModels(): DerivedModel[] {
  return readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(`${MODELS_DIR}${name}`, 'utf8')) as DerivedModel);
}

function buildCatalogue(models: DerivedModel[]): Catalogue {
  const operations = models.flatMap((model) =>
    model.operations.map((operation): SpApiOperation => {
      return { ...operation, api: model.api, key: `${model.api}:${operation.operationId}` };
    }),
  );

  // `/fba/inventory/v1/items/inventory` must win over `/fba/inventory/v1/items/{sellerSku}`.
  const routes = operations
    .map(compileRoute)
    .sort((left, right) => right.literalSegments - left.literalSegments);

  return { models: new Map(models.map((model) => [model.api, model])), operations, routes };
}

function compileRoute(operation: SpApiOperation): CompiledRoute {
  const names: string[] = [];
  const segments = operation.path.split('/');
  const source = segments
    .map((segment) => {
      const placeholder = /^\{(.+)\}$/.exec(segment);

      if (placeholder?.[1]) {
        names.push(placeholder[1]);
        return '([^/]+)';
      }

      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');

  const literalSegments = segments.length - names.length;
  return { operation, pattern: new RegExp(`^${source}/?$`), names, literalSegments };
}

function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return segment ?? '';
  }
}
