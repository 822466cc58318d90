import { HubConnection, HubConnectionBuilder, LogLevel } from "@microsoft/signalr";
import type { ChangeBatch, SiteSnapshot } from "../contracts";
import { LiveFeed } from "../liveFeed";
import type { LiveState } from "../state";
import type { ConnectionView } from "./renderHeader";
import { retryDelayMs } from "./retry";

export interface LiveClientOptions {
  readonly hubUrl: string;
  readonly siteId: string;
  /** A new state to draw, with the hub's clock at the snapshot (to correct a drifting screen clock). */
  readonly onState: (state: LiveState, serverTime?: string) => void;
  readonly onConnection: (connection: ConnectionView) => void;
  readonly log?: (message: string) => void;
  /** The screen's best idea of the time (corrected by the hub's clock). */
  readonly now?: () => number;
}

/**
 * Keeps one site's live state from `/hubs/live`: subscribes, applies `changes`, and on a reconnect, a `resync`, a
 * version gap or a new hub instance subscribes again and replaces its state with the new snapshot (the catch-up).
 */
export class LiveClient {
  private readonly _feed = new LiveFeed();
  private readonly _connection: HubConnection;
  private _live = false;
  private _staleSince: number | null = null;
  private _subscribing: Promise<void> | null = null;

  constructor(private readonly _options: LiveClientOptions) {
    this._connection = new HubConnectionBuilder()
      .withUrl(_options.hubUrl)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => retryDelayMs(ctx.previousRetryCount) })
      .configureLogging(LogLevel.Warning)
      .build();
    this._connection.on("changes", (batch: ChangeBatch) => this.onChanges(batch));
    this._connection.on("resync", () => this.resubscribe("the hub asked for a resync"));
    this._connection.onreconnecting(error => this.goStale("reconnecting", error?.message));
    this._connection.onreconnected(() => this.resubscribe("reconnected"));
    // Automatic reconnect never gives up, so a close means the first connection or a stop failed: start over.
    this._connection.onclose(error => {
      this.goStale("reconnecting", error?.message);
      void this.start();
    });
  }

  /** Connects (retrying until the hub answers) and subscribes. */
  async start(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this._connection.start();
        break;
      } catch (error) {
        this.goStale(this._staleSince === null ? "connecting" : "reconnecting", messageOf(error));
        await sleep(retryDelayMs(attempt + 1));
      }
    }
    await this.resubscribe("connected");
  }

  private onChanges(batch: ChangeBatch): void {
    const result = this._feed.receiveChanges(batch);
    if (result.kind === "state") {
      this._options.onState(result.state);
    } else if (result.kind === "resync") {
      void this.resubscribe(result.reason);
    }
  }

  private resubscribe(reason: string): Promise<void> {
    this._subscribing ??= this.subscribe(reason).finally(() => {
      this._subscribing = null;
    });
    return this._subscribing;
  }

  private async subscribe(reason: string): Promise<void> {
    this._options.log?.(`Subscribing to ${this._options.siteId}: ${reason}`);
    for (let attempt = 0; this._connection.state === "Connected"; attempt++) {
      this._feed.beginSubscribe();
      try {
        const snapshot = await this._connection.invoke<SiteSnapshot>("Subscribe", this._options.siteId);
        const result = this._feed.receiveSnapshot(snapshot);
        if (result.kind === "state") {
          this._live = true;
          this._staleSince = null;
          this._options.onConnection({ state: "live", staleSince: null });
          this._options.onState(result.state, snapshot.serverTime);
          return;
        }
        if (result.kind === "resync") {
          reason = result.reason;
          continue;
        }
      } catch (error) {
        this._feed.abandonSubscribe();
        // The hub refused (an unknown site, say): say why on the screen and keep trying; it may be configured later.
        this.goStale("offline", messageOf(error));
        await sleep(retryDelayMs(attempt + 1));
      }
    }
  }

  /** The data on screen stays, marked stale from the moment the screen stopped being live. */
  private goStale(state: ConnectionView["state"], detail?: string): void {
    if (this._live) {
      this._live = false;
      this._staleSince = (this._options.now ?? Date.now)();
    }
    this._options.onConnection({ state, staleSince: this._staleSince, detail });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
