import { useMutation } from '@tanstack/react-query';
import type { LabelAction } from '../../api/messages.ts';
import { sendMessage } from '../../api/send-message.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureAlert } from '../failure-alert.tsx';

// The label shows the buyer's address, so it never enters Seller Central's page: both buttons
// open the extension's own label page, which then downloads or prints it as asked.
export function LabelFileButtons({ shipmentId }: { shipmentId: string }) {
  const t = useMessages();
  const words = t.labelPanel.shipment;
  const openLabel = useMutation({
    mutationFn: (action: LabelAction) => sendMessage({ type: 'OPEN_LABEL', shipmentId, action }),
  });

  return (
    <div className="label-file">
      <button
        type="button"
        onClick={() => openLabel.mutate('download')}
        disabled={openLabel.isPending}
      >
        {words.download}
      </button>{' '}
      <button
        type="button"
        onClick={() => openLabel.mutate('print')}
        disabled={openLabel.isPending}
      >
        {words.print}
      </button>
      {openLabel.isError && <FailureAlert error={openLabel.error} />}
    </div>
  );
}
