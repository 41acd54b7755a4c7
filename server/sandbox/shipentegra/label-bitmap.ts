/** A one-bit picture: `pixels[y * width + x]` is 1 for ink and 0 for paper. */
export interface LabelBitmap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const BORDER = 4;
const MODULE_WIDTH = 2;

/**
 * A stand-in label picture: a frame, blocks where the address text would be, and bars
 * derived from the tracking number. No font is needed, and it is obviously not a real label.
 */
export function drawLabelBitmap(trackingNumber: string, width: number, height: number) {
  const bitmap: LabelBitmap = { width, height, pixels: new Uint8Array(width * height) };

  fillRectangle(bitmap, 0, 0, width, BORDER);
  fillRectangle(bitmap, 0, height - BORDER, width, BORDER);
  fillRectangle(bitmap, 0, 0, BORDER, height);
  fillRectangle(bitmap, width - BORDER, 0, BORDER, height);

  for (let line = 0; line < 5; line += 1) {
    const lineWidth = Math.round((width - 40) * (line % 2 === 0 ? 0.7 : 0.45));
    fillRectangle(bitmap, 20, 24 + line * 22, lineWidth, 10);
  }

  drawBars(bitmap, trackingNumber, Math.round(height * 0.55), Math.round(height * 0.25));

  return bitmap;
}

function drawBars(bitmap: LabelBitmap, text: string, top: number, barHeight: number): void {
  const bits = [...text].flatMap((character) => {
    const code = character.charCodeAt(0);

    return Array.from({ length: 8 }, (_, bit) => (code >> (7 - bit)) & 1);
  });
  let x = 20;

  for (const bit of [1, 0, 1, ...bits, 1, 0, 1]) {
    if (x + MODULE_WIDTH > bitmap.width - 20) {
      break;
    }

    if (bit === 1) {
      fillRectangle(bitmap, x, top, MODULE_WIDTH, barHeight);
    }

    x += MODULE_WIDTH;
  }
}

function fillRectangle(
  bitmap: LabelBitmap,
  left: number,
  top: number,
  width: number,
  height: number,
) {
  for (let y = top; y < Math.min(top + height, bitmap.height); y += 1) {
    bitmap.pixels.fill(
      1,
      y * bitmap.width + left,
      y * bitmap.width + Math.min(left + width, bitmap.width),
    );
  }
}
