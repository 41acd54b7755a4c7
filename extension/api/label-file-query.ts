import { queryOptions } from '@tanstack/react-query';
import type { LabelFile } from './messages.ts';
import { tenantQueryKey } from './query-keys.ts';
import { sendMessage } from './send-message.ts';

// The file holds the buyer's address: it lives in this page's memory while shown and is dropped
// as soon as nothing shows it, never written anywhere.
export function labelFileQueryOptions(tenantId: string, shipmentId: string) {
  return queryOptions({
    queryKey: tenantQueryKey(tenantId, 'label-file', shipmentId),
    queryFn: () => sendMessage({ type: 'GET_LABEL_FILE', shipmentId }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

export function toLabelBlob(file: LabelFile): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) {
    bytes[index] = binary.charCodeAt(index);
  }

  return new Blob([bytes], { type: file.contentType });
}
