import { Agent, request } from 'node:http';

/**
 * Requests at a fixed rate, each sent on its schedule whether the previous one
 * answered or not (an open loop), so that well under saturation the latency is
 * the service time and not a queue. Latency is counted from the scheduled send
 * time (a late send counts against the server too) with microsecond
 * resolution: autocannon's histogram keeps whole milliseconds.
 *
 * node dist/bench/pacedLoad.js <url> <body> <rate per second> <seconds> [header:value ...]
 * prints { requests, errors, p50, p90, p99 } in milliseconds.
 */

export interface PacedResult {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function pacedLoad(url: string, body: string, rate: number, seconds: number, headers: Record<string, string> = {}): Promise<PacedResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const payload = Buffer.from(body);
  const latencies: number[] = [];
  let errors = 0;
  let pending = 0;
  const total = Math.round(rate * seconds);
  const interval = 1e9 / rate;
  const start = process.hrtime.bigint();

  return new Promise((done) => {
    let sent = 0;
    const finish = () => {
      if (sent < total || pending > 0) return;
      agent.destroy();
      const sorted = latencies.sort((a, b) => a - b);
      done({ requests: latencies.length, errors, p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99) });
    };
    const send = (scheduled: bigint) => {
      pending += 1;
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            pending -= 1;
            if (res.statusCode === 200) latencies.push(Number(process.hrtime.bigint() - scheduled) / 1e6);
            else errors += 1;
            finish();
          });
        },
      );
      req.on('error', () => {
        pending -= 1;
        errors += 1;
        finish();
      });
      req.end(payload);
    };
    const tick = () => {
      const now = process.hrtime.bigint();
      // Everything due by now goes out; a timer that fires late does not lower the rate.
      while (sent < total && start + BigInt(Math.round(sent * interval)) <= now) {
        send(start + BigInt(Math.round(sent * interval)));
        sent += 1;
      }
      if (sent < total) {
        const next = start + BigInt(Math.round(sent * interval));
        setTimeout(tick, Math.max(0, Number(next - process.hrtime.bigint()) / 1e6));
      } else finish();
    };
    tick();
  });
}

if (require.main === module) {
  const [url, body, rate, seconds, ...headerArgs] = process.argv.slice(2);
  const headers = Object.fromEntries(headerArgs.map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)]));
  pacedLoad(url, body, Number(rate), Number(seconds), headers).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
}
