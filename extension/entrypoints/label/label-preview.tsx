import { useMemo, useRef } from 'react';
import { toLabelBlob } from '../../api/label-file-query.ts';
import type { LabelFile } from '../../api/messages.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { useObjectUrl } from './use-object-url.ts';

interface LabelPreviewProps {
  file: LabelFile;
}

// A PDF prints from its own frame (Chrome's viewer); an image prints with the page, whose print
// style leaves only the label.
function printLabel(frame: HTMLIFrameElement | null): void {
  try {
    if (frame?.contentWindow) {
      frame.contentWindow.print();
      return;
    }
  } catch {
    // A viewer that refuses print() from outside: the page's own print dialog still has the label.
  }

  window.print();
}

export function LabelPreview({ file }: LabelPreviewProps) {
  const t = useMessages();
  const blob = useMemo(() => toLabelBlob(file), [file]);
  const url = useObjectUrl(blob);
  const frame = useRef<HTMLIFrameElement>(null);
  const isPdf = file.contentType === 'application/pdf';

  if (!url) {
    return <p role="status">{t.labelPage.loading}</p>;
  }

  return (
    <div className="label-preview">
      <div className="actions">
        <a href={url} download={file.fileName}>
          {t.labelPage.download}
        </a>
        <button type="button" onClick={() => printLabel(isPdf ? frame.current : null)}>
          {t.labelPage.print}
        </button>
      </div>
      {isPdf ? (
        <iframe ref={frame} className="label-frame" src={url} title={t.labelPage.pdfLabel} />
      ) : (
        <img className="label-image" src={url} alt={t.labelPage.imageLabel} />
      )}
    </div>
  );
}
