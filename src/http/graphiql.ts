import { Router } from 'express';
import { dirname, join } from 'node:path';
import { EXAMPLE_OPERATIONS } from '../operations/exampleOperations';

const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.js': join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

const escapeForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>missiongraph · GraphiQL</title>
  <link rel="stylesheet" href="/assets/graphiql/graphiql.css">
  <style>
    body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    header { display: flex; gap: 1.25rem; align-items: baseline; padding: .5rem 1rem; border-bottom: 1px solid #ddd; }
    header h1 { font-size: 1rem; margin: 0; }
    header nav { margin-left: auto; display: flex; gap: 1rem; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <header>
    <h1>missiongraph</h1>
    <span>A GraphQL knowledge graph of space missions · <code>POST /graphql</code></span>
    <nav aria-label="Pages"><a href="/explore">Explorer</a><a href="/widget">Related-missions widget</a><a href="/schema.graphql">Schema (SDL)</a></nav>
  </header>
  <main id="graphiql" aria-label="GraphiQL">Loading GraphiQL…</main>
  <script src="/assets/graphiql/react.js"></script>
  <script src="/assets/graphiql/react-dom.js"></script>
  <script src="/assets/graphiql/graphiql.js"></script>
  <script>
    const examples = ${escapeForScript(EXAMPLE_OPERATIONS)};
    const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        defaultTabs: examples.map((example) => ({ query: example.query, variables: example.variables })),
      }),
    );
  </script>
</body>
</html>`;

/** GraphiQL at /, from npm packages served by us: it works with no internet. */
export function graphiqlRouter(): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.type('html').send(page);
  });
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/assets/graphiql/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: '1d' });
    });
  }
  return router;
}
