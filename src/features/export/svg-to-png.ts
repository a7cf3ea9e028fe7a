// Browsers refuse canvases beyond these (Chromium: 32,767 px a side, 268 million pixels in all).
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/** The largest scale up to `wanted` at which a canvas of this size can exist. */
export function feasibleScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

/**
 * Rasterises an SVG document in the browser at `scale` times its size (2 for sharp print and retina
 * screens), or less for a picture so tall (hundreds of lanes) that a browser could not hold the canvas.
 * The SVG is self-contained (no external fonts or images), so the image loads without a network.
 */
export async function svgToPng(svg: string, width: number, height: number, wanted = 2): Promise<Blob> {
  const scale = feasibleScale(width, height, wanted);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw images (no 2D canvas)');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the image is too large for this browser'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
