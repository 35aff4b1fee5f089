import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestExecutionListener,
  GraphQLRequestListener,
  GraphQLRequestListenerDidResolveField,
  GraphQLServerListener,
} from '@apollo/server';

type Listener = Record<string, ((...args: unknown[]) => unknown) | undefined>;

/** The request hooks that return nothing: each listener's, in the plugins' order. */
const VOID_HOOKS = ['didResolveSource', 'didResolveOperation', 'didEncounterErrors', 'willSendResponse', 'didEncounterSubsequentErrors', 'willSendSubsequentPayload'] as const;
/** The request hooks that may return what runs when their step ends: those run in the reverse order, as Apollo runs them. */
const STEP_HOOKS = ['parsingDidStart', 'validationDidStart'] as const;
const PLUGIN_HOOKS = new Set(['serverWillStart', 'requestDidStart']);
const REQUEST_HOOKS = [...VOID_HOOKS, ...STEP_HOOKS, 'responseForOperation', 'executionDidStart'];

/**
 * The server's plugins as one. Apollo calls every hook of every request
 * listener on every request, each call behind a promise and each hook behind
 * a Promise.all, whether the listener has that hook or not: with eight
 * plugins, nine hooks of about eight listeners each. One listener made of
 * them calls, at each step, only the listeners that have that step's hook.
 * A plugin with any other plugin-level hook is refused when the server is built.
 */
export function combinedPlugins<TContext extends BaseContext>(plugins: ApolloServerPlugin<TContext>[]): ApolloServerPlugin<TContext> {
  for (const plugin of plugins) {
    const other = Object.keys(plugin).find((hook) => !PLUGIN_HOOKS.has(hook));
    if (other) throw new Error(`combinedPlugins does not pass on the plugin hook ${other}: give that plugin to Apollo on its own`);
  }
  const starting = plugins.filter((plugin) => plugin.serverWillStart);
  const requests = plugins.filter((plugin) => plugin.requestDidStart);
  return {
    async serverWillStart(service) {
      const listeners: GraphQLServerListener[] = [];
      for (const plugin of starting) {
        const listener = await plugin.serverWillStart!(service);
        if (listener) listeners.push(listener);
      }
      return oneServerListener(listeners);
    },
    async requestDidStart(requestContext) {
      const listeners = (await Promise.all(requests.map((plugin) => plugin.requestDidStart!(requestContext)))).filter(
        (listener): listener is GraphQLRequestListener<TContext> => listener !== undefined && listener !== null,
      );
      return listeners.length <= 1 ? listeners[0] : (oneRequestListener(listeners as Listener[]) as GraphQLRequestListener<TContext>);
    },
  };
}

function oneServerListener(listeners: GraphQLServerListener[]): GraphQLServerListener | undefined {
  if (listeners.length <= 1) return listeners[0];
  if (listeners.some((listener) => listener.renderLandingPage)) throw new Error('combinedPlugins does not pass on renderLandingPage');
  const combined: GraphQLServerListener = {};
  const having = (hook: keyof GraphQLServerListener) => listeners.filter((listener) => listener[hook]);
  if (having('schemaDidLoadOrUpdate').length) combined.schemaDidLoadOrUpdate = (schema) => having('schemaDidLoadOrUpdate').forEach((l) => l.schemaDidLoadOrUpdate!(schema));
  if (having('drainServer').length) combined.drainServer = async () => {
    for (const listener of having('drainServer')) await listener.drainServer!();
  };
  if (having('serverWillStop').length) combined.serverWillStop = async () => {
    for (const listener of having('serverWillStop')) await listener.serverWillStop!();
  };
  return combined;
}

function oneRequestListener(listeners: Listener[]): Listener {
  // One pass over the listeners: which of them has each hook (its own or its class's), in the plugins' order.
  const having: Record<string, Listener[] | undefined> = {};
  for (const listener of listeners) {
    for (const hook of REQUEST_HOOKS) if (listener[hook]) (having[hook] ??= []).push(listener);
  }
  const combined: Listener = {};
  for (const hook of VOID_HOOKS) {
    const some = having[hook];
    if (some?.length === 1) combined[hook] = some[0][hook]!.bind(some[0]);
    else if (some) combined[hook] = async (...args) => {
      for (const listener of some) await listener[hook]!(...args);
    };
  }
  for (const hook of STEP_HOOKS) {
    const some = having[hook];
    if (some) combined[hook] = async (...args) => {
      const ends: ((...endArgs: unknown[]) => Promise<void>)[] = [];
      for (const listener of some) {
        const end = await listener[hook]!(...args);
        if (typeof end === 'function') ends.unshift(end as (...endArgs: unknown[]) => Promise<void>);
      }
      return async (...endArgs: unknown[]) => {
        for (const end of ends) await end(...endArgs);
      };
    };
  }
  const answering = having.responseForOperation;
  if (answering) combined.responseForOperation = async (...args) => {
    // The first answer found is the answer, as Apollo takes it.
    for (const listener of answering) {
      const response = await listener.responseForOperation!(...args);
      if (response !== undefined && response !== null) return response;
    }
    return null;
  };
  const executing = having.executionDidStart;
  if (executing) combined.executionDidStart = async (...args) => {
    const execution: GraphQLRequestExecutionListener<BaseContext>[] = [];
    for (const listener of executing) {
      const one = (await listener.executionDidStart!(...args)) as GraphQLRequestExecutionListener<BaseContext> | undefined;
      if (one) execution.unshift(one);
    }
    return oneExecutionListener(execution);
  };
  return combined;
}

/** Apollo wraps every field's resolver when a listener has willResolveField: the combined one has it only when one of them does. */
function oneExecutionListener(listeners: GraphQLRequestExecutionListener<BaseContext>[]): GraphQLRequestExecutionListener<BaseContext> | undefined {
  if (listeners.length <= 1) return listeners[0];
  const combined: GraphQLRequestExecutionListener<BaseContext> = {};
  const ending = listeners.filter((listener) => listener.executionDidEnd);
  if (ending.length > 0) combined.executionDidEnd = async (error) => {
    for (const listener of ending) await listener.executionDidEnd!(error);
  };
  const resolving = listeners.filter((listener) => listener.willResolveField);
  if (resolving.length > 0) combined.willResolveField = (params) => {
    const ends: GraphQLRequestListenerDidResolveField[] = [];
    for (const listener of resolving) {
      const end = listener.willResolveField!(params);
      if (end) ends.unshift(end);
    }
    if (ends.length === 0) return;
    return (error, result) => ends.forEach((end) => end(error, result));
  };
  return combined;
}
