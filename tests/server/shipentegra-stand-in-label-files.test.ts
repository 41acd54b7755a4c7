import { describe, expect, it } from 'vitest';
import { drawLabelBitmap } from '../../server/sandbox/shipentegra/label-bitmap.ts';
import { encodeGif } from '../../server/sandbox/shipentegra/label-gif.ts';
import { renderPdf } from '../../server/sandbox/shipentegra/label-pdf.ts';
import { encodePng } from '../../server/sandbox/shipentegra/label-png.ts';
import { decodeGif, readPng } from '../helpers/shipentegra-image-decoders.ts';

describe('Shipentegra stand-in: label files', () => {
  it('writes a PDF whose cross-reference table points at every object', () => {
    const pdf = renderPdf({
      heading: 'ShipEntegra Express',
      lines: ['Tracking: 71234567890', 'Ship to: Ayşe (Test)'],
      barcodeText: '71234567890',
    }).toString('latin1');

    const startXref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));

    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.slice(startXref, startXref + 4)).toBe('xref');
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, index) => {
      expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
    });
    expect(pdf).toContain('(SANDBOX \\226 NOT A REAL LABEL)');
    // Parentheses escaped; ş has no WinAnsi code, so it becomes '?'.
    expect(pdf).toContain('(Ship to: Ay?e \\(Test\\))');
  });

  it('declares the exact length of the PDF content stream', () => {
    const pdf = renderPdf({ heading: 'UPS', lines: [], barcodeText: '1Z999' }).toString('latin1');
    const match = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf);

    expect(match?.[2]?.length).toBe(Number(match?.[1]));
  });

  it('encodes a GIF that a specification-following LZW decoder reads back pixel for pixel', () => {
    const bitmap = drawLabelBitmap('1Z12345E0205271688', 200, 300);
    const gif = decodeGif(encodeGif(bitmap));

    expect(gif.width).toBe(200);
    expect(gif.height).toBe(300);
    expect(gif.trailer).toBe(0x3b);
    expect(gif.pixels).toEqual([...bitmap.pixels]);
  });

  it('encodes a PNG with valid chunk checksums and one unfiltered row per line', () => {
    const bitmap = drawLabelBitmap('GM123456789012345678', 400, 600);
    const png = readPng(encodePng(bitmap));
    const rowLength = 401;

    expect(png.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([png.width, png.height]).toEqual([400, 600]);
    expect(png.scanlines.length).toBe(rowLength * 600);
    expect(
      png.scanlines.filter((_, index) => index % rowLength === 0).every((byte) => byte === 0),
    ).toBe(true);
    // The frame's top-left corner is ink (black), the middle of the page paper (white).
    expect(png.scanlines[1]).toBe(0);
    expect(png.scanlines[rowLength * 200 + 390]).toBe(255);
  });
});
