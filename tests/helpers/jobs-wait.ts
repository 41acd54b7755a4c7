/** Polls `check` until it returns something other than undefined, null or false. */
export async function waitFor<T>(
  description: string,
  check: () => T | undefined | null | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const value = check();

    if (value !== undefined && value !== null && value !== false) {
      return value;
    }

    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${description}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A promise with its resolve function outside, for a handler the test releases by hand. */
export function createGate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });

  return { opened, open };
}
