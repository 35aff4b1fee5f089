import { graphql, GraphQLResponse, TestServer } from './testServer';

export const MISSION_PAGE = `query Page($first: Int, $after: String, $orderBy: MissionOrder) {
  missions(first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id launchDate name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Query.missions walked page by page as a client would, following endCursor; `between` runs after each page but the last. */
export async function walkMissions(server: TestServer, orderBy: string, first: number, between?: (page: number) => Promise<void>) {
  const ids: string[] = [];
  const rows: { launchDate: string | null; name: string }[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 1000; page += 1) {
    const { body }: GraphQLResponse = await graphql(server, MISSION_PAGE, { first, after, orderBy });
    expect(body.errors).toBeUndefined();
    const connection: Record<string, any> = body.data!.missions;
    totalCount = connection.totalCount;
    ids.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
    rows.push(...connection.edges.map((edge: { node: { launchDate: string | null; name: string } }) => edge.node));
    if (connection.edges.length > 0) {
      expect(connection.pageInfo.endCursor).toBe(connection.edges[connection.edges.length - 1].cursor);
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
    await between?.(page);
  }
  return { ids, rows, totalCount };
}
