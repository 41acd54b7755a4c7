import type { JsonObject } from '../derive/derived-model.ts';

export interface ListingPatch {
  op: string;
  path: string;
  value?: JsonObject[];
}

export interface ListingIssue {
  code: string;
  message: string;
  attributeNames: string[];
}

export type ListingAttributes = Record<string, JsonObject[]>;

const ATTRIBUTE_PATH = /^\/attributes\/([a-z0-9_]+)$/;

// Values of one attribute are told apart by these keys: a merge for one marketplace must not
// touch the values of another.
const SELECTOR_KEYS = ['marketplace_id', 'language_tag', 'audience', 'fulfillment_channel_code'];

/**
 * Applies Listings patches to a copy of the attributes. `merge` keeps sub-attributes that
 * are not sent (the safe way to change a price); `replace` and `add` swap the whole value
 * for the same marketplace; `delete` removes matching values, or the attribute.
 */
export function applyListingPatches(
  attributes: ListingAttributes,
  patches: readonly ListingPatch[],
): { attributes: ListingAttributes; issues: ListingIssue[] } {
  const patched = structuredClone(attributes);
  const issues: ListingIssue[] = [];

  for (const patch of patches) {
    const name = ATTRIBUTE_PATH.exec(patch.path)?.[1];

    if (!name) {
      issues.push({
        code: 'INVALID_PATCH_PATH',
        message: `The patch path ${patch.path} does not name an attribute (/attributes/<name>).`,
        attributeNames: [],
      });
      continue;
    }

    patched[name] = patchAttribute(patched[name] ?? [], patch);

    if (patched[name].length === 0) {
      delete patched[name];
    }
  }

  return { attributes: patched, issues };
}

function patchAttribute(current: JsonObject[], patch: ListingPatch): JsonObject[] {
  const values = patch.value ?? [];

  if (patch.op === 'delete') {
    return values.length === 0
      ? []
      : current.filter((entry) => !values.some((value) => isSameSelector(entry, value)));
  }

  const result = [...current];

  for (const value of values) {
    const index = result.findIndex((entry) => isSameSelector(entry, value));
    const existing = result[index];
    const next = patch.op === 'merge' && existing ? mergeObjects(existing, value) : value;

    if (index >= 0) {
      result[index] = next;
    } else {
      result.push(next);
    }
  }

  return result;
}

function isSameSelector(entry: JsonObject, value: JsonObject): boolean {
  return SELECTOR_KEYS.every((key) => {
    const defaultValue = key === 'audience' ? 'ALL' : undefined;
    return (entry[key] ?? defaultValue) === (value[key] ?? defaultValue);
  });
}

// Objects merge key by key; arrays of one object (Amazon's `[{ schedule: [...] }]`) merge
// their first element; anything else is replaced by the sent value.
function mergeObjects(target: JsonObject, source: JsonObject): JsonObject {
  const merged: JsonObject = { ...target };

  for (const [key, value] of Object.entries(source)) {
    const existing = merged[key];

    if (isObject(existing) && isObject(value)) {
      merged[key] = mergeObjects(existing, value);
    } else if (isSingleObjectList(existing) && isSingleObjectList(value)) {
      merged[key] = [mergeObjects(existing[0] as JsonObject, value[0] as JsonObject)];
    } else {
      merged[key] = value;
    }
  }

  return merged;
}

function isSingleObjectList(value: unknown): value is JsonObject[] {
  return Array.isArray(value) && value.length === 1 && isObject(value[0]);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
