/**
 * A long text kept as the parts it was written in, joined only when the whole is asked for. Slices of it need
 * no join: at 100,000 rounds the join made a second copy of 116 MB while the rounds read as the bytes arrived
 * (rounds-as-they-arrive.ts) were also held, and the reading that uses those rounds needs only slices.
 */
export class TextInParts {
  private parts: string[] = [];
  /** Where each of `parts` ends in the whole text. */
  private ends: number[] = [];
  private joined: string | null = null;

  get length(): number {
    return this.joined?.length ?? this.ends.at(-1) ?? 0;
  }

  push(part: string): void {
    if (this.joined !== null) throw new Error('TextInParts: the text was already joined');
    this.parts.push(part);
    this.ends.push(this.length + part.length);
  }

  /** The text from `start` to `end`, joined from the parts that hold it. */
  slice(start: number, end: number): string {
    // Offsets before the text are its start, and beyond it its end, joined or not.
    const from = Math.max(0, start);
    const to = Math.min(end, this.length);
    if (this.joined !== null) return this.joined.slice(from, to);
    if (to <= from) return '';
    const first = this.partAt(from);
    const firstStart = first === 0 ? 0 : this.ends[first - 1]!;
    if (to <= this.ends[first]!) return this.parts[first]!.slice(from - firstStart, to - firstStart);
    let text = this.parts[first]!.slice(from - firstStart);
    let part = first + 1;
    for (; this.ends[part]! < to; part += 1) text += this.parts[part]!;
    return text + this.parts[part]!.slice(0, to - this.ends[part - 1]!);
  }

  /** The whole text, joined once; the parts go. */
  whole(): string {
    if (this.joined === null) {
      this.joined = this.parts.join('');
      this.parts = [];
      this.ends = [];
    }
    return this.joined;
  }

  /** Lets go of the text. */
  clear(): void {
    this.parts = [];
    this.ends = [];
    this.joined = null;
  }

  /** The part that holds the character at `at`: the first whose end is past it. */
  private partAt(at: number): number {
    let low = 0;
    let high = this.ends.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle]! > at) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
