import { spawnSync } from 'node:child_process';

const HOW_TO = `Install them, or point the project at an existing Neo4j with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD:
  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless maven
  macOS:         brew install openjdk@17 maven`;

/** Java 17+ runs the server and Maven fetches its jars; say plainly which is missing. */
export function checkPrerequisites(needMaven: boolean): void {
  const missing: string[] = [];
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    missing.push('Java 17 or 21 (the `java` command)');
  } else {
    const version = /version "(\d+)/.exec(java.stderr)?.[1];
    if (version && Number(version) < 17) missing.push(`Java 17 or 21 (found Java ${version})`);
  }
  if (needMaven) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) missing.push('Maven (the `mvn` command), to fetch the Neo4j server once');
  }
  if (missing.length > 0) {
    throw new Error(`The local Neo4j needs ${missing.join(' and ')}.\n${HOW_TO}`);
  }
}
