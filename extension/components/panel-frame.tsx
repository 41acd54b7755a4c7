import { type ReactNode, useId } from 'react';

interface PanelFrameProps {
  title?: string;
  children: ReactNode;
}

// The card every in-page panel shares, titled so that screen readers and tests find it by name.
export function PanelFrame({ title = 'Kayistra', children }: PanelFrameProps) {
  const headingId = useId();

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
