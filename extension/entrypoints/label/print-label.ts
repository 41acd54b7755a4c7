// A PDF prints from its own frame (Chrome's viewer); an image prints with the page, whose print
// style leaves only the label.
export function printLabel(frame: HTMLIFrameElement | null): void {
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
