/**
 * One constructable stylesheet shared by every <tcp-handshake-sim> on the page (a sheet may be
 * adopted by many shadow roots). It holds the element's own rules (host.css) and the app's CSS as
 * the components import it, adapted to a shadow root:
 *
 * - `:where(.tcpsim)`, where the theme declares its custom properties, becomes `:host`, so that a
 *   page's `tcp-handshake-sim { --tcpsim-… }` wins (the outer page's rules beat `:host` rules).
 * - `@media (prefers-color-scheme: dark)` blocks also answer the `theme` attribute: `dark` forces
 *   them on, `light` off, `auto` follows the reader's system.
 * - `rem` becomes `var(--tcpsim-rem)` (16px by default): a page with `html { font-size: 62.5% }`
 *   does not shrink the simulator.
 * - `@media (max-width: …)` becomes a container query: the layout follows the width the page
 *   gives the element, not the window's.
 *
 * No <style> element is created anywhere: the text goes through `replaceSync`, which a strict
 * Content-Security-Policy allows.
 */
import hostCss from './host.css?inline';
import { collectedCss, onCssAdded } from './cssRegistry';

const DARK = /^\(\s*prefers-color-scheme:\s*dark\s*\)$/;
const LIGHT = /^\(\s*prefers-color-scheme:\s*light\s*\)$/;
const WIDTH =
  /^\(\s*(max|min)-width:\s*[\d.]+(px|em|rem)\s*\)(\s+and\s+\(\s*(max|min)-width:\s*[\d.]+(px|em|rem)\s*\))*$/;
const THEME_ROOT = ':where(.tcpsim)';

/** `1.5rem` → `calc(1.5 * var(--tcpsim-rem))`, only inside declarations. */
export function remToVar(declarations: string): string {
  return declarations.replace(
    /(^|[\s(,:+*/-])(\d*\.?\d+)rem\b/g,
    (_, before: string, n: string) => `${before}calc(${n} * var(--tcpsim-rem))`,
  );
}

/** Splits a selector list on its top-level commas. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

/** `host` is the `:host(…)` a selector now hangs from; null keeps selectors as they are. */
function mapSelector(list: string, host: string | null): string {
  return splitSelectors(list)
    .map((s) => (s === THEME_ROOT ? (host ?? ':host') : host ? `${host} ${s}` : s))
    .join(', ');
}

function serialize(rules: CSSRuleList, host: string | null): string {
  let out = '';
  for (const rule of Array.from(rules)) out += serializeRule(rule, host);
  return out;
}

function serializeRule(rule: CSSRule, host: string | null): string {
  if (rule instanceof CSSStyleRule) {
    if (rule.cssRules.length > 0) return rule.cssText; // nested CSS: left as written
    return `${mapSelector(rule.selectorText, host)} { ${remToVar(rule.style.cssText)} }\n`;
  }
  if (rule instanceof CSSMediaRule) {
    const condition = rule.conditionText.trim();
    const dark = DARK.test(condition);
    if (dark || LIGHT.test(condition)) {
      const scheme = dark ? 'dark' : 'light';
      const other = dark ? 'light' : 'dark';
      const follows = `:host(:not([theme='${other}']))`;
      const forced = `:host([theme='${scheme}'])`;
      return (
        `@media ${condition} { ${serialize(rule.cssRules, host ?? follows)} }\n` +
        serialize(rule.cssRules, host ?? forced)
      );
    }
    const at = WIDTH.test(condition) ? '@container' : '@media';
    return `${at} ${condition} { ${serialize(rule.cssRules, host)} }\n`;
  }
  return `${rule.cssText}\n`;
}

/** The app's CSS text, adapted to a shadow root (see the top of this file). */
export function adaptCss(text: string): string {
  const scratch = new CSSStyleSheet();
  scratch.replaceSync(text);
  return serialize(scratch.cssRules, null);
}

let shared: CSSStyleSheet | null = null;
let adopted = 0;

function build(sheet: CSSStyleSheet): void {
  const all = [hostCss, ...collectedCss().map((e) => e.text)].join('\n');
  adopted = collectedCss().length;
  sheet.replaceSync(adaptCss(all));
}

/** The sheet to adopt; it grows by itself when a lazy view brings more CSS. */
export function simulatorSheet(): CSSStyleSheet {
  if (shared) return shared;
  const sheet = new CSSStyleSheet();
  build(sheet);
  onCssAdded(() => {
    if (collectedCss().length !== adopted) build(sheet);
  });
  shared = sheet;
  return sheet;
}
