import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeStorageToContentScripts } from '../../extension/background/storage-access.ts';
import { createLogger } from '../../extension/logging/logger.ts';

await vi.hoisted(async () => {
  const { fakeBrowser: browserInMemory } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: browserInMemory });
});

function createSink() {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

// The in-memory browser has no access levels; each test gives storage.local its own.
function stubAccessLevel(implementation: () => Promise<void>) {
  const setAccessLevel = vi.fn(implementation);
  Object.assign(fakeBrowser.storage.local, { setAccessLevel });

  return setAccessLevel;
}

describe('storage closed to content scripts (issue #6)', () => {
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser.storage.local, 'setAccessLevel');
  });

  test('the background limits storage.local to the extension itself', async () => {
    const setAccessLevel = stubAccessLevel(async () => undefined);
    const sink = createSink();

    await closeStorageToContentScripts(
      createLogger({ scope: 'bg', isDebugEnabled: () => false, sink }),
    );

    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(sink.warn).not.toHaveBeenCalled();
  });

  test('a browser that refuses says so in a warning instead of stopping the background', async () => {
    stubAccessLevel(() => Promise.reject(new Error('not supported')));
    const sink = createSink();

    await closeStorageToContentScripts(
      createLogger({ scope: 'bg', isDebugEnabled: () => false, sink }),
    );

    expect(sink.warn).toHaveBeenCalledTimes(1);
  });
});
