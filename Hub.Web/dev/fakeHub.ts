// Just enough of the SignalR JSON hub protocol (negotiate, WebSocket transport, handshake, invocations, pings) to
// stand in for `/hubs/live` in the preview server, so the real @microsoft/signalr client can be driven through
// connect, changes, resync, a hub outage and the catch-up after it — without Hub.Server.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { ChangeBatch, SiteSnapshot } from "../src/contracts";

const Separator = "\u001e";
const PingMs = 5000;

export class FakeLiveHub {
  /** Site ids passed to Subscribe, in order. */
  readonly subscribes: string[] = [];
  private readonly _sockets = new WebSocketServer({ noServer: true });
  private readonly _clients = new Set<WebSocket>();
  private _down = false;
  private _waiters: { count: number; resolve: () => void }[] = [];

  constructor(public snapshot: SiteSnapshot) {}

  /** POST /hubs/live/negotiate */
  negotiate(res: ServerResponse): void {
    if (this._down) {
      res.writeHead(503).end();
      return;
    }
    const token = randomUUID();
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({
      negotiateVersion: 1, connectionId: token, connectionToken: token,
      availableTransports: [{ transport: "WebSockets", transferFormats: ["Text"] }],
    }));
  }

  /** The WebSocket upgrade of /hubs/live?id=… */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this._down) {
      socket.destroy();
      return;
    }
    this._sockets.handleUpgrade(req, socket, head, ws => this.accept(ws));
  }

  /** Resolves once Subscribe has been called `count` times in all; rejects after `timeoutMs`. */
  subscribed(count: number, timeoutMs: number): Promise<void> {
    if (this.subscribes.length >= count) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Subscribe was called ${this.subscribes.length} times, not ${count}, within ${timeoutMs} ms`)), timeoutMs);
      this._waiters.push({ count, resolve: () => {
        clearTimeout(timer);
        resolve();
      } });
    });
  }

  /** Sends a `changes` batch to every connected client. */
  broadcast(batch: ChangeBatch): void {
    this.sendAll({ type: 1, target: "changes", arguments: [batch] });
  }

  /** Tells every client it missed changes and must subscribe again. */
  resync(): void {
    this.sendAll({ type: 1, target: "resync", arguments: [] });
  }

  /** The hub goes away: open connections drop and new ones are refused. */
  goDown(): void {
    this._down = true;
    for (const ws of this._clients) {
      ws.terminate();
    }
    this._clients.clear();
  }

  goUp(snapshot?: SiteSnapshot): void {
    if (snapshot) {
      this.snapshot = snapshot;
    }
    this._down = false;
  }

  close(): void {
    this.goDown();
    this._sockets.close();
  }

  private accept(ws: WebSocket): void {
    let handshaken = false;
    this._clients.add(ws);
    const ping = setInterval(() => send(ws, { type: 6 }), PingMs);
    ws.on("close", () => {
      clearInterval(ping);
      this._clients.delete(ws);
    });
    ws.on("message", data => {
      for (const text of data.toString().split(Separator).filter(Boolean)) {
        const message = JSON.parse(text) as { type?: number; target?: string; invocationId?: string; arguments?: unknown[] };
        if (!handshaken) {
          handshaken = true;
          ws.send(`{}${Separator}`);
        } else if (message.type === 1 && message.target === "Subscribe") {
          this.subscribes.push(String(message.arguments?.[0]));
          send(ws, { type: 3, invocationId: message.invocationId, result: this.snapshot });
          const ready = this._waiters.filter(w => this.subscribes.length >= w.count);
          this._waiters = this._waiters.filter(w => this.subscribes.length < w.count);
          ready.forEach(w => w.resolve());
        } else if (message.type === 1 && message.invocationId) {
          send(ws, { type: 3, invocationId: message.invocationId, error: `Unknown hub method '${message.target}'` });
        }
      }
    });
  }

  private sendAll(message: object): void {
    for (const ws of this._clients) {
      send(ws, message);
    }
  }
}

function send(ws: WebSocket, message: object): void {
  if (ws.readyState === ws.OPEN) {
    ws.send(JSON.stringify(message) + Separator);
  }
}
