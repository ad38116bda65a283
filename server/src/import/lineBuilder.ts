// The line being built from a page's or a PDF's pieces of text. Pieces are appended and the line is joined once,
// when it is done; the only edits are at its end (the space after a bold run moved outside its "**"), and they look
// only at the end. Appending to one growing string and reading its end made the engine copy the whole line each time:
// a paragraph of many short bold runs took seconds.

export class LineBuilder {
  private readonly parts: string[] = [];
  /** Whitespace at the line's end, kept apart until words follow it. */
  private trailing = '';
  private size = 0;

  get length(): number {
    return this.size;
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  append(text: string): void {
    if (!text) return;
    this.size += text.length;
    // String.prototype.trimEnd takes off what \s matches, in one pass back from the end.
    const end = text.trimEnd().length;
    if (end === 0) {
      this.trailing += text;
      return;
    }
    if (this.trailing) this.parts.push(this.trailing);
    this.parts.push(end === text.length ? text : text.slice(0, end));
    this.trailing = end === text.length ? '' : text.slice(end);
  }

  /** Takes the whitespace off the line's end, and gives it back. */
  takeTrailingSpace(): string {
    const space = this.trailing;
    this.trailing = '';
    this.size -= space.length;
    return space;
  }

  /** True when the line (without its trailing whitespace) ends with `suffix`, a few characters long. */
  endsWith(suffix: string): boolean {
    return this.tail(suffix.length) === suffix;
  }

  /** True when the line ends with a space (the original test: `endsWith(' ')`). */
  endsWithSpace(): boolean {
    return this.trailing ? this.trailing.charCodeAt(this.trailing.length - 1) === 32 : false;
  }

  /** Takes `n` characters off the line's end (no more than its words' length). */
  drop(n: number): void {
    while (n > 0 && this.parts.length) {
      const last = this.parts[this.parts.length - 1];
      if (last.length <= n) {
        this.parts.pop();
        n -= last.length;
        this.size -= last.length;
      } else {
        this.parts[this.parts.length - 1] = last.slice(0, last.length - n);
        this.size -= n;
        n = 0;
      }
    }
  }

  clear(): void {
    this.parts.length = 0;
    this.trailing = '';
    this.size = 0;
  }

  toString(): string {
    return this.parts.join('') + this.trailing;
  }

  /** The last `n` characters of the line's words (fewer when it is shorter). */
  private tail(n: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i].slice(-(n - out.length)) + out;
    return out;
  }
}
