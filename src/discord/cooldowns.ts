/**
 * Per-user rate limit for commands, in memory: a token bucket per user (a shard sees only its own users'
 * interactions, which is what a rate limit per user needs; a restart forgets them, which is harmless).
 *
 * Each user has `commands` tokens; a command takes one; tokens come back evenly, `commands` per `seconds`. A quick
 * run of follow-ups passes, a sustained stream is slowed to the refill rate. With `commands = 1` this is a plain
 * "wait `seconds` between two commands".
 */

/** Tracks each user's tokens. */
export class Cooldowns {
  /** Per user: tokens left at `at` (ms). Users with a full bucket are forgotten. */
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /**
   * @param seconds - the window in which `commands` commands may run back to back (0 disables the limit)
   * @param now - the clock, in milliseconds (injectable for tests)
   * @param commands - the bucket's size: how many commands a user may run in a row (at least 1)
   */
  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
    readonly commands: number = 1,
  ) {}

  /**
   * Takes a token for the user, or says how long until one is back.
   * @param userId - the user
   * @returns 0 when the command may run (a token was taken), else whole seconds until the next token
   */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const size = Math.max(1, Math.floor(this.commands));
    const perMs = size / (this.seconds * 1000);
    const t = this.now();
    const b = this.buckets.get(userId);
    const tokens = b ? Math.min(size, b.tokens + (t - b.at) * perMs) : size;
    if (tokens < 1) {
      // Keep the stored state as it was: a refused command costs nothing.
      return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
    }
    this.buckets.set(userId, { tokens: tokens - 1, at: t });
    if (this.buckets.size > 10_000) this.sweep(t, size, perMs);
    return 0;
  }

  /** Forgets users whose bucket has refilled, so the map stays small. */
  private sweep(t: number, size: number, perMs: number): void {
    for (const [user, b] of this.buckets) if (b.tokens + (t - b.at) * perMs >= size) this.buckets.delete(user);
  }
}
