import { describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/scenario/types';
import { BUILTIN_SCENARIOS } from '../sim/scenario/builtins/index';
import { createSimulation } from '../sim/simulation';
import { TraceWriter } from '../sim/traceWriter';
import { createSimStore, type SimStore } from './createSimStore';
import { diagramSocket, diagramView, teachSockets } from './teachSlice';

const CLIENT = '192.168.123.10:40000>10.0.0.80:80';
const SERVER = '10.0.0.80:80>192.168.123.10:40000';

function wrongChoice(store: SimStore): string {
  return store.getState().predict.question!.choices.find((c) => !c.correct)!.id;
}

function rightChoice(store: SimStore): string {
  return store.getState().predict.question!.choices.find((c) => c.correct)!.id;
}

/** Plays as the clock would, a frame at a time, until playback stops by itself. */
function playUntilStopped(store: SimStore, frame = 0.05, limit = 10_000): void {
  store.getState().play();
  for (let i = 0; i < limit && store.getState().playing; i++) store.getState().advance(frame);
}

describe('the state diagram follows a socket', () => {
  it("follows the client's first connection by default, in its states at the playback time", () => {
    const store = createSimStore();
    expect(diagramSocket(store.getState())).toEqual({ host: 'client', key: CLIENT });
    let view = diagramView(store.getState());
    expect(view.current).toBe('CLOSED');
    expect(view.transitions).toEqual([]);

    store.getState().seek(1);
    view = diagramView(store.getState());
    expect(view.socket?.name).toBe('c1');
    expect(view.current).toBe('ESTABLISHED');
    expect(view.transitions.map((x) => `${x.from}>${x.to}:${x.why}`)).toEqual([
      'CLOSED>SYN_SENT:connect',
      'SYN_SENT>ESTABLISHED:rcv-synack',
    ]);
    // The same answer while nothing changes: React selectors may return it as is.
    store.getState().seek(1.01);
    expect(diagramView(store.getState())).toBe(view);

    store.getState().seek(70);
    expect(diagramView(store.getState()).current).toBe('CLOSED');
    expect(diagramView(store.getState()).transitions.at(-1)).toMatchObject({
      from: 'TIME_WAIT',
      to: 'CLOSED',
      why: 'timewait-timeout',
    });

    // Time travel: back before the close.
    store.getState().seek(1.5);
    expect(diagramView(store.getState()).current).toBe('ESTABLISHED');
  });

  it('follows the socket the learner picks, and forgets the pick with the scenario', () => {
    const store = createSimStore();
    store.getState().selectDiagram({ kind: 'state', state: 'LISTEN' });
    store.getState().selectSocket({ host: 'server', key: SERVER });
    expect(store.getState().diagramSelection).toBeNull();
    store.getState().seek(2.07);
    expect(diagramView(store.getState())).toMatchObject({
      socket: { host: 'server', name: 'web#1' },
      current: 'LAST_ACK',
    });
    expect(teachSockets(store.getState()).map((s) => s.name)).toEqual(['web', 'c1', 'web#1']);

    store.getState().loadBuiltin('no-listener');
    expect(store.getState().selectedSocket).toBeNull();
    expect(diagramSocket(store.getState())?.host).toBe('client');
  });

  it('falls back to the default when the picked socket is not in this run', () => {
    const store = createSimStore();
    store.getState().selectSocket({ host: 'server', key: 'nowhere' });
    expect(diagramSocket(store.getState())).toEqual({ host: 'client', key: CLIENT });
  });
});

describe('predict, then reveal', () => {
  it('stops playback just before each segment arrives, from the store', () => {
    const store = createSimStore();
    store.getState().setPredict(true);
    const q = store.getState().predict.question!;
    expect(q).toMatchObject({ id: '1:reply', pauseAt: 0.149999, deliverAt: 0.15 });

    playUntilStopped(store);
    expect(store.getState().time).toBe(q.pauseAt);
    expect(store.getState().playing).toBe(false);
    // Playing again does not pass an unanswered question.
    playUntilStopped(store);
    expect(store.getState().time).toBe(q.pauseAt);
  });

  it('scores right and wrong answers, reveals at the arrival and moves on', () => {
    const store = createSimStore();
    store.getState().setPredict(true);
    playUntilStopped(store);

    store.getState().answerQuestion(wrongChoice(store));
    let p = store.getState().predict;
    expect(p.score).toEqual({ correct: 0, total: 1, streak: 0 });
    expect(p.revealed).toBe(true);
    expect(store.getState().time).toBe(0.15);
    // A second answer to the same question does not count.
    store.getState().answerQuestion(rightChoice(store));
    expect(store.getState().predict.score.total).toBe(1);

    store.getState().continuePredict();
    p = store.getState().predict;
    expect(p.question?.id).toBe('2:reply');
    expect(p.revealed).toBe(false);
    expect(store.getState().playing).toBe(true);
    playUntilStopped(store);
    expect(store.getState().time).toBe(p.question!.pauseAt);

    store.getState().answerQuestion(rightChoice(store));
    expect(store.getState().predict.score).toEqual({ correct: 1, total: 2, streak: 1 });
  });

  it('plays on to the next question after a reveal, and reveals without scoring', () => {
    const store = createSimStore();
    store.getState().setPredict(true);
    playUntilStopped(store);
    store.getState().revealQuestion();
    expect(store.getState().predict).toMatchObject({ revealed: true, answered: null });
    expect(store.getState().predict.score.total).toBe(0);

    // Space after the reveal: playback runs to the next question.
    playUntilStopped(store);
    expect(store.getState().predict.question?.id).toBe('2:reply');
    expect(store.getState().time).toBe(0.199999);
  });

  it('stops a step forward at the question; the next step reveals it', () => {
    const store = createSimStore();
    store.getState().setPredict(true);
    store.getState().stepForward(); // the SYN sent, at 0.1
    expect(store.getState().time).toBe(0.1);
    store.getState().stepForward();
    expect(store.getState().time).toBe(0.149999);
    store.getState().stepForward();
    expect(store.getState().time).toBe(0.15);
    expect(store.getState().predict).toMatchObject({ revealed: true, answered: null });
  });

  it('asks again from wherever time travel lands, and after a recorded action', () => {
    const store = createSimStore();
    store.getState().setPredict(true);
    store.getState().seek(2);
    expect(store.getState().predict.question?.segmentId).toBe(6);
    store.getState().seek(0.5);
    expect(store.getState().predict.question?.segmentId).toBe(4);

    // Losing the data segment changes the trace: the next question is about what comes instead.
    store.getState().seek(1.01);
    store.getState().dropSegment(4);
    const q = store.getState().predict.question!;
    expect(q.segmentId).not.toBe(4);
    expect(q.deliverAt).toBeGreaterThan(1.01);
  });

  it('keeps the score per scenario', () => {
    const store = createSimStore();
    store.getState().setPredict(true);
    playUntilStopped(store);
    store.getState().answerQuestion(rightChoice(store));
    expect(store.getState().predict.score.correct).toBe(1);
    store.getState().setPredict(false);
    store.getState().setPredict(true);
    expect(store.getState().predict.score.correct).toBe(1);

    store.getState().loadBuiltin('lost-final-ack');
    expect(store.getState().predict).toMatchObject({
      on: true,
      revealed: false,
      score: { correct: 0, total: 0, streak: 0 },
    });
    expect(store.getState().predict.question?.segmentId).toBe(1);
  });

  it("works with the user's own scenario: it only reads the trace", () => {
    const own: Scenario = {
      version: 1,
      hosts: { a: '10.1.1.1', b: '10.1.1.2' },
      steps: [
        { at: 0, host: 'b', do: 'listen', port: 7 },
        { at: 0.5, host: 'a', do: 'connect', to: 'b:7', as: 'mine' },
      ],
    };
    const store = createSimStore({ scenario: own });
    expect(store.getState().message).toBeNull();
    store.getState().setPredict(true);
    const q = store.getState().predict.question!;
    expect(q.segmentId).toBe(1);
    playUntilStopped(store);
    expect(store.getState().time).toBe(q.pauseAt);
    // No host named "client": the first host's first connection.
    expect(diagramView(store.getState()).socket).toMatchObject({ host: 'a', name: 'mine' });
  });

  it('says nothing is left when the run has no more deliveries', () => {
    const store = createSimStore();
    store.getState().seek(62);
    store.getState().setPredict(true);
    expect(store.getState().predict.question).toBeNull();
    playUntilStopped(store);
    expect(store.getState().time).toBeCloseTo(store.getState().duration);
  });
});

describe('presenter mode and the wire', () => {
  it('switches presenter mode and what a press on a segment does', () => {
    const store = createSimStore();
    store.getState().togglePresenter();
    expect(store.getState().presenter).toBe(true);
    store.getState().setWirePress('explain');
    store.getState().loadBuiltin('no-listener');
    expect(store.getState()).toMatchObject({ presenter: true, wirePress: 'explain' });
  });
});

describe('the socket index of a trace an action re-ran', () => {
  it('is carried over from the run before, cut back to the lines they share', () => {
    const scenario = BUILTIN_SCENARIOS['syn-flood-cookies'];
    // The real client connects at 3 s; the server vanishes before its handshake completes.
    const action = { at: 3.05, do: 'vanish', host: 'server' } as const;
    const before = createSimulation(scenario);
    before.run();
    const after = createSimulation(scenario, { actions: [action] });
    after.run();
    const page = new TraceWriter();
    for (const e of before.log) page.push(e);
    let keep = 0;
    while (after.log.timeAt(keep) < action.at) keep++;
    const kept = page.prefix(keep);
    for (let i = keep; i < after.log.length; i++) kept.push(after.log.at(i)!);
    const hosts = Object.entries(scenario.hosts).map(([name, ip]) => ({ name, ip }));
    const old = teachSockets({ trace: page.view(), hosts });
    const carried = { trace: kept.view(), hosts, selectedSocket: null };
    const fresh = { trace: after.log.view(), hosts, selectedSocket: null };
    expect(teachSockets(carried)).toEqual(teachSockets(fresh));
    expect(teachSockets(carried).length).toBeLessThan(old.length);
    for (const info of teachSockets(fresh).filter((_, i) => i % 97 === 0)) {
      const selectedSocket = { host: info.host, key: info.key };
      for (const time of [3, 3.2, 10, 70]) {
        expect(diagramView({ ...carried, selectedSocket, time })).toEqual(
          diagramView({ ...fresh, selectedSocket, time }),
        );
      }
    }
  });
});
