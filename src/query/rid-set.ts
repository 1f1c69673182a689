/**
 * A set of entry rowids as a bitset. Filters combine as word-wise AND and counts are popcounts, so a
 * query over 100k entries costs a few thousand word operations instead of a scan in SQL.
 */
export class RidSet {
  readonly words: Uint32Array;

  /** `size` is one more than the largest rowid the set may hold. */
  constructor(
    readonly size: number,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static of(size: number, rids: Iterable<number>): RidSet {
    const set = new RidSet(size);
    for (const rid of rids) set.add(rid);
    return set;
  }

  add(rid: number): void {
    this.words[rid >>> 5]! |= 1 << (rid & 31);
  }

  has(rid: number): boolean {
    return rid < this.size && (this.words[rid >>> 5]! & (1 << (rid & 31))) !== 0;
  }

  clone(): RidSet {
    return new RidSet(this.size, this.words.slice());
  }

  /** Keeps only the members of `other` (in place). */
  intersect(other: RidSet): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length; i++) a[i]! &= b[i] ?? 0;
    return this;
  }

  /** Adds the members of `other` (in place). */
  unite(other: RidSet): this {
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < a.length && i < b.length; i++) a[i]! |= b[i]!;
    return this;
  }

  count(): number {
    let n = 0;
    for (let word of this.words) {
      word -= (word >>> 1) & 0x55555555;
      word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
      n += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** How many of `rids` are members (a rid listed twice counts twice). */
  countOf(rids: Int32Array): number {
    let n = 0;
    for (const rid of rids) if (this.has(rid)) n++;
    return n;
  }
}
