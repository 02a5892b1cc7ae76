import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../../scripts/bench-host/stats';

describe('the bench’s statistics', () => {
  it('gives the median and the quartiles of a set of timings (nearest rank), NaN for none', () => {
    const xs = [170, 120, 150, 140, 200, 130, 160, 180];
    expect(median(xs)).toBe(155);
    expect(quantile(xs, 0.25)).toBe(130);
    expect(quantile(xs, 0.75)).toBe(170);
    expect(quantile(xs, 0)).toBe(120);
    expect(quantile(xs, 1)).toBe(200);
    expect(quantile([42], 0.25)).toBe(42);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
