/**
 * The "now" line: a box of its own laid over the ladder, below the header and right of the time
 * axis, painted with the line's dashes all over and clipped to one thin stripe at "now".
 *
 * Moving the stripe means animating the box's clip (clip-path: inset), not a transform. Both run
 * on the compositor, but in Chromium a transform that changes under the ladder's scroll area and
 * sticky view makes the page's thread recompute its layers' inputs and paint properties on every
 * frame the page draws anyway (another animation, a frame sampler): measured at 1 ms a frame more
 * than the clip. The box is kept out of the ladder's SVG for the same reason: a moving part
 * inside a large SVG makes the browser lay out and repaint the whole picture.
 */
import { forwardRef, type CSSProperties } from 'react';
import { HEADER_H } from './layout';

/** Thickness of the line, in the ladder's pixels. */
const LINE = 1.5;

/**
 * The clip that leaves only the stripe at y (the ladder's pixels, from the picture's top) of a
 * box `height` tall (the ladder's pixels, below the header); all clipped once y is outside it.
 */
export function nowClip(y: number, height: number, zoom: number): string {
  const top = Math.min(height, Math.max(0, y - HEADER_H - LINE / 2));
  const bottom = Math.max(0, height - top - LINE);
  return `inset(${(top * zoom).toFixed(2)}px 0px ${(bottom * zoom).toFixed(2)}px 0px)`;
}

interface Props {
  /** Where the line starts (the time axis) and the picture's width, in the ladder's pixels. */
  from: number;
  width: number;
  /** The picture's height below the header, in the ladder's pixels. */
  height: number;
  zoom: number;
  /** Its y at the time drawn for. */
  y: number;
}

export const LadderNow = forwardRef<HTMLDivElement, Props>(function LadderNow(
  { from, width, height, zoom, y },
  ref,
) {
  const style = {
    left: from * zoom,
    top: HEADER_H * zoom,
    width: Math.max(0, width - from) * zoom,
    height: height * zoom,
    clipPath: nowClip(y, height, zoom),
    '--tcpsim-ladder-zoom': zoom,
  } as CSSProperties;
  return <div ref={ref} className="tcpsim-ladder__now" aria-hidden="true" style={style} />;
});
