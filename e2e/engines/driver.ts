/**
 * What a walk needs from a browser, whatever drives it: Puppeteer over CDP (Chromium) or WebDriver
 * BiDi (Firefox), or classic WebDriver (WebKitGTK). Every method takes one look and acts at once;
 * waiting for a state is the walk's business (user.ts).
 */
import type { Probe, WireQuery } from './query';

/** Keys a walk presses, by their names in the UI Events KeyboardEvent.key list. */
export type KeyName = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'Escape' | 'Tab' | string;

/** A document: the page, or a frame in it. */
export interface Surface {
  /** The first visible element matching q, described; null when there is none yet. */
  probe(q: WireQuery): Promise<Probe | null>;
  /** Clicks it as a user does (a real pointer event at its centre); false when not found. */
  click(q: WireQuery): Promise<boolean>;
  /** Chooses the option with this label in a <select>; false when either is not found. */
  choose(q: WireQuery, label: string): Promise<boolean>;
  /** Presses a key, sent to whatever has focus. */
  press(key: KeyName): Promise<void>;
  /** The document inside the iframe matching q; null when there is none yet. */
  frame(q: WireQuery): Promise<Surface | null>;
  /** What a host page's own script does: set (or remove, with null) an attribute of an element. */
  setAttribute(css: string, name: string, value: string | null): Promise<void>;
  /** Errors and CSP violations this document reported (see inPage.ts). */
  problems(): Promise<string[]>;
}

export interface Page extends Surface {
  goto(url: string): Promise<void>;
}

export interface Engine {
  /** As the README and docs/embedding.md name it: "Firefox ESR 153.8.0esr". */
  readonly description: string;
  newPage(): Promise<Page>;
  /** Messages the browser logged as errors (where the protocol reports them). */
  consoleErrors(): string[];
  close(): Promise<void>;
}
