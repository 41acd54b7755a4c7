import type { LabelBitmap } from './label-bitmap.ts';

// With a 7-bit minimum code size every LZW code is exactly one byte, as long as the code
// table never reaches 256 entries. Sending a clear code before it can (every 120 pixels)
// keeps it there: the file is larger than a compressed GIF, but needs no LZW encoder.
const MIN_CODE_SIZE = 7;
const CLEAR_CODE = 1 << MIN_CODE_SIZE;
const END_CODE = CLEAR_CODE + 1;
const PIXELS_PER_CLEAR = 120;
const PALETTE_SIZE = 1 << MIN_CODE_SIZE;

/** Encodes a one-bit bitmap as a GIF89a (ink black, paper white), like a UPS label image. */
export function encodeGif(bitmap: LabelBitmap): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(bitmap.width, 0);
  screen.writeUInt16LE(bitmap.height, 2);
  // Global colour table present, 8-bit colour resolution, 2^(6+1) entries.
  screen[4] = 0b1111_0110;

  const palette = Buffer.alloc(PALETTE_SIZE * 3);
  palette.fill(0xff, 0, 3);

  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(bitmap.width, 5);
  descriptor.writeUInt16LE(bitmap.height, 7);

  return Buffer.concat([
    Buffer.from('GIF89a', 'ascii'),
    screen,
    palette,
    descriptor,
    Buffer.from([MIN_CODE_SIZE]),
    toSubBlocks(encodeCodes(bitmap.pixels)),
    Buffer.from([0x3b]),
  ]);
}

function encodeCodes(pixels: Uint8Array): Buffer {
  const chunkCount = Math.ceil(pixels.length / PIXELS_PER_CLEAR);
  const codes = Buffer.alloc(pixels.length + chunkCount + 1);
  let offset = 0;

  for (let start = 0; start < pixels.length; start += PIXELS_PER_CLEAR) {
    codes[offset++] = CLEAR_CODE;
    codes.set(pixels.subarray(start, start + PIXELS_PER_CLEAR), offset);
    offset += Math.min(PIXELS_PER_CLEAR, pixels.length - start);
  }

  codes[offset++] = END_CODE;

  return codes.subarray(0, offset);
}

// Image data travels in blocks of at most 255 bytes, each with its length first.
function toSubBlocks(data: Buffer): Buffer {
  const blocks: Buffer[] = [];

  for (let start = 0; start < data.length; start += 255) {
    const block = data.subarray(start, start + 255);
    blocks.push(Buffer.from([block.length]), block);
  }

  blocks.push(Buffer.from([0]));

  return Buffer.concat(blocks);
}
