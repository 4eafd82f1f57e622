/**
 * Moving parts between two ticks of the clock: an element's style property is set for the time
 * now, and handed to the browser's animation engine (Web Animations) for the way to the glide's
 * end. Transforms and clip-path insets run on the compositor, so a moving "now" line or a chip
 * gliding across the wire costs the page's thread nothing until the next tick.
 */
import type { Glide } from './liveTime';

type Animatable = Element & { style: CSSStyleDeclaration };

/**
 * A glide shorter than this (wall ms) is not worth an animation: the next tick comes within a
 * frame or two anyway, and in a dense run (a flood) starting animations every frame would cost
 * more than it saves.
 */
const MIN_GLIDE_MS = 50;
type Property = 'transform' | 'clipPath';

const running = new WeakMap<Element, Animation>();
/**
 * The glides not finished yet. One whose element left the page (an arrow landed, a chip left the
 * wire) must be stopped: the browser would otherwise go on running it on the page's thread,
 * every frame, until its end.
 */
const moving = new Set<Animation>();

/** Sorted times from `from` to `to`, with any of `breaks` in between (a bent time scale's knees). */
function sampleTimes(from: number, to: number, breaks: readonly number[]): number[] {
  const times = [from];
  for (const b of breaks) if (b > from && b < to) times.push(b);
  times.push(to);
  return times;
}

/**
 * Sets `property` to `at(time)` and, when time glides, animates it along `at` to the glide's end
 * (straight between `breaks`, the times where `at` bends). Any earlier glide of the element stops.
 * Without a glide, or where the engine has no Web Animations (unit tests), the element just sits
 * where `at(time)` puts it until the next call.
 */
export function glideStyle(
  el: Animatable,
  property: Property,
  at: (t: number) => string,
  time: number,
  glide: Glide | null,
  breaks: readonly number[] = [],
): void {
  stopGlide(el);
  const now = at(time);
  if (el.style[property] !== now) el.style[property] = now;
  if (!glide || !(glide.to > time) || typeof el.animate !== 'function') return;
  const span = glide.to - time;
  const duration = (span / glide.speed) * 1000;
  if (duration < MIN_GLIDE_MS) return;
  const times = sampleTimes(time, glide.to, breaks);
  const frames = times.map((t) => ({ [property]: at(t), offset: (t - time) / span }));
  const animation = el.animate(frames, {
    duration,
    easing: 'linear',
    fill: 'forwards',
  });
  running.set(el, animation);
  moving.add(animation);
  animation.onfinish = () => moving.delete(animation);
  // A glide is cancelled whenever a tick sends a new one: not an error (the promise is rejected).
  animation.finished?.catch(() => {});
}

/** Stops the glides of elements no longer on the page; the clock calls it on each tick. */
export function sweepGlides(): void {
  for (const animation of moving) {
    const target = (animation.effect as KeyframeEffect | null)?.target;
    if (target?.isConnected) continue;
    animation.cancel();
    moving.delete(animation);
  }
}

/** Stops an element's glide, leaving it where its style puts it. */
export function stopGlide(el: Element): void {
  const animation = running.get(el);
  if (!animation) return;
  animation.cancel();
  moving.delete(animation);
  running.delete(el);
}
