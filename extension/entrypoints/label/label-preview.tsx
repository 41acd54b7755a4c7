import { useCallback, useMemo, useRef } from 'react';
import { toLabelBlob } from '../../api/label-file-query.ts';
import type { LabelAction, LabelFile } from '../../api/messages.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { printLabel } from './print-label.ts';
import { useObjectUrl } from './use-object-url.ts';
import { useRequestedAction } from './use-requested-action.ts';

interface LabelPreviewProps {
  file: LabelFile;
  action: LabelAction;
}

export function LabelPreview({ file, action }: LabelPreviewProps) {
  const t = useMessages();
  const blob = useMemo(() => toLabelBlob(file), [file]);
  const url = useObjectUrl(blob);
  const frame = useRef<HTMLIFrameElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const isPdf = file.contentType === 'application/pdf';

  const print = useCallback(() => printLabel(isPdf ? frame.current : null), [isPdf]);
  const onLabelLoaded = useRequestedAction({ action, url, link, print });

  if (!url) {
    return <p role="status">{t.labelPage.loading}</p>;
  }

  return (
    <div className="label-preview">
      <div className="actions">
        <a ref={link} href={url} download={file.fileName}>
          {t.labelPage.download}
        </a>
        <button type="button" onClick={print}>
          {t.labelPage.print}
        </button>
      </div>
      {isPdf ? (
        <iframe
          ref={frame}
          className="label-frame"
          src={url}
          title={t.labelPage.pdfLabel}
          onLoad={onLabelLoaded}
        />
      ) : (
        <img
          className="label-image"
          src={url}
          alt={t.labelPage.imageLabel}
          onLoad={onLabelLoaded}
        />
      )}
    </div>
  );
}
