import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../api/query-client.ts';
import { followSessionChanges } from '../api/session-query.ts';
import { getMessages } from '../locales/language.ts';

// Mounts an extension page (popup, options) with its one QueryClient, in the browser's language,
// following sign-ins and sign-outs made anywhere in the extension.
export function renderExtensionPage(page: ReactNode, title?: string): void {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The page has no #root element');
  }

  document.documentElement.lang = getMessages().languageTag;
  if (title) {
    document.title = title;
  }

  const queryClient = createQueryClient();
  followSessionChanges(queryClient);

  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>{page}</QueryClientProvider>
    </StrictMode>,
  );
}
