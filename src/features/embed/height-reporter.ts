/**
 * Tells the host page how tall the embedded content is, so the loader can size the iframe to fit.
 * Observe a container whose height follows its content (not one sized to 100vh or 100%), or the
 * iframe could only ever grow: its own height would be what is measured.
 */
export function startHeightReporter(target: Element, post: (height: number) => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  let measured: number | null = null;
  let posted: number | null = null;
  let frame: number | null = null;

  // Several resizes in one frame (fonts, images, a panel opening) become one message.
  const flush = () => {
    frame = null;
    if (measured === null) return;
    const height = Math.ceil(measured);
    // A hidden or not yet laid out page measures 0; shrinking the iframe to nothing helps no one.
    if (height <= 0 || (posted !== null && Math.abs(height - posted) < 1)) return;
    posted = height;
    post(height);
  };

  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    measured = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
    frame ??= requestAnimationFrame(flush);
  });
  observer.observe(target, { box: 'border-box' });

  return () => {
    observer.disconnect();
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
}
