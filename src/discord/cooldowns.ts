/**
 * Per-user cooldowns between commands, in memory (a shard sees only its own users' interactions, which is
 * what a rate limit per user needs; a restart forgets them, which is harmless).
 */

/** Tracks when each user may run a command again. */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  /**
   * @param seconds - the wait between two commands of one user (0 disables cooldowns)
   * @param now - the clock, in milliseconds (injectable for tests)
   */
  constructor(
    readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records a use if the user is free, or says how long they must wait.
   * @param userId - the user
   * @returns 0 when the command may run (and the cooldown starts), else whole seconds left
   */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const t = this.now();
    const until = this.until.get(userId) ?? 0;
    if (until > t) return Math.max(1, Math.ceil((until - t) / 1000));
    this.until.set(userId, t + this.seconds * 1000);
    if (this.until.size > 10_000) this.sweep(t);
    return 0;
  }

  /** Forgets expired entries so the map stays small. */
  private sweep(t: number): void {
    for (const [user, until] of this.until) if (until <= t) this.until.delete(user);
  }
}
