import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/projectRoot';

let built = false;

/**
 * jest runs the server from src/ without `npm run build`, but the pages it
 * serves come from dist/web: build them from web/ when they are missing or
 * stale (fast with esbuild; concurrent suites wait for one another).
 */
export function ensureWebBuild(): void {
  if (built) return;
  execFileSync(process.execPath, [join(projectRoot(), 'scripts', 'build-web.mjs'), '--if-stale'], { stdio: 'inherit' });
  built = true;
}
