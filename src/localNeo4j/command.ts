import { spawn } from 'node:child_process';

export interface CommandResult {
  /** Exit code; null when the command could not be run at all. */
  status: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
  /** True when the executable was not found on PATH. */
  notFound: boolean;
}

// Maven 3.8 prints colour resets even in batch mode.
const withoutColours = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs a short command to completion without blocking the event loop. This function does not throw. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (result: CommandResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error: NodeJS.ErrnoException) =>
      finish({ status: null, output: error.message, notFound: error.code === 'ENOENT' }),
    );
    child.once('close', (status) => finish({ status, output: withoutColours(Buffer.concat(chunks).toString('utf8')), notFound: false }));
  });
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
