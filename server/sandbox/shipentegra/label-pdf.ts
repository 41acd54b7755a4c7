// A one-page PDF written by hand: a 4x6 inch page, the standard Helvetica fonts (no embedding)
// and a byte-exact cross-reference table, which is all a viewer or printer needs.
const PAGE_WIDTH = 288;
const PAGE_HEIGHT = 432;

export interface PdfDocument {
  heading: string;
  lines: readonly string[];
  /** Drawn as bars under the text, like the barcode of a real label. */
  barcodeText: string;
}

export function renderPdf(document: PdfDocument): Buffer {
  const content = drawPage(document);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      '/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];

  // Everything below is ASCII, so string lengths are byte offsets.
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];

  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });

  const xrefOffset = pdf.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;

  return Buffer.from(pdf, 'ascii');
}

function drawPage(document: PdfDocument): string {
  const text = document.lines.map((line, index) => {
    return `BT /F1 10 Tf 18 ${360 - index * 16} Td (${toPdfText(line)}) Tj ET`;
  });
  const bars = [...document.barcodeText].map((character, index) => {
    const barWidth = 1 + (character.charCodeAt(0) % 3);

    return `${18 + index * 7} 120 ${barWidth} 70 re f`;
  });

  return [
    `BT /F2 16 Tf 18 396 Td (${toPdfText(document.heading)}) Tj ET`,
    ...text,
    ...bars,
    `BT /F2 12 Tf 18 80 Td (${toPdfText(document.barcodeText)}) Tj ET`,
    `BT /F2 11 Tf 18 40 Td (${toPdfText('SANDBOX – NOT A REAL LABEL')}) Tj ET`,
  ].join('\n');
}

// A PDF string in WinAnsi: ASCII as is, Latin-1 and the en dash as octal escapes, and
// anything the standard fonts cannot draw (Turkish ş, ğ, ı among them) as '?'.
function toPdfText(value: string): string {
  return [...value]
    .map((character) => {
      const code = character === '–' ? 0x96 : character.charCodeAt(0);

      if (character === '(' || character === ')' || character === '\\') {
        return `\\${character}`;
      }

      if (code >= 0x20 && code < 0x7f) {
        return character;
      }

      return code === 0x96 || (code >= 0xa0 && code <= 0xff) ? `\\${code.toString(8)}` : '?';
    })
    .join('');
}
