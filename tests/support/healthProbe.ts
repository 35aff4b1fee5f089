import { get } from 'node:http';

/**
 * A load balancer's health check, in a process of its own: GET `url` on a
 * connection of its own every 20 ms until its stdin closes, then prints each
 * probe's time in ms as one JSON array (a probe answered with anything but
 * 200 is printed as -1), after a first line once a first probe, not counted, is answered (it
 * times this process's own first connection). Its own process, so that what it times is the
 * server's answer and not the test's own event loop.
 */
const url = process.argv[2];

const probe = () =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now();
    get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - started : -1));
    }).on('error', reject);
  });

let stopped = false;
process.stdin.on('end', () => (stopped = true)).resume();

(async () => {
  await probe();
  process.stdout.write('probing\n');
  const times: number[] = [];
  while (!stopped) {
    times.push(await probe());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.stdout.write(JSON.stringify(times));
})().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
