import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';

/** Messages a client may send: a subscription's document and variables, held to the public body limit. */
const MAX_MESSAGE_BYTES = 100 * 1024;
/** Ping each socket this often; one that has not answered the last ping by then is dropped (a client gone without a word). */
const KEEP_ALIVE_MS = 15_000;

export interface WebSocketGateOptions {
  /** The one path that takes a WebSocket upgrade. */
  path: string;
  /** Which subprotocol to speak, from those the client offers; false refuses them all. */
  protocol: (offered: Set<string>) => string | false;
  connectionsPerClient: number;
  /** Told of each connection let in: it is the caller's from then on. */
  onConnection: (socket: WebSocket, request: IncomingMessage) => void;
}

/**
 * Lets WebSocket upgrades in on one path of the HTTP server, at most
 * `connectionsPerClient` at once from one client address (HTTP 429 past
 * that), and none once closing began (503). Each socket is pinged, and
 * dropped when it stops answering, so a vanished client does not hold a slot.
 */
export class WebSocketGate {
  private readonly server: WebSocketServer;
  private readonly perClient = new Map<string, number>();
  private closing = false;

  constructor(private readonly options: WebSocketGateOptions) {
    this.server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, handleProtocols: options.protocol });
  }

  attach(http: Server): void {
    http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
  }

  /** Closes every socket with 1001 (going away), so that clients reconnect to another process. */
  async close(): Promise<void> {
    this.closing = true;
    for (const socket of this.server.clients) socket.close(1001, 'The server is shutting down');
    await new Promise((resolve) => this.server.close(resolve));
  }

  get connections(): number {
    return this.server.clients.size;
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A client that resets the connection mid-handshake must not bring the process down.
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '').split('?')[0];
    if (path !== this.options.path) return refuse(socket, 404, 'Not Found', `WebSocket connections are taken at ${this.options.path} only.`);
    if (this.closing) return refuse(socket, 503, 'Service Unavailable', 'The server is shutting down: connect again.');
    const client = request.socket.remoteAddress ?? 'unknown';
    const open = this.perClient.get(client) ?? 0;
    if (open >= this.options.connectionsPerClient) {
      return refuse(socket, 429, 'Too Many Requests', `At most ${this.options.connectionsPerClient} WebSocket connections per client; one connection carries many subscriptions.`);
    }
    this.perClient.set(client, open + 1);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    };
    socket.once('close', release);
    this.server.handleUpgrade(request, socket, head, (webSocket) => {
      webSocket.once('close', release);
      webSocket.on('error', () => webSocket.terminate());
      keepAlive(webSocket);
      this.options.onConnection(webSocket, request);
    });
  }
}

function refuse(socket: Duplex, status: number, reason: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function keepAlive(socket: WebSocket): void {
  let answered = true;
  socket.on('pong', () => (answered = true));
  const timer = setInterval(() => {
    if (!answered) return socket.terminate();
    answered = false;
    socket.ping();
  }, KEEP_ALIVE_MS);
  timer.unref();
  socket.once('close', () => clearInterval(timer));
}
