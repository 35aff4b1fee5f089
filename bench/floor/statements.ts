/**
 * The floor's hand-written Cypher: one statement per query of the mix, each
 * returning exactly the canonical answer as one value named `answer`.
 */
export const FLOOR_STATEMENTS = {
  pointLookup: `MATCH (m:Entity:Mission {id: $id})
    RETURN m { .id, .name, .status, launchDate: toString(m.launchDate) } AS answer`,

  missionWithRelationships: `MATCH (m:Entity:Mission {id: $id})
    RETURN m { .id, .name,
      agencies: COLLECT { MATCH (m)-[r:OPERATED_BY]->(a:Agency) WITH a, r ORDER BY r.order RETURN a { .id, .name, .abbreviation } },
      targets: COLLECT { MATCH (m)-[r:TARGETS]->(t:Target) WITH t, r ORDER BY r.order RETURN t { .id, .name, .kind } },
      events: COLLECT { MATCH (m)-[:HAS_EVENT]->(e:Event) WITH e ORDER BY e.date, e.id LIMIT 20
        RETURN e { .id, .name, .type, date: toString(e.date) } } } AS answer`,

  twoHops: `MATCH (t:Entity:Target {id: $id})
    RETURN t { .id, .name,
      missions: COLLECT { MATCH (t)<-[:TARGETS]-(m:Mission) WITH m ORDER BY m.launchDate, m.id LIMIT 10
        RETURN m { .id, .name, agencies: COLLECT { MATCH (m)-[r:OPERATED_BY]->(a:Agency) WITH a, r ORDER BY r.order RETURN a { .id, .name } } } } } AS answer`,

  filterSortPage: `MATCH (:Entity:Agency {id: $agency})<-[:OPERATED_BY]-(m:Mission) WHERE m.status = $status
    WITH m ORDER BY m.launchDate DESC, m.id DESC LIMIT 20
    RETURN collect(m { .id, .name, launchDate: toString(m.launchDate) }) AS answer`,

  deepCursorPage: `CALL () { MATCH (m:Mission) RETURN count(m) AS total }
    CALL () { MATCH (m:Mission) WHERE m.name > $name OR (m.name = $name AND m.id > $id)
      WITH m ORDER BY m.name, m.id LIMIT 21 RETURN collect(m { .id, .name }) AS page }
    RETURN { totalCount: total, nodes: page[0..20], pageInfo: { hasNextPage: size(page) > 20 } } AS answer`,

  sharedTarget: `MATCH (given:Entity:Mission {id: $id})
    CALL (given) { MATCH (given)-[:TARGETS]->(:Target)<-[:TARGETS]-(m:Mission) WHERE m <> given RETURN DISTINCT m }
    WITH m ORDER BY m.launchDate, m.id
    WITH collect(m { .id, .name }) AS sharing
    RETURN { totalCount: size(sharing), nodes: sharing[0..20] } AS answer`,

  searchThenHop: `CALL db.index.fulltext.queryNodes('entity_text', $phrase) YIELD node, score WHERE node:Mission
    WITH node, score ORDER BY score DESC, node.id LIMIT 5
    RETURN collect(node { .id, .name,
      agencies: COLLECT { MATCH (node)-[r:OPERATED_BY]->(a:Agency) WITH a, r ORDER BY r.order RETURN a { .id, .name } } }) AS answer`,

  countsByAgency: `MATCH (a:Agency) WITH a, COUNT { (a)<-[:OPERATED_BY]-() } AS count ORDER BY count DESC, a.id LIMIT 10
    RETURN collect(a { .id, .name, count: count }) AS answer`,
} as const;
