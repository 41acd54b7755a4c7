type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Lets a worker in this process start a job the moment it is enqueued instead of at its next
 * poll. Only a shortcut: workers in other processes still find the job by polling, so no
 * correctness depends on this process-local signal.
 */
export function announceJobEnqueued(): void {
  for (const listener of listeners) {
    listener();
  }
}

/** Calls `listener` after every in-process enqueue; returns the unsubscribe function. */
export function listenForEnqueuedJobs(listener: Listener): () => void {
  listeners.add(listener);

  return () => {
    listeners.delete(listener);
  };
}
