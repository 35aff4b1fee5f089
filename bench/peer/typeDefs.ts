/**
 * The peer's type definitions: the same labels, properties and relationships
 * as missiongraph's graph (see ../../../shared/DESIGN.md), written the way the
 * @neo4j/graphql 7 documentation describes them.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Order @relationshipProperties {
    order: Int!
  }

  type Agency @node(labels: ["Agency", "Entity"]) {
    id: ID!
    name: String!
    abbreviation: String
    country: String
    sources: [String!]!
    missions: [Mission!]! @relationship(type: "OPERATED_BY", direction: IN, properties: "Order")
  }

  type Target @node(labels: ["Target", "Entity"]) {
    id: ID!
    name: String!
    kind: String!
    designation: String
    sources: [String!]!
    parent: [Target!]! @relationship(type: "ORBITS", direction: OUT)
    children: [Target!]! @relationship(type: "ORBITS", direction: IN)
    missions: [Mission!]! @relationship(type: "TARGETS", direction: IN, properties: "Order")
  }

  type Mission
    @node(labels: ["Mission", "Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "missionsSearch", fields: ["name", "searchText", "summary"] }]) {
    id: ID!
    name: String!
    aliases: [String!]
    summary: String
    searchText: String
    kinds: [String!]!
    status: String!
    launchDate: Date
    endDate: Date
    sources: [String!]!
    agencies: [Agency!]! @relationship(type: "OPERATED_BY", direction: OUT, properties: "Order")
    targets: [Target!]! @relationship(type: "TARGETS", direction: OUT, properties: "Order")
    events: [Event!]! @relationship(type: "HAS_EVENT", direction: OUT)
    predecessors: [Mission!]! @relationship(type: "FOLLOWS", direction: OUT)
  }

  type Event @node(labels: ["Event", "Entity"]) {
    id: ID!
    name: String!
    type: String!
    date: Date
    datePrecision: String!
    planned: Boolean!
    sources: [String!]!
    mission: [Mission!]! @relationship(type: "HAS_EVENT", direction: IN)
  }
`;
