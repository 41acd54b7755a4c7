import { crc32, inflateSync } from 'node:zlib';

/**
 * Just enough of a GIF decoder to prove the stand-in's labels are well formed: it follows the
 * specification's variable-width LZW (not the stand-in's one-byte shortcut), so a file that
 * relies on anything a real viewer would not do fails here.
 */
export function decodeGif(bytes: Buffer) {
  const width = bytes.readUInt16LE(6);
  const height = bytes.readUInt16LE(8);
  const paletteSize = bytes[10] !== undefined && bytes[10] & 0x80 ? 2 << (bytes[10] & 7) : 0;
  let offset = 13 + paletteSize * 3;

  if (bytes[offset] !== 0x2c) {
    throw new Error('expected an image descriptor');
  }

  offset += 10;
  const minCodeSize = bytes[offset] ?? 0;
  offset += 1;

  const data: Buffer[] = [];

  for (let size = bytes[offset] ?? 0; size > 0; size = bytes[offset] ?? 0) {
    data.push(bytes.subarray(offset + 1, offset + 1 + size));
    offset += size + 1;
  }

  return {
    width,
    height,
    pixels: decodeLzw(Buffer.concat(data), minCodeSize),
    trailer: bytes[offset + 1],
  };
}

function decodeLzw(data: Buffer, minCodeSize: number): number[] {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const output: number[] = [];
  let table: number[][] = [];
  let codeSize = minCodeSize + 1;
  let previous: number[] | undefined;
  let bitPosition = 0;

  const reset = () => {
    table = Array.from({ length: clear + 2 }, (_, index) => [index]);
    codeSize = minCodeSize + 1;
    previous = undefined;
  };
  reset();

  while (bitPosition + codeSize <= data.length * 8) {
    let code = 0;

    for (let bit = 0; bit < codeSize; bit += 1, bitPosition += 1) {
      const byte = data[bitPosition >> 3] ?? 0;
      code |= ((byte >> (bitPosition & 7)) & 1) << bit;
    }

    if (code === clear) {
      reset();
      continue;
    }

    if (code === end) {
      break;
    }

    const entry = table[code] ?? (previous ? [...previous, previous[0] ?? 0] : undefined);

    if (!entry) {
      throw new Error(`invalid LZW code ${code}`);
    }

    output.push(...entry);

    if (previous) {
      table.push([...previous, entry[0] ?? 0]);
    }

    previous = entry;

    if (table.length === 1 << codeSize && codeSize < 12) {
      codeSize += 1;
    }
  }

  return output;
}

/** Splits a PNG into chunks, checking every CRC, and inflates the image data. */
export function readPng(bytes: Buffer) {
  const chunks: Array<{ type: string; data: Buffer }> = [];
  let offset = 8;

  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);

    if (crc32(typeAndData) !== bytes.readUInt32BE(offset + 8 + length)) {
      throw new Error(`bad CRC in chunk at ${offset}`);
    }

    chunks.push({
      type: typeAndData.subarray(0, 4).toString('ascii'),
      data: typeAndData.subarray(4),
    });
    offset += 12 + length;
  }

  const header = chunks[0]?.data;
  const imageData = Buffer.concat(
    chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data),
  );

  return {
    types: chunks.map((chunk) => chunk.type),
    width: header?.readUInt32BE(0),
    height: header?.readUInt32BE(4),
    scanlines: inflateSync(imageData),
  };
}
