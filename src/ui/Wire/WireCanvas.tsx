import { useEffect, useRef } from 'react';
import { liveTimeOf } from '../frame/liveTime';
import { segmentProgress, useSimStoreApi, type SegmentLife, type SimStoreState } from '../../store';
import { segmentKind } from './segmentText';
import { isLost, wireView } from './wireView';

/** A dot lost this long ago is no longer drawn: a flood's crosses would pile up at the edge. */
const DOT_LINGER = 0.15;

const ROWS = 24;

function colours(el: Element): Record<string, string> {
  const css = getComputedStyle(el);
  const read = (name: string) => css.getPropertyValue(name).trim() || '#888';
  return {
    syn: read('--tcpsim-kind-syn'),
    synack: read('--tcpsim-kind-synack'),
    ack: read('--tcpsim-kind-ack'),
    data: read('--tcpsim-kind-data'),
    fin: read('--tcpsim-kind-fin'),
    rst: read('--tcpsim-kind-rst'),
    flood: read('--tcpsim-kind-flood'),
    fg: read('--tcpsim-fg'),
  };
}

function colourOf(life: SegmentLife, palette: Record<string, string>): string {
  return life.send.spoofed ? palette.flood! : palette[segmentKind(life.send)]!;
}

/**
 * Every segment that is not a chip, as a dot on one canvas (a flood is thousands of them).
 * It redraws from the store on each change of time, outside React; while dots are on it and time
 * plays, it asks the clock for every frame (dots cannot glide), and an empty canvas is left alone.
 */
export function WireCanvas() {
  const store = useSimStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let width = 0;
    let height = 0;
    let palette = colours(canvas);
    let blank = true;
    let releaseFrames: (() => void) | null = null;
    const live = liveTimeOf(store);

    const draw = (s: SimStoreState) => {
      const { dots } = wireView(s);
      const moving = s.playing && dots.length > 0;
      if (moving && !releaseFrames) releaseFrames = live.wantFrames();
      if (!moving && releaseFrames) {
        releaseFrames();
        releaseFrames = null;
      }
      if (blank && dots.length === 0) return;
      ctx.clearRect(0, 0, width, height);
      blank = dots.length === 0;
      if (width === 0) return;
      const rowHeight = height / ROWS;
      for (const life of dots) {
        const lost = isLost(life, s.time);
        if (lost && s.time - life.endAt! > DOT_LINGER) continue;
        const p = segmentProgress(life, s.time);
        const x = 6 + (life.leftToRight ? p : 1 - p) * (width - 12);
        const y = rowHeight * ((life.send.id * 7) % ROWS) + rowHeight / 2;
        ctx.fillStyle = colourOf(life, palette);
        if (lost) {
          ctx.strokeStyle = palette.fg!;
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(x - 3, y - 3);
          ctx.lineTo(x + 3, y + 3);
          ctx.moveTo(x + 3, y - 3);
          ctx.lineTo(x - 3, y + 3);
          ctx.stroke();
        } else {
          ctx.fillRect(x - 2.5, y - 2.5, 5, 5);
        }
      }
    };

    const resize = () => {
      const ratio = window.devicePixelRatio || 1;
      width = canvas.clientWidth;
      height = canvas.clientHeight;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      palette = colours(canvas);
      blank = false;
      draw(store.getState());
    };
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.time !== prev.time || s.index !== prev.index || s.playing !== prev.playing) draw(s);
    });
    resize();
    return () => {
      observer.disconnect();
      unsubscribe();
      releaseFrames?.();
    };
  }, [store]);

  return <canvas ref={ref} className="wire__canvas" aria-hidden="true" />;
}
