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
    query: `# Every sample-return mission and where its samples came from.
query SampleReturns {
  missions(where: { kind: SAMPLE_RETURN }, first: 50) {
    totalCount
    nodes {
      name
      launchDate
      targets { name kind }
      events(first: 20) { type date description }
    }
  }
}
`,
  },
  {
    title: 'Timeline',
    query: `# Landings, newest first.
query Landings {
  events(where: { type: LANDING }, orderBy: DATE_DESC, first: 20) {
    nodes { date name mission { name } targets { name parent { name } } }
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
];
