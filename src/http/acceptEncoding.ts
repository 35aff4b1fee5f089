/** The encodings the API compresses with, best first: brotli is smaller than gzip at the same CPU. */
export type ContentEncoding = 'br' | 'gzip';
const OFFERED: ContentEncoding[] = ['br', 'gzip'];

/**
 * The encoding to answer with, from the request's Accept-Encoding (RFC 9110
 * §12.5.3): the offered one the client weighs highest, brotli on a tie; `*`
 * stands for any not named; q=0 refuses. Null: send the body as it is.
 */
export function preferredEncoding(header: string | undefined): ContentEncoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  let best: ContentEncoding | null = null;
  let bestWeight = 0;
  for (const encoding of OFFERED) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
