import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Band {
  /** Offset of the band's top from the element's top, in CSS pixels. */
  top: number;
  height: number;
}

/**
 * The vertical part of an element inside the browser window. A canvas covering a tall element would be
 * tens of megapixels, cleared and redrawn on every zoom frame; drawing only this band keeps frames cheap.
 */
export function useVisibleBand(ref: RefObject<HTMLElement | null>, contentHeight: number): Band {
  const [band, setBand] = useState<Band>({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const rect = element.getBoundingClientRect();
      const top = Math.min(Math.max(0, -rect.top), contentHeight);
      const bottom = Math.max(top, Math.min(contentHeight, window.innerHeight - rect.top));
      const next = { top: Math.floor(top), height: Math.ceil(bottom - top) };
      setBand((prev) => (prev.top === next.top && prev.height === next.height ? prev : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ref, contentHeight]);
  return band;
}
