// Seller Central moves between orders client-side with history.pushState. A content script cannot
// wrap the page's pushState (the page runs in another JavaScript world), but the Navigation API's
// `currententrychange` reaches every world after the URL has changed, and `popstate` covers back
// and forward. Browsers without the Navigation API get a cheap poll instead.
const POLL_INTERVAL_MS = 500;

type WindowWithNavigation = Window & { navigation?: EventTarget };

// A new hash is the same page: Seller Central uses it for in-page tabs, not for new orders.
function toPageKey(href: string): string {
  const url = new URL(href);

  return `${url.origin}${url.pathname}${url.search}`;
}

export function watchLocation(
  win: Window,
  onChange: (url: URL) => void,
  signal: AbortSignal,
): void {
  let lastKey = toPageKey(win.location.href);
  const checkLocation = () => {
    const key = toPageKey(win.location.href);
    if (key !== lastKey && !signal.aborted) {
      lastKey = key;
      onChange(new URL(win.location.href));
    }
  };

  win.addEventListener('popstate', checkLocation, { signal });
  const { navigation } = win as WindowWithNavigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', checkLocation, { signal });
    return;
  }

  const timer = setInterval(checkLocation, POLL_INTERVAL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
