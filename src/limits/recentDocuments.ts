/**
 * What was decided about the documents clients sent lately, keyed by the
 * document's text: clients send the same few documents over and over, so a
 * verdict that depends on the text alone is worked out once. Bounded by the
 * total length of the texts kept; the least recently used go first.
 */
export class RecentDocuments<T> {
  private readonly entries = new Map<string, T>();
  private characters = 0;

  constructor(private readonly maxCharacters: number) {}

  get(document: string): T | undefined {
    const value = this.entries.get(document);
    if (value === undefined) return undefined;
    // Moved to the end: the Map's order is the eviction order.
    this.entries.delete(document);
    this.entries.set(document, value);
    return value;
  }

  set(document: string, value: T): void {
    if (document.length > this.maxCharacters) return;
    if (this.entries.delete(document)) this.characters -= document.length;
    this.entries.set(document, value);
    this.characters += document.length;
    for (const oldest of this.entries.keys()) {
      if (this.characters <= this.maxCharacters) break;
      this.entries.delete(oldest);
      this.characters -= oldest.length;
    }
  }
}
