import { runCommand } from './command';

/** The `java` on PATH, as `java -version` describes it. */
export interface JavaRuntime {
  major: number;
  description: string;
}

// Neo4j 5.26 LTS supports these two Java releases and no others.
const SUPPORTED_JAVA = [17, 21];

/**
 * Java runs the server; Maven is needed only to assemble it the first time.
 * Throws one message naming everything that is missing and how to install it.
 */
export async function checkPrerequisites(needMaven: boolean): Promise<JavaRuntime> {
  const problems: string[] = [];
  const install = { apt: [] as string[], brew: [] as string[] };

  const java = await findJava();
  if (typeof java === 'string') {
    problems.push(java);
    install.apt.push('openjdk-17-jre-headless');
    install.brew.push('openjdk@17');
  }
  if (needMaven) {
    const mvn = await runCommand('mvn', ['-v']);
    if (mvn.status !== 0) {
      problems.push(mvn.notFound ? '`mvn` (Maven) is not on PATH' : `\`mvn -v\` failed: ${mvn.output.trim()}`);
      install.apt.push('maven');
      install.brew.push('maven');
    }
  }
  if (problems.length === 0) return java as JavaRuntime;

  const brewNote = install.brew.includes('openjdk@17')
    ? ' (openjdk@17 is keg-only: put "$(brew --prefix openjdk@17)/bin" on PATH)'
    : '';
  throw new Error(
    [
      `Cannot run the local Neo4j: ${problems.join('; ')}.`,
      `Install on Debian/Ubuntu: sudo apt-get install ${install.apt.join(' ')}`,
      `Install on macOS:         brew install ${install.brew.join(' ')}${brewNote}`,
      'Or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use an existing Neo4j instead.',
    ].join('\n'),
  );
}

/** The Java runtime, or why it cannot be used. */
async function findJava(): Promise<JavaRuntime | string> {
  const result = await runCommand('java', ['-version']);
  if (result.notFound) return '`java` (Java 17 or 21) is not on PATH';
  // macOS ships a /usr/bin/java stub that fails when no JDK is installed.
  if (result.status !== 0) return `\`java -version\` failed (${result.output.trim().split('\n')[0]}); Java 17 or 21 is needed`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!SUPPORTED_JAVA.includes(major)) {
    return `\`java\` on PATH is Java ${Number.isNaN(major) ? '(unknown version)' : major}; Neo4j 5.26 needs Java 17 or 21`;
  }
  return { major, description: result.output.trim().split('\n')[0] ?? `Java ${major}` };
}
