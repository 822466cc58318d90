import type { ChangeBatch, SiteSnapshot } from "./contracts";
import { applyChanges, fromSnapshot, type LiveState } from "./state";

export type FeedResult =
  | { readonly kind: "state"; readonly state: LiveState }
  | { readonly kind: "unchanged" }
  | { readonly kind: "resync"; readonly reason: string };

/**
 * The client side of the subscribe protocol, without the transport. The hub adds a connection to the site's group
 * before it reads the snapshot, so `changes` can arrive while `Subscribe` is still in flight: they are held and
 * applied on top of the snapshot (those it already contains are dropped by the version rule).
 */
export class LiveFeed {
  private _state: LiveState | null = null;
  private _held: ChangeBatch[] | null = null;

  get state(): LiveState | null {
    return this._state;
  }

  /** Call just before invoking Subscribe. */
  beginSubscribe(): void {
    this._held = [];
  }

  /** The snapshot replaces everything known (catch-up after a reconnect, a resync or a hub restart). */
  receiveSnapshot(snapshot: SiteSnapshot): FeedResult {
    const held = this._held ?? [];
    this._held = null;
    let state = fromSnapshot(snapshot);
    for (const batch of held.sort((a, b) => a.version - b.version)) {
      if (batch.instance !== state.instance) {
        continue; // sent by the hub instance the snapshot replaced
      }
      const outcome = applyChanges(state, batch);
      if (outcome.kind === "resync") {
        this._state = state;
        return outcome;
      }
      if (outcome.kind === "applied") {
        state = outcome.state;
      }
    }
    this._state = state;
    return { kind: "state", state };
  }

  /** A subscribe failed: changes held for it can never be placed, so drop them. */
  abandonSubscribe(): void {
    this._held = null;
  }

  receiveChanges(batch: ChangeBatch): FeedResult {
    if (this._held) {
      this._held.push(batch);
      return { kind: "unchanged" };
    }
    if (!this._state) {
      return { kind: "resync", reason: "changes arrived before any snapshot" };
    }
    const outcome = applyChanges(this._state, batch);
    switch (outcome.kind) {
      case "applied":
        this._state = outcome.state;
        return { kind: "state", state: outcome.state };
      case "duplicate":
        return { kind: "unchanged" };
      case "resync":
        return outcome;
    }
  }
}
