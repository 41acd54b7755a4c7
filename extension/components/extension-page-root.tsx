import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../api/query-client.ts';

// Mounts an extension page (popup, options) with its one QueryClient.
export function renderExtensionPage(page: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The page has no #root element');
  }

  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>{page}</QueryClientProvider>
    </StrictMode>,
  );
}
