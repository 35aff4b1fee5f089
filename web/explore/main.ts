import { ExplorerApp } from './explorerApp';

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explore.html has no #${id}`);
  return element as T;
};

const app = new ExplorerApp({
  search: byId('search'),
  suggestions: byId('suggestions'),
  depth: byId('depth'),
  kinds: byId('kind-filter'),
  relationships: byId('relationship-filter'),
  graph: byId('graph'),
  leftOut: byId('left-out'),
  nodeList: byId('drawn'),
  nodeCount: byId('drawn-count'),
  details: byId('details-body'),
  path: byId('path-body'),
  status: byId('status'),
  timeline: byId('timeline'),
  sheet: byId('sheet'),
  sheetHandle: byId('sheet-handle'),
  sheetBody: byId('sheet-body'),
});

// A handle for the browser tests and for anyone curious in the console: window.missiongraphExplorer.cy is the cytoscape core.
Object.defineProperty(window, 'missiongraphExplorer', { value: { cy: app.cytoscape } });

document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    byId<HTMLInputElement>('search').focus();
  }
});

void app.start();
