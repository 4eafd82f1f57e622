/**
 * The user walks every engine must pass: the app, the custom element on a host page under the
 * strict CSP, and the iframe embed. Written against roles and visible names only, in the words of
 * the dictionaries, so a layout change does not break them and a broken feature does.
 */
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import zhCN from '../../src/i18n/zh-CN';
import type { Dictionary } from '../../src/i18n/dictionary';
import { shareBarStrings } from '../../src/ui/Share/strings';
import type { Engine, Page } from './driver';
import type { Probe, Query } from './query';
import { User } from './user';

/** lost-final-ack at 2.13 s, in Korean (the link docs/embedding.md shows). */
export const SHARE_STATE = 'v1.q1ZKVLKKjtVRKlGyMtIzNNZRSlKyUsrJLy7RTcvMS8zRTUzOVtJRygEKZucr1QIA';

const CLOCK = /^\d[\d,]*\.\d{3}\s?(s|초|秒)$/;

/** The seconds a clock shows ("1,023.800 s", "2.130초"). */
function seconds(p: Probe): number {
  return Number(p.text.replace(/[^\d.]/g, ''));
}

/** One simulator as a user finds it: by its region's name, inside a scope. */
class Sim {
  readonly root: Query;
  constructor(
    readonly dict: Dictionary,
    within?: Query,
  ) {
    this.root = { role: 'region', name: dict['simulator.label'], ...(within ? { within } : {}) };
  }
  get playback(): Query {
    return { role: 'region', name: this.dict['playback.label'], within: this.root };
  }
  get clock(): Query {
    return { text: CLOCK, within: this.playback };
  }
  button(name: string | RegExp): Query {
    return { role: 'button', name, within: this.root };
  }
  get play(): Query {
    return this.button(this.dict['playback.play']);
  }
  get pause(): Query {
    return this.button(this.dict['playback.pause']);
  }
  get next(): Query {
    return this.button(this.dict['playback.stepForward']);
  }
  get previous(): Query {
    return this.button(this.dict['playback.stepBack']);
  }
  host(name: 'client' | 'server'): Query {
    return { role: 'region', name, within: this.root };
  }
  get wire(): Query {
    return { role: 'region', name: this.dict['wire.label'], within: this.root };
  }
}

export interface Walk {
  name: string;
  /** Resolves with a note on what this engine did where engines may differ. */
  run(page: Page, base: string): Promise<string | void>;
}

async function playThenPause(user: User, sim: Sim): Promise<void> {
  const before = seconds(await user.see(sim.clock));
  await user.click(sim.play);
  await user.see(sim.clock, (p) => seconds(p) > before, 'to move on');
  // A short scenario may reach its end and stop by itself; otherwise pause it.
  if (await user.seesNow(sim.pause)) {
    await user.click(sim.pause);
  }
  await user.see(sim.play);
}

/** Presses Next event until the client's panel says `state`. */
async function stepUntil(user: User, sim: Sim, host: 'client' | 'server', state: string) {
  const shows = { text: state, within: sim.host(host) };
  for (let i = 0; i < 40; i++) {
    const before = seconds(await user.see(sim.clock));
    if (await user.seesNow(shows)) return;
    await user.click(sim.next);
    await user.see(sim.clock, (p) => seconds(p) > before, 'to step forward');
  }
  await user.see(shows);
}

