import { SCRATCH_ENV, WRITE_TOKENS } from '../support/scratch';
import { graphql, startTestServer, TestServer } from '../support/testServer';

/**
 * Read-your-writes across API processes: a write's answer carries its
 * bookmark, and a request to another process that hands it back reads the
 * write. On one Community server every read sees every commit anyway; on a
 * cluster the bookmark is what makes a follower wait for the write.
 */
export function bookmarkCases(scratch: () => TestServer): void {
  let other: TestServer;
  const editor = { authorization: 'Bearer editor-token-0123456789' };
  const UPSERT_AGENCY = 'mutation ($input: AgencyInput!) { upsertAgency(input: $input) { id } }';
  const READ_AGENCY = 'query ($id: ID!) { agency(id: $id) { name } }';

  beforeAll(async () => {
    other = await startTestServer({ ...SCRATCH_ENV(), WRITE_TOKENS });
  });
  afterAll(() => other.close());

  describe('read-your-writes with X-Bookmark', () => {
    it('answers a write with a bookmark that another API process takes, and reads the write there', async () => {
      const first = await graphql(scratch(), UPSERT_AGENCY, { input: { id: 'test-bookmark-agency', name: 'Bookmarked', sources: ['https://example.org/b'] } }, editor);
      expect(first.body.errors).toBeUndefined();
      const bookmark = first.headers.get('x-bookmark');
      expect(bookmark).toMatch(/^\S+/);
      // Readable from a page on another origin, which sends it back.
      expect(first.headers.get('access-control-expose-headers')).toMatch(/X-Bookmark/);

      const read = await graphql(other, READ_AGENCY, { id: 'test-bookmark-agency' }, { 'x-bookmark': bookmark! });
      expect(read.body).toEqual({ data: { agency: { name: 'Bookmarked' } } });
      // A read moves nothing forward: only a write's answer carries a bookmark.
      expect(read.headers.get('x-bookmark')).toBeNull();

      // A write that was handed a bookmark answers a newer one, which the first process takes in turn.
      const second = await graphql(other, UPSERT_AGENCY, { input: { id: 'test-bookmark-agency', name: 'Bookmarked again', sources: ['https://example.org/b'] } }, { ...editor, 'x-bookmark': bookmark! });
      const newer = second.headers.get('x-bookmark');
      expect(newer).toMatch(/^\S+/);
      expect(newer).not.toBe(bookmark);
      const reread = await graphql(scratch(), READ_AGENCY, { id: 'test-bookmark-agency' }, { 'x-bookmark': newer! });
      expect(reread.body).toEqual({ data: { agency: { name: 'Bookmarked again' } } });
    });

    it('refuses a header that is not a bookmark this API gave with BAD_USER_INPUT, and writes nothing', async () => {
      for (const header of ['not a bookmark', 'FB:' + 'x'.repeat(600), 'FB:bm90LWEtYm9va21hcms=']) {
        const { body } = await graphql(other, UPSERT_AGENCY, { input: { id: 'test-bookmark-refused', name: 'Refused', sources: ['https://example.org/b'] } }, { ...editor, 'x-bookmark': header });
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors![0].message).toMatch(/x-bookmark/);
      }
      const { body } = await graphql(other, READ_AGENCY, { id: 'test-bookmark-refused' });
      expect(body).toEqual({ data: { agency: null } });
    });
  });
}
