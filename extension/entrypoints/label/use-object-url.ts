import { useEffect, useState } from 'react';

// A blob URL for as long as the component shows it: revoked on unmount, so the file (the buyer's
// address) does not outlive the preview in the page's memory.
export function useObjectUrl(blob: Blob): string | undefined {
  const [url, setUrl] = useState<string>();

  useEffect(() => {
    const created = URL.createObjectURL(blob);
    setUrl(created);

    return () => {
      URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [blob]);

  return url;
}
