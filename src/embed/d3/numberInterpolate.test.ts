import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from './numberInterpolate';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const domain = fc.tuple(finite, finite).filter(([a, b]) => Math.abs(a - b) > 1e-3) as fc.Arbitrary<
  [number, number]
>;

describe('the embed build’s number-only d3-interpolate', () => {
  it('gives a linear scale the very numbers d3-interpolate gives it', () => {
    fc.assert(
      fc.property(domain, domain, finite, (d, r, x) => {
        const app = scaleLinear().domain(d).range(r);
        const embed = scaleLinear().domain(d).range(r).interpolate(interpolate);
        expect(embed(x)).toBe(app(x));
        expect(embed.invert(x)).toBe(app.invert(x));
      }),
    );
  });

  it('rounds as rangeRound does', () => {
    fc.assert(
      fc.property(domain, domain, finite, (d, r, x) => {
        const app = scaleLinear().domain(d).rangeRound(r);
        const embed = scaleLinear().domain(d).range(r).interpolate(interpolateRound);
        expect(embed(x)).toBe(app(x));
      }),
    );
  });

  it('interpolates from a to b as t goes from 0 to 1', () => {
    expect(interpolateNumber(10, 20)(0)).toBe(10);
    expect(interpolateNumber(10, 20)(0.25)).toBe(12.5);
    expect(interpolateNumber(10, 20)(1)).toBe(20);
  });

  it('spreads t evenly over the pieces', () => {
    const through = piecewise([0, 10, 30]);
    expect(through(0)).toBe(0);
    expect(through(0.5)).toBe(10);
    expect(through(0.75)).toBe(20);
    expect(through(1)).toBe(30);
    expect(piecewise(interpolateRound, [0, 1])(0.4)).toBe(0);
  });

  it('refuses anything but a number, naming itself', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/numberInterpolate\.ts.*string/);
  });
});
