import { preferredEncoding } from '../../src/http/acceptEncoding';

describe("the encoding an answer is sent in, from the client's Accept-Encoding", () => {
  it('prefers brotli, then gzip, among what the client accepts', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('br')).toBe('br');
  });

  it("follows the client's weights, and a weight of 0 refuses", () => {
    expect(preferredEncoding('br;q=0.2, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(preferredEncoding('BR; Q=0.5, GZIP; q=0.4')).toBe('br');
  });

  it('reads * as any encoding not named', () => {
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('br;q=0, *')).toBe('gzip');
  });

  it('sends the body as it is when nothing it offers is accepted', () => {
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('deflate, compress')).toBeNull();
  });
});
