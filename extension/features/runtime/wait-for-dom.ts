export interface WaitForDomOptions {
  observe: Node;
  signal: AbortSignal;
  timeoutMs: number;
  // Attribute changes worth a re-check (e.g. `aria-busy`); child list changes always are.
  attributeFilter?: string[];
}

// Resolves with the first value `check` returns, re-checked after every DOM change, or with
// undefined when the time is up or the signal aborts. Seller Central renders late and in pieces,
// so a single look when the script starts would miss most anchors.
export function waitForDom<T>(
  check: () => T | undefined,
  { observe, signal, timeoutMs, attributeFilter }: WaitForDomOptions,
): Promise<T | undefined> {
  const immediate = check();
  if (immediate !== undefined || signal.aborted) {
    return Promise.resolve(immediate);
  }

  return new Promise((resolve) => {
    const finish = (value: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };

    const onAbort = () => finish(undefined);
    const observer = new MutationObserver(() => {
      const value = check();
      if (value !== undefined) {
        finish(value);
      }
    });

    observer.observe(observe, {
      childList: true,
      subtree: true,
      attributes: attributeFilter !== undefined,
      attributeFilter,
    });

    const timer = setTimeout(onAbort, timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