const app: Walk = {
  name: 'the app: a built-in, play, step, drop a segment, seek back, presenter mode, a share link',
  async run(page, base) {
    await page.goto(`${base}/?scenario=no-listener`);
    const user = new User(page);
    const sim = new Sim(en);
    await user.see({ role: 'heading', name: en['scenario.no-listener.title'], within: sim.root });

    // A built-in from the picker.
    const title = en['scenario.handshake-and-close.title'];
    await user.choose({ role: 'combobox', name: en['picker.label'], within: sim.root }, title);
    await user.see({ role: 'heading', name: title, within: sim.root });
    await user.see(sim.clock, (p) => p.text === '0.000 s');

    await playThenPause(user, sim);

    // Back to the start with the keyboard on the timeline.
    await user.click({ role: 'slider', name: en['playback.timeline'], within: sim.root });
    await user.press('Home');
    await user.see(sim.clock, (p) => p.text === '0.000 s', 'back at the start');

    // Step: the client's SYN goes out.
    await user.click(sim.next);
    await user.see(sim.clock, (p) => p.text === '0.100 s');
    await user.see({ text: 'SYN_SENT', within: sim.host('client') });

    // Drop it: a click on the segment in flight.
    const syn = /^SYN, SEQ \d+, from client, in flight/;
    await user.click({ role: 'button', name: syn, within: sim.wire });
    await user.see({ role: 'img', name: /^SYN, SEQ \d+, from client, lost/, within: sim.wire });
    // What was recorded is one click away, in the "Do something" tab under the ladder.
    await user.click({ role: 'tab', name: 'Do something', within: sim.root });
    await user.see({ text: 'Recorded actions: 1', within: sim.root });
    // Back to the scenario's card, where a picked scenario's title shows.
    await user.click({ role: 'tab', name: 'This scenario', within: sim.root });

    // Copy a link to this moment: to the clipboard where the browser allows it, otherwise into a
    // field to copy by hand (then the walk opens it at the end).
    const shareBar: Query = { role: 'group', name: shareBarStrings.en['share.toolbar'] };
    await user.click({ role: 'button', name: shareBarStrings.en['share.copy'], within: shareBar });
    const copied = await user.seeOneOf([
      { text: shareBarStrings.en['share.copied'], within: shareBar },
      { role: 'textbox', name: shareBarStrings.en['share.manual'], within: shareBar },
    ]);
    const manualLink = copied.index === 1 ? copied.probe.value : null;
    const linkedClock = (await user.see(sim.clock)).text;

    // The SYN is sent again and the handshake completes after all.
    await stepUntil(user, sim, 'client', 'ESTABLISHED');
    const established = seconds(await user.see(sim.clock));
    if (established < 1) throw new Error(`ESTABLISHED at ${established} s: the drop did not count`);

    // Seek back one event.
    await user.click(sim.previous);
    await user.see(sim.clock, (p) => seconds(p) < established, 'to go back');

    // Presenter mode and its shortcuts in a modal <dialog>; Esc closes it.
    await user.click(sim.button(en['learn.presenter']));
    await user.see(
      sim.button(en['learn.presenter']),
      (p) => p.attributes['aria-pressed'] === 'true',
    );
    await user.press('?');
    const dialog: Query = { role: 'dialog', name: en['help.title'] };
    await user.see(dialog, (p) => p.open && p.modal, 'open and modal');
    await user.press('Escape');
    await user.notSee(dialog);
    // Focus goes back where it was, and the shortcuts work from there.
    await user.see(sim.button(en['learn.presenter']), (p) => p.focused, 'focused again');
    const beforeKey = seconds(await user.see(sim.clock));
    await user.press('ArrowRight');
    await user.see(sim.clock, (p) => seconds(p) > beforeKey, 'to step forward with →');

    // Many segments are dots on a canvas.
    await user.click(sim.button(en['learn.presenter']));
    await user.choose(
      { role: 'combobox', name: en['picker.label'], within: sim.root },
      en['scenario.syn-flood.title'],
    );
    await user.see({ role: 'heading', name: en['scenario.syn-flood.title'], within: sim.root });
    // The run is computed in a worker (a progress bar says how far); a seek past what is computed
    // waits at its edge, so the walk lets it finish, as a reader would see it do.
    await user.notSee({ role: 'progressbar', within: sim.root });
    await user.click({ role: 'slider', name: en['playback.timeline'], within: sim.root });
    await user.see(
      { tag: 'canvas', within: sim.wire },
      (p) => p.paintedPixels > 0,
      'with dots drawn',
    );

    if (manualLink !== null) {
      if (!/#v1\.[\w-]+$/.test(manualLink)) throw new Error(`not a share link: ${manualLink}`);
      await page.goto(manualLink);
      await user.see(sim.clock, (p) => p.text === linkedClock, `at ${linkedClock}`);
      await user.click({ role: 'tab', name: 'Do something', within: sim.root });
      await user.see({ text: 'Recorded actions: 1', within: sim.root });
    }

    // A share link (deflate-raw, inflated by DecompressionStream) opens its moment, in Korean.
    await page.goto(`${base}/#${SHARE_STATE}`);
    const korean = new Sim(ko);
    await user.see(korean.clock, (p) => p.text === '2.130초');
    await user.see(
      { role: 'combobox', name: ko['picker.label'], within: korean.root },
      (p) => p.value === 'lost-final-ack',
    );
    return manualLink === null
      ? 'Copy link: copied to the clipboard'
      : 'Copy link: no clipboard, the link shown to copy by hand (opened)';
  },
};

const element: Walk = {
  name: 'the custom element on a host page under the strict CSP',
  async run(page, base) {
    await page.goto(`${base}/examples/embed.html`);
    const user = new User(page);
    const first = new Sim(en, { role: 'region', name: 'The handshake, in English' });
    const second = new Sim(ko, { role: 'region', name: '마지막 ACK가 사라질 때' });

    // Its own stylesheet (constructed, adopted by the shadow root) applies; the theme switches it.
    // The root is the canvas behind the panels (--tcpsim-canvas): #eef1f5 light, #0b0d10 dark.
    await user.see(first.root, (p) => p.backgroundColor === 'rgb(238, 241, 245)');
    await page.setAttribute('#first', 'theme', 'dark');
    await user.see(first.root, (p) => p.backgroundColor === 'rgb(11, 13, 16)', 'dark');
    await page.setAttribute('#first', 'theme', 'light');

    await playThenPause(user, first);
    const at = seconds(await user.see(first.clock));
    await user.click(first.next);
    await user.see(first.clock, (p) => seconds(p) > at, 'to step forward');

    // The second, in Korean with minimal controls, plays on its own.
    const secondAt = seconds(await user.see(second.clock));
    await user.click(second.play);
    await user.see(second.clock, (p) => seconds(p) > secondAt, 'to move on');
    await user.see(first.clock, (p) => seconds(p) > at, 'unmoved by the second');

    // The shortcuts dialog opens modal inside the shadow root.
    await user.click(first.next);
    await user.press('?');
    const dialog: Query = { role: 'dialog', name: en['help.title'], within: first.root };
    await user.see(dialog, (p) => p.open && p.modal, 'open and modal');
    await user.press('Escape');
    await user.notSee(dialog);
    await user.see(first.next, (p) => p.focused, 'focused again');
    const beforeKey = seconds(await user.see(first.clock));
    await user.press('ArrowRight');
    await user.see(first.clock, (p) => seconds(p) > beforeKey, 'to step forward with →');

    // A share link given as the element's state: inflated, opened at its moment and language.
    await page.setAttribute('#first', 'state', SHARE_STATE);
    const korean = new Sim(ko, { role: 'region', name: 'The handshake, in English' });
    await user.see(korean.clock, (p) => p.text === '2.130초');
  },
};

const iframe: Walk = {
  name: 'the iframe embed',
  async run(page, base) {
    await page.goto(`${base}/examples/embed.html`);
    const top = new User(page);
    const frame: Query = {
      tag: 'iframe',
      name: 'TCP 连接模拟器：连接到没有监听的端口',
    };
    const inside = await top.inFrame(frame);
    const sim = new Sim(zhCN);
    // Minimal controls: the play button, no picker.
    await inside.see(sim.play);
    if (await inside.seesNow({ role: 'combobox', name: zhCN['picker.label'], within: sim.root }))
      throw new Error('controls=minimal shows the scenario picker');
    await playThenPause(inside, sim);
    // The frame reports its height and the page sizes the iframe to it.
    const rootHeight = (await inside.see(sim.root)).height;
    await top.see(
      frame,
      (p) => p.height >= rootHeight,
      `at least as tall as its simulator (${rootHeight}px)`,
    );
  },
};

export const WALKS: readonly Walk[] = [app, element, iframe];

/** Runs every walk in one engine; a walk's failure does not stop the others. */
export async function walkAll(engine: Engine, base: string, log: (line: string) => void) {
  let failed = 0;
  for (const walk of WALKS) {
    const page = await engine.newPage();
    try {
      const note = await walk.run(page, base);
      const problems = [...(await page.problems()), ...engine.consoleErrors()];
      if (problems.length > 0) throw new Error(`the page reported: ${problems.join('; ')}`);
      log(`  ✓ ${walk.name}${note ? ` (${note})` : ''}`);
    } catch (e) {
      failed++;
      log(`  ✗ ${walk.name}\n      ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return failed;
}
