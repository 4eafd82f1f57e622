/**
 * The "now" line: a thin picture of its own laid over the ladder, below the header, moved down by
 * a transform. Kept out of the ladder's SVG on purpose: a moving part inside a large SVG makes the
 * browser lay out and repaint the whole picture whenever it runs a frame on the page's thread,
 * while a box of its own is only moved by the compositor.
 */
import { forwardRef } from 'react';
import { HEADER_H } from './layout';

/** Height of the line's own picture, in the ladder's pixels: room for the stroke. */
const LINE_BOX = 2;

/** The transform that puts the line at y (the ladder's pixels, from the picture's top). */
export function nowTransform(y: number, zoom: number): string {
  return `translateY(${((y - HEADER_H - LINE_BOX / 2) * zoom).toFixed(2)}px)`;
}

interface Props {
  /** Where the line starts (the time axis) and the picture's width, in the ladder's pixels. */
  from: number;
  width: number;
  zoom: number;
  /** Its y at the time drawn for. */
  y: number;
}

export const LadderNow = forwardRef<HTMLDivElement, Props>(function LadderNow(
  { from, width, zoom, y },
  ref,
) {
  const w = Math.max(0, width - from);
  return (
    <div
      className="tcpsim-ladder__now-box"
      aria-hidden="true"
      style={{ left: from * zoom, top: HEADER_H * zoom }}
    >
      <div ref={ref} className="tcpsim-ladder__now" style={{ transform: nowTransform(y, zoom) }}>
        <svg
          width={w * zoom}
          height={LINE_BOX * zoom}
          viewBox={`0 0 ${w} ${LINE_BOX}`}
          focusable="false"
        >
          <path d={`M0,${LINE_BOX / 2} H${w}`} />
        </svg>
      </div>
    </div>
  );
});
