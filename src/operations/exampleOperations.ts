/** Preloaded in GraphiQL: questions the curated graph answers. */
export const EXAMPLE_OPERATIONS: { title: string; query: string; variables?: string }[] = [
  {
    title: 'Tianwen-2',
    query: `# Where is Tianwen-2 going, who flies it, and what has happened so far?
query Tianwen2 {
  mission(id: "tianwen-2") {
    name
    launchDate
    status
    agencies { abbreviation name }
    targets { name designation kind parent { name } }
    predecessors { name }
    events { type date datePrecision planned name }
  }
}
`,
  },
  {
    title: 'Missions to Mars',
    query: `# Missions to Mars or anywhere on it, newest first, a page at a time.
query MarsMissions($after: String) {
  missions(where: { target: "mars" }, orderBy: LAUNCH_DATE_DESC, first: 10, after: $after) {
    totalCount
    nodes { name launchDate status agencies { abbreviation } targets { name } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    title: 'Sample returns',
    query: `# Missions that have brought samples home, and of which bodies (a site counts as its body).
query SampleReturns {
  missions(where: { hasEvent: { type: SAMPLE_RETURN, outcome: SUCCESS } }, first: 50) {
    totalCount
    nodes { name launchDate agencies { name } samplesReturnedFrom { name kind } }
  }
}
`,
  },
  {
    title: 'Research filters',
    query: `# Failed or lost in the 1970s, beyond the Moon: OR, NOT and lists in one filter.
query FailedOrLost1970s {
  missions(
    where: {
      statusIn: [FAILED, LOST]
      launchedAfter: "1970-01-01"
      launchedBefore: "1979-12-31"
      NOT: { OR: [{ target: "moon" }, { targetExactly: "earth" }] }
    }
    first: 50
  ) {
    totalCount
    nodes { name launchDate status agencies { name } targets { name } }
  }
}
`,
  },
  {
    title: 'Nested pages',
    query: `# Mars's landings, a page at a time, with their count: lists inside an entity page like root lists.
query MarsLandings($after: String) {
  target(id: "mars") {
    name
    eventsConnection(where: { type: LANDING }, first: 10, after: $after) {
      totalCount
      nodes { date name outcome mission { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`,
  },
  {
    title: 'Timeline',
    query: `# Landings that have happened, newest first, and how each went.
query Landings {
  events(where: { type: LANDING, planned: false }, orderBy: DATE_DESC, first: 20) {
    nodes { date name outcome mission { name } targets { name parent { name } } }
  }
}
`,
  },
  {
    title: 'Any entity',
    query: `# One lookup for any id: a mission, agency, target or event.
query AnyEntity($id: ID!) {
  entity(id: $id) {
    __typename
    id
    name
    sources
    ... on Target { designation kind missions { name } }
    ... on Agency { abbreviation country missions(first: 5) { name } }
  }
}
`,
    variables: '{ "id": "kamooalewa" }',
  },
  {
    title: 'Search',
    query: `# Full-text search: tolerant of case, accents, split or joined words, small typos; Chinese, Japanese and Korean too.
query Search($text: String!) {
  searchConnection(text: $text, first: 5) {
    totalCount
    nodes { score entity { __typename id name } }
    suggestions
  }
}
`,
    variables: '{ "text": "bepi colombo" }',
  },
  {
    title: 'Related missions',
    query: `# What a "related missions" widget shows, with the reasons for each.
query Related {
  relatedMissions(id: "tianwen-2", first: 5) {
    score
    mission { name launchDate }
    reasons { kind weight detail via { name } }
  }
}
`,
  },
  {
    title: 'Path',
    query: `# How two entities are linked: a shortest path over any relationship.
query Path {
  shortestPath(from: "tianwen-2", to: "osiris-rex") {
    length
    nodes { __typename id name }
    edges { type from to }
  }
}
`,
  },
  {
    title: 'Neighbourhood',
    query: `# Everything within two hops of Kamoʻoalewa, at most 50 nodes.
query Neighbourhood {
  neighborhood(id: "kamooalewa", depth: 2, limit: 50) {
    truncated
    nodes { __typename id name }
    edges { type from to }
  }
}
`,
  },
  {
    title: 'Statistics',
    query: `# Missions per decade and destination kind: a pivot table in one request.
query Pivot {
  stats {
    missions
    missionsByStatus { key count }
    missionsBy(dimensions: [DECADE, TARGET_KIND]) { keys count }
  }
}
`,
  },
  {
    title: 'Other catalogues',
    query: `# Join with other catalogues: look up by their identifier, read ours.
query ByCospar {
  entityByExternalId(scheme: COSPAR, value: "2020-049A") {
    id
    name
    names { language text }
    externalIds { scheme value url }
  }
}
`,
  },
  {
    title: 'Changes',
    query: `# What changed: the change log, oldest first; pass endCursor as after to read only what is new.
query Changes($after: String) {
  changes(after: $after, first: 20) {
    nodes { cursor committedAt kind entityKind entityId by }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
];
