import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { LabelAction } from '../../api/messages.ts';

interface RequestedAction {
  action: LabelAction;
  url: string | undefined;
  link: RefObject<HTMLAnchorElement | null>;
  print(): void;
}

// The panel's Download or Print button opened this page: that is done for the seller once the
// file is ready, and only once. A re-render, a refetched file or a reloaded frame must not start
// a second download or dialog.
export function useRequestedAction({ action, url, link, print }: RequestedAction): () => void {
  const hasActed = useRef(false);

  useEffect(() => {
    if (action !== 'download' || !url || !link.current || hasActed.current) {
      return;
    }

    hasActed.current = true;
    link.current.click();
  }, [action, url, link]);

  // Printing waits for the label to load: a dialog opened before would print an empty page.
  return useCallback(() => {
    if (action !== 'print' || hasActed.current) {
      return;
    }

    hasActed.current = true;
    print();
  }, [action, print]);
}
