/**
 * What people paste, for the benchmarks (Node and browser alike): bare addresses, names with angle
 * brackets, Outlook's Last, First, quoted names, mailto links, comments, CJK separators, a few
 * mistakes. The `i`-th unit of a realistic paste is `REALISTIC_UNITS[i % length](i)`, followed by
 * {@link separatorAfter}`(i)`: lines and commas mixed.
 */
export const REALISTIC_UNITS: ReadonlyArray<(i: number) => string> = [
  (i) => `first.last${i}@company${i % 97}.example.com`,
  (i) => `Person ${i} <person${i}@acme.io>`,
  (i) => `Doe, Jane${i} <jane${i}@acme.com>`,
  (i) => `"Smith, Bob ${i}" <bob.smith${i}@example.org>`,
  (i) => `mailto:ops${i}@example.net?subject=Hi`,
  (i) => `carl${i}@bücher.de (Carl ${i})`,
  (i) => `typo${i}@example`,
  (i) => `dana${i}@acme.com，eve${i}@acme.com`,
];

/** The separator after the `i`-th unit: a comma and a space, every third a line break. */
export const separatorAfter = (i: number) => (i % 3 ? ', ' : '\n');

/** The `i`-th unit of a realistic paste. */
export const realisticUnit = (i: number) => REALISTIC_UNITS[i % REALISTIC_UNITS.length]!(i);
