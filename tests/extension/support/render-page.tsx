import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Messages } from '../../../extension/locales/en.ts';
import { en } from '../../../extension/locales/en.ts';
import { MessagesContext } from '../../../extension/locales/messages-context.ts';

// Rendered as in a browser, not under act(): the tests wait for what the seller would see with
// vi.waitFor, which also covers updates that arrive later from the (fake) background.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false });

export interface RenderedPage {
  container: HTMLElement;
  queryClient: QueryClient;
  unmount(): void;
}

// Renders part of an extension page as the popup and options do: one QueryClient, a dictionary.
export async function renderPage(node: ReactNode, messages: Messages = en): Promise<RenderedPage> {
  const container = document.createElement('div');
  document.body.append(container);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const root = createRoot(container);

  root.render(
    <QueryClientProvider client={queryClient}>
      <MessagesContext value={messages}>{node}</MessagesContext>
    </QueryClientProvider>,
  );
  await new Promise((resolve) => setTimeout(resolve, 0));

  return {
    container,
    queryClient,
    unmount: () => {
      root.unmount();
      container.remove();
      queryClient.clear();
    },
  };
}

// The control whose label (or aria-label) reads exactly `name`, as a screen reader would find it.
export function findControl<T extends HTMLElement>(container: HTMLElement, name: string): T {
  const byAria = container.querySelector<T>(`[aria-label="${name}"]`);
  const label = Array.from(container.querySelectorAll('label')).find(
    (candidate) => candidate.textContent === name,
  );
  const byLabel = label?.htmlFor ? container.ownerDocument.getElementById(label.htmlFor) : null;
  const button = Array.from(container.querySelectorAll('button')).find(
    (candidate) => candidate.textContent === name,
  );
  const control = byAria ?? byLabel ?? button;
  if (!control) {
    throw new Error(`No control named ${name}`);
  }

  return control as T;
}

export async function click(element: HTMLElement): Promise<void> {
  element.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

// React listens for `input` events; setting the value through the prototype's setter is what a
// typing user does as far as React can tell.
export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
