import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { PackageOverride } from '../../shared/api/shipping.ts';
import { ExtensionError } from './extension-error.ts';
import type { ExtensionErrorCode } from './messages.ts';
import { orderQueryOptions, shipmentQueryOptions } from './order-queries.ts';
import { sendMessage } from './send-message.ts';

export interface LabelPurchaseInput {
  serviceName: string;
  package?: PackageOverride;
  isUnknownLabelChecked?: boolean;
}

interface PurchaseVariables {
  input: LabelPurchaseInput;
  idempotencyKey: string;
}

interface Attempt {
  idempotencyKey: string;
  fingerprint: string;
}

// Answers that leave open whether the server went ahead: the next click sends the same key, so
// it joins that purchase instead of paying for a second label.
const AMBIGUOUS_CODES: ReadonlySet<ExtensionErrorCode> = new Set([
  'SERVER_UNREACHABLE',
  'NO_BACKGROUND',
  'BAD_SERVER_RESPONSE',
  'BAD_MESSAGE',
  'INTERNAL',
  'SHUTTING_DOWN',
]);

function isAmbiguous(error: unknown): boolean {
  return !(error instanceof ExtensionError) || AMBIGUOUS_CODES.has(error.code);
}

// Buys the order's label. One Idempotency-Key per attempt, made on the first click and kept
// while that attempt is pending or its outcome unknown: a double click or a retry joins the
// same purchase on the server. A changed service or package is a new attempt.
export function useLabelPurchase(tenantId: string, orderId: string) {
  const queryClient = useQueryClient();
  const attempt = useRef<Attempt | null>(null);
  const isSending = useRef(false);

  const mutation = useMutation({
    mutationFn: ({ input, idempotencyKey }: PurchaseVariables) =>
      sendMessage({ type: 'BUY_LABEL', orderId, idempotencyKey, ...input }),
    // A poll already under way may answer with the state from before the purchase; it must
    // not overwrite the shipment the purchase returned.
    onSuccess: async (purchase) => {
      attempt.current = null;
      const { queryKey } = shipmentQueryOptions(tenantId, orderId, false);
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData(queryKey, { shipment: purchase.shipment });
    },
    onError: (error) => {
      if (!isAmbiguous(error)) {
        attempt.current = null;
      }
    },
    onSettled: () => {
      isSending.current = false;
      void queryClient.invalidateQueries(orderQueryOptions(tenantId, orderId));
    },
  });

  const buyLabel = (input: LabelPurchaseInput) => {
    if (isSending.current) {
      return;
    }

    const fingerprint = JSON.stringify(input);
    if (attempt.current?.fingerprint !== fingerprint) {
      attempt.current = { idempotencyKey: crypto.randomUUID(), fingerprint };
    }

    isSending.current = true;
    mutation.mutate({ input, idempotencyKey: attempt.current.idempotencyKey });
  };

  return { ...mutation, buyLabel };
}
