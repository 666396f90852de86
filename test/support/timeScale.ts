/**
 * How much slower than an idle machine the tests should allow wall-clock limits to be: Discord's 3 s callback
 * deadline in the fake Discord, the quiet period and time-out of its idle wait, the REST time-out after which
 * discord.js retries a request (a retried callback is a second callback), and vitest's per-test timeouts. On a busy machine
 * (other processes holding the cores) real time runs out while the bot waits for a CPU, not because it is slow; the
 * latencies themselves are measured by `npm run bench`, on the exact 3 s deadline.
 *
 * `BRANO_TEST_TIME_SCALE` sets the factor; otherwise it is the 1-minute load per core, doubled for headroom, at
 * least 1 and at most 20.
 */
import { cpus, loadavg } from 'node:os';

function scale(): number {
  const set = Number(process.env['BRANO_TEST_TIME_SCALE']);
  if (Number.isFinite(set) && set >= 1) return set;
  const perCore = (loadavg()[0] ?? 0) / Math.max(1, cpus().length);
  return Math.min(20, Math.max(1, Math.ceil(2 * perCore)));
}

/** The factor applied to every wall-clock limit in the tests (≥ 1). */
export const TIME_SCALE = scale();

/** Discord's first-callback deadline, scaled: what the fake Discord enforces in the end-to-end tests. */
export const SCALED_DEADLINE_MS = 3000 * TIME_SCALE;

/** When Brano defers a command still at work, scaled like the deadline it protects (half of it, as in production). */
export const SCALED_DEFER_AFTER_MS = 1500 * TIME_SCALE;
