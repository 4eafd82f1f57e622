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
 *
 * An element runs its scenario only once it comes near the viewport (IntersectionObserver): a
 * page of twenty port-exhaustion simulators used to run all twenty at load (61 s, 3.79 GB). Until
 * then it holds a placeholder as tall as it will be, so the ones further down stay out of view.
 * `loading="eager"` starts it at once.
 */
import { createElement, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  createTranslator,
  loadedDictionary,
  LocaleProvider,
  matchLocale,
  useLocale,
} from '../i18n';
import { loadLanguage } from '../teach/loadLanguage';
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

/** The note an element shows until it comes near the viewport and starts. */
function WaitingNote({ minHeight }: { minHeight: string }) {
  const { t } = useLocale();
  const style = { minHeight, margin: 0 };
  return createElement('p', { className: 'tcpsim tcpsim-starting', style }, t('simulator.waiting'));
}

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
  #observer: IntersectionObserver | null = null;

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
      this.#whenNear(() => void this.#load());
    }
  }

  /** Runs `start` once the element is within a screen's height of the viewport. */
  #whenNear(start: () => void): void {
    this.#observer?.disconnect();
    this.#observer = null;
    if (typeof IntersectionObserver === 'undefined' || this.getAttribute('loading') === 'eager') {
      start();
      return;
    }
    this.#root?.render(this.#placeholder());
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting) || this.#observer !== observer) return;
        observer.disconnect();
        this.#observer = null;
        start();
      },
      { rootMargin: '100% 0px' },
    );
    this.#observer = observer;
    observer.observe(this);
  }

  /** What stands in the simulator's place until it starts: its height, and a word why. */
  #placeholder(): ReactNode {
    const minHeight = heightOf(this.getAttribute('height')) ?? '24rem';
    return createElement(LocaleProvider, {
      locale: this.#locale(),
      children: createElement(WaitingNote, { minHeight }),
    });
  }

  disconnectedCallback(): void {
    this.#store?.getState().pause();
    // Moving the element fires disconnect then connect: tear down only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#observer?.disconnect();
      this.#observer = null;
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
      // Not started yet: it will load what the attributes say once it comes near.
      if (this.#root && !this.#observer) void this.#load();
    });
  }

  async #load(): Promise<void> {
    const loadId = ++this.#loadId;
    this.#ready = false;
    // The page's language first (fetched once), so that nothing is drawn in English before it.
    await loadLanguage(this.#locale());
    if (loadId !== this.#loadId) return;
    if (!this.#store && this.#root) {
      // The first run happens before anything is drawn: a heavy one takes seconds.
      flushSync(() =>
        this.#root!.render(
          createElement(LocaleProvider, {
            locale: this.#locale(),
            children: createElement(StartingNote),
          }),
        ),
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
    const t = createTranslator(loadedDictionary(locale) ?? en, en);
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
