const FirstDelaysMs = [0, 2_000, 5_000, 10_000];
const SteadyDelayMs = 15_000;
const JitterMs = 5_000;

/**
 * Delay before reconnect attempt number `previousRetryCount + 1`. Never gives up: a wall screen has nobody to press
 * reload. Jitter spreads the screens of a whole fleet after a hub restart so they do not all come back at once.
 */
export function retryDelayMs(previousRetryCount: number, random: () => number = Math.random): number {
  const base = FirstDelaysMs[previousRetryCount];
  return base !== undefined ? base : SteadyDelayMs + Math.floor(random() * JitterMs);
}
