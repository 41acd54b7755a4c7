import { useMutation } from '@tanstack/react-query';
import { sendMessage } from '../../api/send-message.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureAlert } from '../failure-alert.tsx';

// The label shows the buyer's address, so it never enters Seller Central's page: both buttons
// open the extension's own label page, which downloads or prints it.
export function LabelFileButtons({ shipmentId }: { shipmentId: string }) {
  const t = useMessages();
  const words = t.labelPanel.shipment;
  const openLabel = useMutation({
    mutationFn: () => sendMessage({ type: 'OPEN_LABEL', shipmentId }),
  });

  return (
    <div className="label-file">
      <button type="button" onClick={() => openLabel.mutate()} disabled={openLabel.isPending}>
        {words.download}
      </button>{' '}
      <button type="button" onClick={() => openLabel.mutate()} disabled={openLabel.isPending}>
        {words.print}
      </button>
      {openLabel.isError && <FailureAlert error={openLabel.error} />}
    </div>
  );
}
