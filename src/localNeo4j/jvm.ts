import { join } from 'node:path';
import { memory } from './config';
import { LocalNeo4jPaths } from './paths';

/**
 * The flags the official launcher passes (server.jvm.additional in the
 * distribution's neo4j.conf, plus its -Dfile.encoding), without
 * -XX:+AlwaysPreTouch, which touches the whole heap before start-up.
 */
export const LAUNCHER_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

// bin/neo4j turns server.memory.heap.* into these; CommunityEntryPoint cannot size its own heap.
export function serverJvmFlags(): string[] {
  const { heapInitial, heapMax } = memory();
  return [`-Xms${heapInitial}`, `-Xmx${heapMax}`, ...LAUNCHER_FLAGS];
}

/** The JVM expands the trailing `*` itself, so the command line stays short. */
export const classpath = (paths: LocalNeo4jPaths): string => join(paths.lib, '*');

/** java arguments for the server: flags, then the class-data archive flag, classpath and entry point. */
export function serverCommandLine(paths: LocalNeo4jPaths, classDataFlags: string[]): string[] {
  return [
    ...serverJvmFlags(),
    ...classDataFlags,
    '-cp',
    classpath(paths),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
}

/** neo4j-admin reads these instead of command-line options. */
export const adminEnv = (paths: LocalNeo4jPaths): NodeJS.ProcessEnv => ({
  ...process.env,
  NEO4J_HOME: paths.home,
  NEO4J_CONF: paths.conf,
});
