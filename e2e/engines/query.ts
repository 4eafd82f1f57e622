/**
 * How a walk names what it looks for: a role and an accessible name, or visible text, as a user
 * would. Sent to the page as JSON, so regular expressions travel as source and flags.
 */
export interface Pattern {
  source: string;
  flags: string;
}

export interface Query {
  /** An element type, for what has no role: a <canvas>, an <iframe> (found by its title). */
  tag?: string;
  /** An ARIA role, explicit or implicit (a <button> is a button, a <section> with a name a region). */
  role?: string;
  /** The accessible name: whole and exact when a string. */
  name?: string | RegExp;
  /** Visible text of the innermost element holding it: whole and exact when a string. */
  text?: string | RegExp;
  /** Looked for only inside the first visible element matching this. */
  within?: Query;
  /** Matches hidden elements too (a closed dialog, a control in a collapsed panel). */
  hidden?: boolean;
}

export interface WireQuery {
  tag?: string;
  role?: string;
  name?: string | Pattern;
  text?: string | Pattern;
  within?: WireQuery;
  hidden?: boolean;
}

/** What a walk can know about an element without touching it. */
export interface Probe {
  name: string;
  text: string;
  /** The value of a form control (a <select>'s chosen option's value). */
  value: string | null;
  attributes: Record<string, string>;
  /** Whether it is the focused element, looking through shadow roots. */
  focused: boolean;
  /** For a <dialog>: open, and modal (it matches :modal). */
  open: boolean;
  modal: boolean;
  /** For a <canvas>: how many pixels are not transparent. */
  paintedPixels: number;
  width: number;
  height: number;
  /** Computed, so a walk can tell whether the element's own (constructed) stylesheet applies. */
  backgroundColor: string;
}

function toWire(p: string | RegExp): string | Pattern {
  return typeof p === 'string' ? p : { source: p.source, flags: p.flags };
}

export function serialize(q: Query): WireQuery {
  const out: WireQuery = {};
  if (q.tag) out.tag = q.tag;
  if (q.role) out.role = q.role;
  if (q.name !== undefined) out.name = toWire(q.name);
  if (q.text !== undefined) out.text = toWire(q.text);
  if (q.within) out.within = serialize(q.within);
  if (q.hidden) out.hidden = true;
  return out;
}

export function describe(q: Query): string {
  const parts: string[] = [];
  if (q.tag) parts.push(`<${q.tag}>`);
  if (q.role) parts.push(q.role);
  if (q.name !== undefined) parts.push(`named ${String(q.name)}`);
  if (q.text !== undefined) parts.push(`with text ${String(q.text)}`);
  const self = parts.join(' ');
  return q.within ? `${self} in ${describe(q.within)}` : self;
}
