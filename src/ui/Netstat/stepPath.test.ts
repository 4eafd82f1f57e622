import { describe, expect, it } from 'vitest';
import { stepArea, stepLine } from './stepPath';

describe('step paths', () => {
  const points = [
    { x: 0, y: 50 },
    { x: 10, y: 40 },
    { x: 25, y: 45.5 },
  ];

  it('holds each value until the next change, then moves straight up or down', () => {
    expect(stepLine(points)).toBe('M0,50H10V40H25V45.5');
  });

  it('closes the area down to the baseline and back to the start', () => {
    expect(stepArea(points, 60)).toBe('M0,50H10V40H25V45.5V60H0Z');
  });

  it('draws nothing for no points', () => {
    expect(stepLine([])).toBe('');
    expect(stepArea([], 60)).toBe('');
  });
});
