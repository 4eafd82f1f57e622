/**
 * <tcp-handshake-sim>: the simulator as a custom element, for any documentation site.
 *
 *   <script src="/embed/tcp-handshake-sim.js"></script>
 *   <tcp-handshake-sim scenario="lost-final-ack" lang="ko" controls="minimal"></tcp-handshake-sim>
 *
 * Attributes: scenario, src, state, lang, autoplay, speed, controls, theme, height (each change
 * updates the live instance). Methods: play(), pause(), step(), reset(). Events (bubbling,
 * composed): tcpsim-ready, tcpsim-statechange, tcpsim-error. See docs/embedding.md.
 *
 * Each element has its own shadow root, its own store and its own React root; the styles are one
 * constructable stylesheet adopted by every shadow root (nothing is added to the host page).
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createTranslator, DICTIONARIES, LocaleProvider, matchLocale } from '../i18n';
import en from '../i18n/en';
import type { SimStore } from '../store';
import { problemMessage, type EmbedProblem, type Problem } from '../ui/Share/problems';
import { afterPaint, StartingNote } from '../ui/Starting/StartingNote';
import { EmbedView } from './EmbedView';
import { ATTRIBUTES, controlsLevel, heightOf, SOURCE_ATTRIBUTES, speedOf } from './options';
import { simulatorSheet } from './shadowStyles';
import { loadSource } from './source';
import { setDefaultRunner, workerOr } from '../worker/runner';
import { slicedRunner } from '../worker/localRunners';
import { makeEmbedWorker } from './workerUrl';

// Each element's runs are computed in a worker beside this script (workerUrl.ts); without one,
// on the page a slice at a time (in this build, localRunners is scriptRunners.ts).
setDefaultRunner(workerOr(makeEmbedWorker, slicedRunner));

export const TAG = 'tcp-handshake-sim';

export interface StateChangeDetail {
  socket: string;
  /** The scenario's name for the socket (`c1`), when it has one. */
  name?: string;
  from: string;
  to: string;
  host: string;
  /** Simulated seconds. */
  t: number;
}

export interface ErrorDetail {
  code: EmbedProblem['code'];
  message: string;
}

export interface ReadyDetail {
  scenario: string;
  builtin: string | null;
  duration: number;
}

