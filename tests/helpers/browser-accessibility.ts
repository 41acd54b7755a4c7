import type { Page } from 'playwright-core';

export interface UnnamedControl {
  role: string;
  html: string;
}

interface AxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
}

const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'radio',
  'slider',
  'spinbutton',
  'switch',
  'textbox',
]);

// Every interactive control in the page whose computed accessible name (Chromium's own
// computation, as a screen reader gets it) is empty: tests drive the UI by role and name.
export async function listUnnamedControls(page: Page): Promise<UnnamedControl[]> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const unnamed = nodes.filter((node) => {
    const role = String(node.role?.value ?? '');
    return !node.ignored && CONTROL_ROLES.has(role) && String(node.name?.value ?? '').trim() === '';
  });

  const described = await Promise.all(
    unnamed.map(async (node) => {
      const { outerHTML } = await session.send('DOM.getOuterHTML', {
        backendNodeId: node.backendDOMNodeId,
      });

      return { role: String(node.role?.value), html: outerHTML };
    }),
  );

  await session.detach();

  return described;
}
