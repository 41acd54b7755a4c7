import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AmazonRegion, ShipentegraCredentials } from '../../shared/api/connections.ts';
import { meQueryOptions } from './me-query.ts';
import { sendMessage } from './send-message.ts';

// Opens Amazon's consent page (the background opens the tab) and reads /api/me again once the
// seller closes that tab, as our callback page asks them to.
export function useConnectAmazon(tenantId: string) {
  const queryClient = useQueryClient();
  const [consentTabId, setConsentTabId] = useState<number>();

  useEffect(() => {
    if (consentTabId === undefined) {
      return;
    }

    const onRemoved = (tabId: number) => {
      if (tabId === consentTabId) {
        setConsentTabId(undefined);
        void queryClient.invalidateQueries(meQueryOptions(tenantId));
      }
    };

    browser.tabs.onRemoved.addListener(onRemoved);

    return () => browser.tabs.onRemoved.removeListener(onRemoved);
  }, [consentTabId, queryClient, tenantId]);

  return useMutation({
    mutationFn: (region: AmazonRegion) => sendMessage({ type: 'AMAZON_AUTHORIZE', region }),
    onSuccess: ({ tabId }) => setConsentTabId(tabId),
  });
}

export function useDisconnectAmazon(tenantId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (region: AmazonRegion) => sendMessage({ type: 'AMAZON_DISCONNECT', region }),
    onSettled: () => queryClient.invalidateQueries(meQueryOptions(tenantId)),
  });
}

export function useSaveShipentegraCredentials(tenantId: string) {
  const queryClient = useQueryClient();

  return useMutation({
    mutationFn: (credentials: ShipentegraCredentials) =>
      sendMessage({ type: 'SAVE_SHIPENTEGRA_CREDENTIALS', ...credentials }),
    onSuccess: () => queryClient.invalidateQueries(meQueryOptions(tenantId)),
  });
}
