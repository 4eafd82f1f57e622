/**
 * Runs inside the page under test (bundled to one script by bundle.ts and evaluated by the
 * driver, which the page's CSP does not govern). It finds elements as a user perceives them:
 * by role and accessible name (dom-accessibility-api, the computation Testing Library uses),
 * looking into open shadow roots, so the walks never depend on CSS classes or layout.
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { Pattern, Probe, WireQuery } from './query';

function* everyElement(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everyElement(el.shadowRoot);
  }
}

function matches(value: string, wanted: string | Pattern): boolean {
  if (typeof wanted === 'string') return value === wanted;
  return new RegExp(wanted.source, wanted.flags).test(value);
}

function normalised(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function visible(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true }))
    return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

function textOf(el: Element): string {
  return normalised(el instanceof HTMLElement ? el.innerText || el.textContent : el.textContent);
}

function holdsText(el: Element, wanted: string | Pattern): boolean {
  if (!matches(textOf(el), wanted)) return false;
  // The innermost such element: none of its children says the same on its own.
  for (const child of el.children) if (matches(textOf(child), wanted)) return false;
  return true;
}

function accepts(el: Element, q: WireQuery): boolean {
  if (q.tag && el.localName !== q.tag) return false;
  if (q.role && getRole(el) !== q.role) return false;
  if (q.text !== undefined && !holdsText(el, q.text)) return false;
  if (q.name !== undefined && !matches(normalised(computeAccessibleName(el)), q.name)) return false;
  return q.hidden ? true : visible(el);
}

export function find(q: WireQuery): Element | null {
  let scope: Document | Element = document;
  if (q.within) {
    const outer = find(q.within);
    if (!outer) return null;
    scope = outer;
  }
  if (scope instanceof Element && scope.shadowRoot) {
    for (const el of everyElement(scope.shadowRoot)) if (accepts(el, q)) return el;
  }
  for (const el of everyElement(scope)) if (accepts(el, q)) return el;
  return null;
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function paintedPixels(el: Element): number {
  if (!(el instanceof HTMLCanvasElement) || el.width === 0 || el.height === 0) return 0;
  const data = el.getContext('2d')?.getImageData(0, 0, el.width, el.height).data;
  let painted = 0;
  if (data) for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted;
}

export function probe(el: Element): Probe {
  const attributes: Record<string, string> = {};
  for (const a of el.attributes) attributes[a.name] = a.value;
  const box = el.getBoundingClientRect();
  const control = el as Partial<HTMLInputElement>;
  return {
    name: normalised(computeAccessibleName(el)),
    text: textOf(el),
    value: typeof control.value === 'string' ? control.value : null,
    attributes,
    focused: deepActiveElement() === el,
    open: el instanceof HTMLDialogElement && el.open,
    modal: el instanceof HTMLDialogElement && el.matches(':modal'),
    paintedPixels: paintedPixels(el),
    width: box.width,
    height: box.height,
    backgroundColor: getComputedStyle(el).backgroundColor,
  };
}

/** The value of the option of a <select> whose visible label is `label`, or null. */
export function optionValue(el: Element, label: string): string | null {
  if (!(el instanceof HTMLSelectElement)) return null;
  for (const option of el.options) if (normalised(option.label) === label) return option.value;
  return null;
}

/** Errors and CSP violations the page reported after this script first ran in it. */
const seen: string[] = [];
addEventListener('error', (e) => seen.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) =>
  seen.push(`unhandled rejection: ${String(e.reason)}`),
);
document.addEventListener('securitypolicyviolation', (e) =>
  seen.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
);
export function problems(): string[] {
  return seen.slice();
}
