// The extension's own label page (view, download, print), in English.
export const labelPageEn = {
  title: 'Shipping label',
  heading: 'Shipping label',
  loading: 'Loading the label...',
  privacy: "The label shows the buyer's address. Print or download it here, then close this tab.",
  noShipment: 'No label was chosen. Open the label again from the order page in Seller Central.',
  signedOut: 'You are not signed in. Sign in on the settings page, then reload this page.',
  // The server says NOT_FOUND both for a label not stored yet and for another account's.
  notFound:
    'This label is not available: it may not be stored yet, or it belongs to another Kayistra ' +
    'account. Try again in a moment, or open it again from the order page.',
  tryAgain: 'Try again',
  imageLabel: 'Shipping label',
  pdfLabel: 'Shipping label (PDF)',
  download: 'Download label',
  print: 'Print label',
};
