import type { AssetView } from "../contracts";

/**
 * How long after its hours last rose a machine still counts as running. An engine counter steps in 0.05 h (J1939), so
 * a running engine shows a rise about every 3 minutes; ten minutes without one means it stopped (or stopped reporting).
 */
export const RunningWindowMs = 10 * 60 * 1000;

/** `unknown`: the screen has not watched the meter long enough to tell (just after it loaded). */
export type MeterState = "running" | "off" | "unknown";

interface Watched {
  hours: number;
  /** Hub time of the reading that first showed the current hours. */
  risenAt: number | null;
  /** Hub time of the first reading this screen saw. */
  since: number;
}

/**
 * Whether each metered asset is running. The hub's `runHours.running` is true only for ignition-counted meters; for
 * a machine's own hour counter (generators, plant) the screen remembers when the hours last rose, across snapshots
 * and change batches, so a generator whose hours count up never reads "off".
 */
export class MeterWatch {
  private readonly _watched = new Map<string, Watched>();

  /** Takes every asset of a new state (idempotent: the same state twice changes nothing). */
  observe(assets: Iterable<AssetView>): void {
    for (const asset of assets) {
      const meter = asset.runHours;
      if (!meter) {
        continue;
      }
      const at = Date.parse(meter.updatedAt);
      const known = this._watched.get(asset.id);
      if (!known || meter.hours < known.hours) {
        // First sight, or a meter that went back (another hub's data): start watching afresh.
        this._watched.set(asset.id, { hours: meter.hours, risenAt: null, since: at });
      } else if (meter.hours > known.hours) {
        known.hours = meter.hours;
        known.risenAt = Math.max(at, known.risenAt ?? at);
      }
    }
  }

  /** `nowMs` is the hub-corrected clock. */
  stateOf(asset: AssetView, nowMs: number): MeterState {
    const meter = asset.runHours;
    if (!meter) {
      return "off";
    }
    if (meter.running) {
      return "running";
    }
    if (meter.source === "ignition") {
      return "off"; // the hub knows the ignition is off
    }
    const known = this._watched.get(asset.id);
    if (known?.risenAt != null && nowMs - known.risenAt <= RunningWindowMs) {
      return "running";
    }
    const lastReading = Date.parse(meter.updatedAt);
    const watchedLongEnough = known !== undefined && nowMs - (known.risenAt ?? known.since) > RunningWindowMs;
    return watchedLongEnough || nowMs - lastReading > RunningWindowMs ? "off" : "unknown";
  }

  isRunning(asset: AssetView, nowMs: number): boolean {
    return this.stateOf(asset, nowMs) === "running";
  }
}
