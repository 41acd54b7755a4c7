import { crc32, deflateSync } from 'node:zlib';
import type { LabelBitmap } from './label-bitmap.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes a one-bit bitmap as an 8-bit greyscale PNG, like a DHL eCommerce label image. */
export function encodePng(bitmap: LabelBitmap): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(bitmap.width, 0);
  header.writeUInt32BE(bitmap.height, 4);
  // Bit depth 8, colour type 0 (greyscale); compression, filter and interlace all 0.
  header[8] = 8;

  const rowLength = bitmap.width + 1;
  const scanlines = Buffer.alloc(rowLength * bitmap.height);

  for (let y = 0; y < bitmap.height; y += 1) {
    // Each row starts with its filter type, 0 (none); ink is black (0), paper white (255).
    for (let x = 0; x < bitmap.width; x += 1) {
      scanlines[y * rowLength + 1 + x] = bitmap.pixels[y * bitmap.width + x] === 1 ? 0 : 255;
    }
  }

  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);

  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));

  return Buffer.concat([length, typeAndData, checksum]);
}
