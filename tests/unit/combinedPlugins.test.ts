import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLRequestExecutionListener, GraphQLRequestListener, GraphQLServerContext } from '@apollo/server';
import { combinedPlugins } from '../../src/app/combinedPlugins';

// The hooks are called here as Apollo calls them; what each receives does not matter to the combination.
const requestContext = {} as GraphQLRequestContext<BaseContext>;
const any = {} as never;

async function listenerOf(plugins: ApolloServerPlugin[]): Promise<GraphQLRequestListener<BaseContext>> {
  return (await combinedPlugins(plugins).requestDidStart!(requestContext)) as GraphQLRequestListener<BaseContext>;
}

describe('the plugins combined as one', () => {
  it('calls each hook of each listener that has it, in the plugins\' order, and no hook that none has', async () => {
    const calls: string[] = [];
    const listener = await listenerOf([
      { async requestDidStart() { return { async willSendResponse() { calls.push('a.willSendResponse'); } }; } },
      { async requestDidStart() { calls.push('b.start'); } },
      {
        async requestDidStart() {
          return { async didResolveOperation() { calls.push('c.didResolveOperation'); }, async willSendResponse() { calls.push('c.willSendResponse'); } };
        },
      },
    ]);
    await listener.didResolveOperation!(any);
    await listener.willSendResponse!(any);
    expect(calls).toEqual(['b.start', 'c.didResolveOperation', 'a.willSendResponse', 'c.willSendResponse']);
    expect(listener.didEncounterErrors).toBeUndefined();
    expect(listener.executionDidStart).toBeUndefined();
  });

  it('calls the hooks a listener has from its class, as Apollo would', async () => {
    const calls: string[] = [];
    class Recording {
      constructor(private readonly name: string) {}
      async willSendResponse() {
        calls.push(`${this.name}.willSendResponse`);
      }
    }
    const listener = await listenerOf([
      { async requestDidStart() { return new Recording('a') as GraphQLRequestListener<BaseContext>; } },
      { async requestDidStart() { return new Recording('b') as GraphQLRequestListener<BaseContext>; } },
    ]);
    await listener.willSendResponse!(any);
    expect(calls).toEqual(['a.willSendResponse', 'b.willSendResponse']);
  });

  it('answers with the first listener\'s response for the operation and asks no later one', async () => {
    const asked: string[] = [];
    const response = { http: { status: 200 } } as never;
    const listener = await listenerOf([
      { async requestDidStart() { return { async responseForOperation() { asked.push('a'); return null; } }; } },
      { async requestDidStart() { return { async responseForOperation() { asked.push('b'); return response; } }; } },
      { async requestDidStart() { return { async responseForOperation() { asked.push('c'); return null; } }; } },
    ]);
    expect(await listener.responseForOperation!(any)).toBe(response);
    expect(asked).toEqual(['a', 'b']);
  });

  it('has willResolveField only when a listener has it, so Apollo wraps no resolver for nothing', async () => {
    const ended: string[] = [];
    const execution = (one: GraphQLRequestExecutionListener<BaseContext>): ApolloServerPlugin => ({
      async requestDidStart() {
        return { async executionDidStart() { return one; }, async willSendResponse() {} };
      },
    });
    const without = await listenerOf([execution({ async executionDidEnd() { ended.push('a'); } }), execution({ async executionDidEnd() { ended.push('b'); } })]);
    const plain = (await without.executionDidStart!(any))!;
    expect(plain.willResolveField).toBeUndefined();
    await plain.executionDidEnd!();
    // Ended in the reverse order of their start, as Apollo ends them.
    expect(ended).toEqual(['b', 'a']);

    const resolved: string[] = [];
    const withField = await listenerOf([
      execution({ willResolveField: () => (error) => void resolved.push(`a ${String(error)}`) }),
      execution({ async executionDidEnd() {} }),
    ]);
    const watching = (await withField.executionDidStart!(any))!;
    const didResolve = watching.willResolveField!(any);
    expect(didResolve).toBeDefined();
    didResolve!(null, 1);
    expect(resolved).toEqual(['a null']);
  });

  it('ends parsing in the reverse order it began it, passing on the error', async () => {
    const steps: string[] = [];
    const parsing = (name: string): ApolloServerPlugin => ({
      async requestDidStart() {
        return {
          async parsingDidStart() {
            steps.push(`${name} began`);
            return async (error?: Error) => void steps.push(`${name} ended: ${error?.message}`);
          },
        };
      },
    });
    const listener = await listenerOf([parsing('a'), parsing('b')]);
    const end = (await listener.parsingDidStart!(any))!;
    await end(new Error('bad syntax'));
    expect(steps).toEqual(['a began', 'b began', 'b ended: bad syntax', 'a ended: bad syntax']);
  });

  it('starts and stops with every plugin that has server hooks', async () => {
    const stopped: string[] = [];
    const plugin = combinedPlugins([
      { async serverWillStart() { return { async serverWillStop() { stopped.push('a'); } }; } },
      { async requestDidStart() {} },
      { async serverWillStart() { return { async serverWillStop() { stopped.push('b'); } }; } },
    ]);
    const listener = (await plugin.serverWillStart!({} as GraphQLServerContext))!;
    await listener.serverWillStop!();
    expect(stopped).toEqual(['a', 'b']);
  });

  it('refuses, when the server is built, a plugin whose hook it would not pass on', () => {
    expect(() => combinedPlugins([{ async contextCreationDidFail() {} }])).toThrow('does not pass on the plugin hook contextCreationDidFail');
  });
});
