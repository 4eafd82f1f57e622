/**
 * The few pieces of framer-motion the simulator uses, for the embed build only
 * (vite.embed.config.ts aliases `framer-motion` here; the app keeps the real library). The wire
 * moves segments with motion values, which needs no animation engine: framer-motion would be
 * about 45 KB of the script's gzip budget for five functions.
 *
 * Provided: MotionValue (get, set, on('change')), useMotionValue, useTransform(value, fn),
 * useReducedMotion, and motion.<tag> components whose `style` may hold motion values (x, y,
 * scale, rotate become a transform; others are set as they are) and which fade in from `initial`
 * to `animate` with the Web Animations API (refs are not forwarded: nothing passes one).
 * motionLite.test.ts fails when the UI imports anything else from framer-motion.
 */
import {
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type RefObject,
} from 'react';

export class MotionValue<T = unknown> {
  #value: T;
  readonly #listeners = new Set<(value: T) => void>();

  constructor(value: T) {
    this.#value = value;
  }

  get(): T {
    return this.#value;
  }

  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const listener of this.#listeners) listener(value);
  }

  on(_event: 'change', listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export function useMotionValue<T>(initial: T): MotionValue<T> {
  const [value] = useState(() => new MotionValue(initial));
  return value;
}

/** A value computed from another; follows it without React renders. */
export function useTransform<I, O>(source: MotionValue<I>, transform: (value: I) => O) {
  const [out] = useState(() => new MotionValue(transform(source.get())));
  useLayoutEffect(() => {
    out.set(transform(source.get()));
    return source.on('change', (value) => out.set(transform(value)));
  }, [source, transform, out]);
  return out;
}

const REDUCED = '(prefers-reduced-motion: reduce)';

function subscribeReduced(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useReducedMotion(): boolean | null {
  return useSyncExternalStore(
    subscribeReduced,
    () => window.matchMedia(REDUCED).matches,
    () => null,
  );
}

const TRANSFORMS: Record<string, (v: unknown) => string> = {
  x: (v) => `translateX(${typeof v === 'number' ? `${v}px` : String(v)})`,
  y: (v) => `translateY(${typeof v === 'number' ? `${v}px` : String(v)})`,
  scale: (v) => `scale(${String(v)})`,
  rotate: (v) => `rotate(${typeof v === 'number' ? `${v}deg` : String(v)})`,
};

type Style = Record<string, unknown>;
type Keyframe = Record<string, string | number>;

/** The transform for the style's transform keys (x, y, scale, rotate), in that order. */
function transformOf(style: Style): string | undefined {
  const parts: string[] = [];
  for (const [key, make] of Object.entries(TRANSFORMS)) {
    if (!(key in style)) continue;
    const raw = style[key];
    parts.push(make(raw instanceof MotionValue ? raw.get() : raw));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function kebab(key: string): string {
  return key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The style React renders: plain values as they are, motion values at their current value. */
function staticStyle(style: Style): Style {
  const out: Style = {};
  for (const [key, raw] of Object.entries(style)) {
    if (key in TRANSFORMS) continue;
    out[key] = raw instanceof MotionValue ? raw.get() : raw;
  }
  const transform = transformOf(style);
  if (transform) out.transform = transform;
  return out;
}

interface MotionProps {
  style?: Style;
  initial?: Keyframe | false;
  animate?: Keyframe;
  transition?: { duration?: number };
  [prop: string]: unknown;
}

function motionComponent(tag: string): ComponentType<MotionProps> {
  function Motion({ style = {}, initial, animate, transition, ...rest }: MotionProps) {
    const node = useRef<HTMLElement>(null);

    // Motion values write straight to the element (CSSOM: a strict CSP allows it).
    useLayoutEffect(() => {
      const el = node.current;
      if (!el) return;
      const apply = () => {
        const transform = transformOf(style);
        if (transform) el.style.transform = transform;
        for (const [key, raw] of Object.entries(style)) {
          if (raw instanceof MotionValue && !(key in TRANSFORMS)) {
            el.style.setProperty(kebab(key), String(raw.get()));
          }
        }
      };
      apply(); // a value may have moved between the render and now
      const offs = Object.values(style)
        .filter((v): v is MotionValue => v instanceof MotionValue)
        .map((v) => v.on('change', apply));
      return () => offs.forEach((off) => off());
    });

    // The entrance, once: from `initial` to `animate`.
    const entered = useRef(false);
    useLayoutEffect(() => {
      const el = node.current;
      if (entered.current || !el) return;
      entered.current = true;
      if (!initial || !animate || typeof el.animate !== 'function') return;
      el.animate([initial, animate], {
        duration: (transition?.duration ?? 0.3) * 1000,
        easing: 'ease-out',
      });
    });

    const Tag = tag as 'div';
    return <Tag {...rest} ref={node as RefObject<HTMLDivElement>} style={staticStyle(style)} />;
  }
  Motion.displayName = `motion.${tag}`;
  return Motion;
}

const components = new Map<string, ComponentType<MotionProps>>();

/** `motion.li`, `motion.div`, `motion.button`, …: made on first use, one per tag. */
export const motion = new Proxy({} as Record<string, ComponentType<MotionProps>>, {
  get(_, tag) {
    if (typeof tag !== 'string') return undefined;
    let component = components.get(tag);
    if (!component) {
      component = motionComponent(tag);
      components.set(tag, component);
    }
    return component;
  },
});
