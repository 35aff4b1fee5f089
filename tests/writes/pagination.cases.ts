import { walkMissions } from '../support/missionPages';
import { TestServer } from '../support/testServer';

/** A walk through the missions while others write: on the scratch server, so that the read-only suites never see the probes. */
export function paginationCases(scratch: () => TestServer): void {
  describe('missions, page by page, while missions are added', () => {
    it('keeps its place: every mission there when the walk began comes exactly once, though new ones sort before the cursor', async () => {
      const before = await walkMissions(scratch(), 'LAUNCH_DATE_ASC', 50);
      expect(before.ids.length).toBeGreaterThan(20);
      const inserted: string[] = [];
      try {
        const { ids } = await walkMissions(scratch(), 'LAUNCH_DATE_ASC', 7, async (page) => {
          const id = `test-pagination-probe-${page}`;
          inserted.push(id);
          await scratch().db.write({
            cypher: `CREATE (:Entity:Mission {id: $id, name: $id, status: 'COMPLETED', kinds: ['FLYBY'], sources: ['https://example.org'], launchDate: date('1958-01-01')})`,
            params: { id },
          });
        });
        expect(inserted.length).toBeGreaterThan(2);
        const existing = new Set(before.ids);
        const walked = ids.filter((id) => existing.has(id));
        expect(walked).toEqual(before.ids);
      } finally {
        await scratch().db.write({ cypher: 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', params: { ids: inserted } });
      }
    });
  });
}
