import { describe, expect, it } from 'vitest';
import { buildLadder } from './ladderModel';
import { ladderLayout, placeLabels } from './layout';
import { buildScene } from './scene';
import { hostsOf, traceOf } from './testTraces';

describe('label placement', () => {
  it('moves a label down below the one it would print over', () => {
    const placed = placeLabels([
      { x0: 0, x1: 100, y: 10, h: 12 },
      { x0: 50, x1: 150, y: 15, h: 12 },
    ]);
    expect(placed.map((p) => p?.y)).toEqual([10, 22]);
  });

  it('lets labels in different columns share a height', () => {
    const placed = placeLabels([
      { x0: 0, x1: 100, y: 10, h: 12 },
      { x0: 120, x1: 200, y: 10, h: 12 },
    ]);
    expect(placed.map((p) => p?.y)).toEqual([10, 10]);
  });

  it('leaves out a label that would land too far from its arrow, but never the selected one', () => {
    const stack = [0, 1, 2, 3].map(() => ({ x0: 0, x1: 100, y: 10, h: 12 }));
    expect(placeLabels(stack).map((p) => p?.y ?? null)).toEqual([10, 22, null, null]);
    const keep = { x0: 0, x1: 100, y: 10, h: 12, keep: true };
    expect(placeLabels([...stack, keep])[4]).toEqual({ y: 10, choice: 0 });
  });

  it('places two labels along parallel sloped arrows one above the other', () => {
    const slope = Math.tan((8 * Math.PI) / 180);
    const placed = placeLabels([
      { x0: 0, x1: 300, y: 100, h: 12, slope },
      { x0: 0, x1: 300, y: 112, h: 12, slope },
    ]);
    expect(placed.map((p) => p?.y)).toEqual([100, 112]);
  });

  it('moves a label along its arrow when the middle is taken', () => {
    const middle = { x0: 100, x1: 200, y: 50, h: 12 };
    const crossing = {
      ...middle,
      alternatives: [
        { x0: 120, x1: 220, y: 55 },
        { x0: 210, x1: 310, y: 60 },
      ],
    };
    expect(placeLabels([middle, crossing], 0)[1]).toEqual({ y: 60, choice: 2 });
  });
});

describe('the scene', () => {
  const trace = traceOf('lost-final-ack');
  const hosts = hostsOf('lost-final-ack');
  const layout = ladderLayout(false, false);
  const y = (t: number) => t * 1000;

  it('ends the lost ACK halfway between the lifelines', () => {
    const model = buildLadder(trace, hosts, { from: 0, to: 100 });
    const scene = buildScene(model, layout.lanes, y, 100, null);
    const lost = scene.arrows.find((s) => s.arrow.id === 9)!;
    expect(lost.x1).toBe(layout.lanes.left);
    expect(lost.x2).toBe((layout.lanes.left + layout.lanes.right) / 2);
    expect(lost.y2).toBe(2125);
    expect(lost.landed).toBe(true);
    expect(lost.note).not.toBeNull();
  });

  it('draws an arrow in flight up to where it is at the playback time', () => {
    const model = buildLadder(trace, hosts, { from: 0, to: 100, time: 0.125 });
    const scene = buildScene(model, layout.lanes, y, 0.125, null);
    const syn = scene.arrows.find((s) => s.arrow.id === 1)!;
    expect(syn.landed).toBe(false);
    expect(syn.y2).toBeCloseTo(125, 6);
    expect(syn.x2).toBeCloseTo((layout.lanes.left + layout.lanes.right) / 2, 6);
  });

  it('offsets the ACK and the FIN the server sends at the same instant, labels on either side', () => {
    const model = buildLadder(trace, hosts, { from: 0, to: 100, time: 2.099 });
    const scene = buildScene(model, layout.lanes, y, 2.099, null);
    const ack = scene.arrows.find((s) => s.arrow.id === 7)!;
    const fin = scene.arrows.find((s) => s.arrow.id === 8)!;
    expect(fin.y1 - ack.y1).toBe(5);
    // Both land at 2.1 s (2100 px), the FIN 5 px lower: one label above, one below.
    expect(ack.label!.y).toBeLessThan((ack.y1 + 2100) / 2);
    expect(fin.label!.y).toBeGreaterThan((fin.y1 + 2105) / 2);
  });

  it('gives a lost segment’s label precedence over its crowded neighbours', () => {
    const model = buildLadder(trace, hosts, { from: 0, to: 100 });
    const scene = buildScene(model, layout.lanes, y, 100, null);
    expect(scene.arrows.find((s) => s.arrow.id === 9)!.label).not.toBeNull();
    const kept = buildScene(model, layout.lanes, y, 100, 8);
    expect(kept.arrows.find((s) => s.arrow.id === 8)!.label).not.toBeNull();
  });
});
