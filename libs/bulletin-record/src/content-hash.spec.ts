import { canonicalJson, contentSha256 } from './content-hash';

describe("a bulletin's content hash", () => {
  it('does not depend on the order of keys, as jsonb reorders them', () => {
    const issued = { title: '督查通报', totals: { open: 5, overdue: 1 }, units: [{ b: 2, a: 1 }] };
    const readBack = { units: [{ a: 1, b: 2 }], totals: { overdue: 1, open: 5 }, title: '督查通报' };
    expect(canonicalJson(readBack)).toBe(canonicalJson(issued));
    expect(contentSha256(readBack)).toBe(contentSha256(issued));
  });

  it('changes with any figure, and keeps the order of lists', () => {
    const issued = { totals: { overdue: 1 }, units: ['甲局', '乙局'] };
    expect(contentSha256({ ...issued, totals: { overdue: 2 } })).not.toBe(contentSha256(issued));
    expect(contentSha256({ ...issued, units: ['乙局', '甲局'] })).not.toBe(contentSha256(issued));
    expect(contentSha256(issued)).toMatch(/^[0-9a-f]{64}$/);
  });
});
