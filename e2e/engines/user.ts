/**
 * A user in front of one document: looks for things by role and name, waits until the page shows
 * a state (never for a length of time), then acts. A wait that never comes true fails after a
 * generous ceiling with what it was waiting for; the ceiling only decides how long a broken page
 * takes to be reported, never whether a working one passes.
 */
import type { KeyName, Surface } from './driver';
import { describe, serialize, type Probe, type Query } from './query';

const CEILING_MS = Number(process.env.ENGINE_WAIT_MS ?? 90_000);

export class WaitFailed extends Error {}

export class User {
  constructor(readonly surface: Surface) {}

  /** Waits until something matches q (and `holds`), and returns what it shows. */
  async see(q: Query, holds: (p: Probe) => boolean = () => true, what = ''): Promise<Probe> {
    const wire = serialize(q);
    const deadline = Date.now() + CEILING_MS;
    for (;;) {
      const last = await this.surface.probe(wire);
      if (last && holds(last)) return last;
      if (Date.now() > deadline) {
        const shown = last
          ? `it shows ${JSON.stringify({ name: last.name, text: last.text.slice(0, 120), value: last.value })}`
          : 'none is shown';
        throw new WaitFailed(`waited for ${describe(q)}${what ? ` ${what}` : ''}: ${shown}`);
      }
      await pause();
    }
  }

  /** One look, no waiting: is something matching q shown right now? */
  async seesNow(q: Query): Promise<boolean> {
    return (await this.surface.probe(serialize(q))) !== null;
  }

  /** Waits until one of several outcomes shows (engines may differ, say, in having a clipboard). */
  async seeOneOf(qs: readonly Query[]): Promise<{ index: number; probe: Probe }> {
    const wire = qs.map(serialize);
    const deadline = Date.now() + CEILING_MS;
    for (;;) {
      for (let index = 0; index < wire.length; index++) {
        const probe = await this.surface.probe(wire[index]!);
        if (probe) return { index, probe };
      }
      if (Date.now() > deadline)
        throw new WaitFailed(`waited for one of ${qs.map(describe).join('; ')}`);
      await pause();
    }
  }

  /** Waits until nothing visible matches q. */
  async notSee(q: Query): Promise<void> {
    const wire = serialize(q);
    const deadline = Date.now() + CEILING_MS;
    while (await this.surface.probe(wire)) {
      if (Date.now() > deadline) throw new WaitFailed(`waited for ${describe(q)} to go away`);
      await pause();
    }
  }

  async click(q: Query): Promise<void> {
    await this.until(() => this.surface.click(serialize(q)), `to click ${describe(q)}`);
  }

  async choose(q: Query, label: string): Promise<void> {
    await this.until(
      () => this.surface.choose(serialize(q), label),
      `to choose "${label}" in ${describe(q)}`,
    );
  }

  async press(key: KeyName): Promise<void> {
    await this.surface.press(key);
  }

  /** The user in the iframe matching q, once it is there. */
  async inFrame(q: Query): Promise<User> {
    let frame: Surface | null = null;
    await this.until(
      async () => (frame = await this.surface.frame(serialize(q))) !== null,
      `for the frame ${describe(q)}`,
    );
    return new User(frame!);
  }

  private async until(act: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + CEILING_MS;
    while (!(await act())) {
      if (Date.now() > deadline) throw new WaitFailed(`waited ${what}: it never appeared`);
      await pause();
    }
  }
}

/** Between two looks: lets the page run (not a guess at how long anything takes). */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}
