import type { CDPSession, Page } from 'playwright-core';

// Our panels live in closed shadow roots, which Playwright's locators (like the page's own
// scripts) cannot enter. The content script's isolated world can, through
// chrome.dom.openOrClosedShadowRoot, so tests look at panels from there, over CDP: the same
// vantage point as the extension itself, and none the page has.
export interface ExtensionWorld {
  // `fn` is sent as source text: it may use only its argument and the world's globals.
  run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  hasContentScript(): boolean;
}

interface ExecutionContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export async function attachExtensionWorld(
  page: Page,
  extensionId: string,
): Promise<ExtensionWorld> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const contexts = new Map<number, ExecutionContextDescription>();

  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin && context.auxData?.type === 'isolated') {
      contexts.set(context.id, context);
    }
  });

  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    contexts.delete(executionContextId);
  });

  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  await session.send('Runtime.enable');

  return {
    hasContentScript: () => contexts.size > 0,
    async run<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
      const [context] = [...contexts.values()];
      if (!context) {
        throw new Error('The extension has no content script in this page');
      }

      const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
        contextId: context.id,
        expression: `(${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'})`,
        awaitPromise: true,
        returnByValue: true,
      });

      if (exceptionDetails) {
        throw new Error(
          `Evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
        );
      }

      return result.value as T;
    },
  };
}