export class TcpHandshakeSimElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  readonly #shadow: ShadowRoot;
  #root: Root | null = null;
  #container: HTMLDivElement | null = null;
  #store: SimStore | null = null;
  #unsubscribe: (() => void) | null = null;
  #loadId = 0;
  #shareLang: string | undefined;
  #problems: Problem[] = [];
  #pendingPlay = false;
  #ready = false;
  #loadQueued = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [simulatorSheet()];
  }

  /** True once the scenario runs and is drawn (after each load). */
  get ready(): boolean {
    return this.#ready;
  }

  play(): void {
    if (this.#store) this.#store.getState().play();
    else this.#pendingPlay = true;
  }

  pause(): void {
    this.#pendingPlay = false;
    this.#store?.getState().pause();
  }

  /** One event forward (and paused). */
  step(): void {
    this.#store?.getState().stepForward();
  }

  /** Back to the start of the scenario, forgetting recorded actions. */
  reset(): void {
    this.#store?.getState().reset();
  }

  connectedCallback(): void {
    if (!this.#container) {
      this.#container = document.createElement('div');
      this.#shadow.append(this.#container);
    }
    if (!this.#root) this.#root = createRoot(this.#container);
    if (this.#store) {
      this.#subscribe(this.#store);
      this.#render();
    } else {
      void this.#load();
    }
  }

  disconnectedCallback(): void {
    this.#store?.getState().pause();
    // Moving the element fires disconnect then connect: tear down only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#unsubscribe?.();
      this.#unsubscribe = null;
      this.#root?.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.#root) return;
    if (SOURCE_ATTRIBUTES.has(name)) this.#queueLoad();
    else if (name === 'speed') {
      const speed = speedOf(value);
      if (speed !== null) this.#store?.getState().setSpeed(speed);
    } else if (name === 'autoplay') {
      if (value !== null) this.play();
    } else if (name !== 'theme') this.#render(); // theme is pure CSS (:host([theme]))
  }

  #locale(): string {
    const own = this.getAttribute('lang');
    const page = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    const wanted = [own, this.#shareLang, page, ...navigator.languages].filter(
      (l): l is string => !!l,
    );
    return matchLocale(wanted);
  }

  /** Several source attributes changed together (remove one, set another): load once. */
  #queueLoad(): void {
    if (this.#loadQueued) return;
    this.#loadQueued = true;
    queueMicrotask(() => {
      this.#loadQueued = false;
      if (this.#root) void this.#load();
    });
  }

  async #load(): Promise<void> {
    const loadId = ++this.#loadId;
    this.#ready = false;
    if (!this.#store && this.#root) {
      // The first run happens before anything is drawn: a heavy one takes seconds.
      this.#root.render(
        createElement(LocaleProvider, {
          locale: this.#locale(),
          children: createElement(StartingNote),
        }),
      );
      await afterPaint();
      if (loadId !== this.#loadId) return;
    }
    const loaded = await loadSource(
      {
        state: this.getAttribute('state'),
        src: this.getAttribute('src'),
        scenario: this.getAttribute('scenario'),
      },
      { base: document.baseURI, origin: window.location.origin },
    );
    if (loadId !== this.#loadId) return; // a newer load started meanwhile
    this.#store?.getState().pause();
    this.#shareLang = loaded.lang;
    this.#problems = loaded.problems.map((problem) => ({ kind: 'embed', problem }));
    const store = loaded.store;
    const speed = speedOf(this.getAttribute('speed'));
    if (speed !== null) store.getState().setSpeed(speed);
    this.#store = store;
    if (this.isConnected) this.#subscribe(store);
    this.#render();
  }

  #subscribe(store: SimStore): void {
    this.#unsubscribe?.();
    // State changes as playback passes them (forward only, like the live region).
    this.#unsubscribe = store.subscribe((s, prev) => {
      if (s.index !== prev.index || !(s.time > prev.time)) return;
      for (const e of s.index.stateEventsBetween(prev.time, s.time)) {
        const detail: StateChangeDetail = {
          socket: e.socket,
          from: e.from,
          to: e.to,
          host: e.host,
          t: e.t,
        };
        if (e.name) detail.name = e.name;
        this.#emit('tcpsim-statechange', detail);
      }
    });
  }

  #render(): void {
    const store = this.#store;
    if (!this.#root || !store) return;
    this.#root.render(
      createElement(EmbedView, {
        store,
        loadId: this.#loadId,
        locale: this.#locale(),
        controls: controlsLevel(this.getAttribute('controls')),
        height: heightOf(this.getAttribute('height')),
        problems: this.#problems,
        onDismiss: this.#dismiss,
        onRendered: this.#rendered,
      }),
    );
  }

  readonly #dismiss = (index: number): void => {
    this.#problems = this.#problems.filter((_, i) => i !== index);
    this.#render();
  };

  readonly #rendered = (loadId: number): void => {
    if (loadId !== this.#loadId || this.#ready || !this.#store) return;
    const store = this.#store;
    if (store.getState().run.status === 'computing') {
      // Ready means the run is all there (the worker streams it in): its duration is known.
      const off = store.subscribe((next) => {
        if (next.run.status === 'computing') return;
        off();
        this.#rendered(loadId);
      });
      return;
    }
    this.#ready = true;
    const s = store.getState();
    if (this.#pendingPlay || this.hasAttribute('autoplay')) {
      this.#pendingPlay = false;
      s.play();
    }
    const locale = this.#locale();
    const t = createTranslator(DICTIONARIES[locale] ?? en, en);
    const errors: ErrorDetail[] = [];
    for (const p of this.#problems) {
      if (p.kind === 'embed') errors.push({ code: p.problem.code, message: problemMessage(t, p) });
    }
    const ready: ReadyDetail = {
      scenario: s.builtinId ?? s.scenario.title ?? '',
      builtin: s.builtinId,
      duration: s.duration,
    };
    const announce = () => {
      if (loadId !== this.#loadId) return;
      for (const detail of errors) this.#emit('tcpsim-error', detail);
      this.#emit('tcpsim-ready', ready);
    };
    // While the page is still being parsed its own scripts (modules, scripts at the end of the
    // body) have not added their listeners yet: tell them once they have.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', announce, { once: true });
    } else announce();
  };

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    [TAG]: TcpHandshakeSimElement;
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, TcpHandshakeSimElement);
