// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestEmailDomain } from '../../src/core/domain-typos';

describe('suggestEmailDomain', () => {
  it.each([
    ['ana@gmial.com', 'ana@gmail.com'],
    ['ana@gmail.con', 'ana@gmail.com'],
    ['ana@gmial.con', 'ana@gmail.com'],
    ['ana@gmail.co', 'ana@gmail.com'],
    ['ben@hotmial.com', 'ben@hotmail.com'],
    ['ben@yaho.com', 'ben@yahoo.com'],
    ['ben@outlok.com', 'ben@outlook.com'],
    ['carla@acme.con', 'carla@acme.com'],
    ['carla@acme.cmo', 'carla@acme.com'],
    ['dan@example.ogr', 'dan@example.org'],
    ['Dan.Lee@GMAIL.CON', 'Dan.Lee@gmail.com'],
  ])('suggests a fix for %s', (typed, fixed) => {
    expect(suggestEmailDomain(typed)).toBe(fixed);
  });

  it.each(['ana@gmail.com', 'ana@acme.com', 'ana@aon.com', 'ana@gmx.de', 'ana@company.co', 'ana@acme.io', 'nope', '@gmial.com', 'ana@localhost'])(
    'leaves %s alone',
    (typed) => {
      expect(suggestEmailDomain(typed)).toBeUndefined();
    },
  );
});
