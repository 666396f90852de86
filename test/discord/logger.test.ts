import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/discord/logger.js';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { replyLang } from '../../src/discord/i18n.js';

function sink(isTTY: boolean) {
  const lines: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
    { isTTY },
  );
  return { stream, lines };
}

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';

describe('logger', () => {
  it('GIVEN a pipe THEN one JSON object per line, with level, message and fields', () => {
    const { stream, lines } = sink(false);
    createLogger({ stream, now: () => new Date(0) }).info('ready', { guilds: 3 });
    expect(JSON.parse(lines[0]!)).toEqual({ time: '1970-01-01T00:00:00.000Z', level: 'info', msg: 'ready', guilds: 3 });
  });

  it('GIVEN the token anywhere (message, error, nested field, key named token) THEN it never appears', () => {
    const { stream, lines } = sink(false);
    const log = createLogger({ stream, redact: [TOKEN] });
    log.error(`login failed with ${TOKEN}`, { err: new Error(`bad ${TOKEN}`), nested: { deep: [TOKEN] }, token: 'x', authorization: 'Bot y' });
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).not.toContain('Bot y');
    expect(lines.join('')).toContain('[redacted]');
  });

  it('GIVEN a level THEN lower levels are dropped; GIVEN a terminal THEN lines are readable text', () => {
    const { stream, lines } = sink(true);
    const log = createLogger({ stream, level: 'warn' });
    log.info('hidden');
    log.warn('shown', { shard: 0 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/shown/);
    expect(() => JSON.parse(lines[0]!)).toThrow();
  });
});

describe('cooldowns', () => {
  it('GIVEN a 3 s cooldown THEN a second use within it waits, and after it passes', () => {
    let t = 0;
    const c = new Cooldowns(3, () => t);
    expect(c.take('u')).toBe(0);
    t = 1200;
    expect(c.take('u')).toBe(2);
    expect(c.take('v')).toBe(0);
    t = 3000;
    expect(c.take('u')).toBe(0);
  });

  it('GIVEN 5 commands per 20 s THEN five quick commands pass, the sixth is told when to retry, and one token returns every 4 s', () => {
    let t = 0;
    const c = new Cooldowns(20, () => t, 5);
    expect([1, 2, 3, 4, 5].map(() => c.take('u'))).toEqual([0, 0, 0, 0, 0]);
    t = 1000;
    expect(c.take('u')).toBe(3);
    expect(c.take('v')).toBe(0);
    t = 4000;
    expect(c.take('u')).toBe(0);
    expect(c.take('u')).toBe(4);
    t = 4000 + 20_000;
    expect([1, 2, 3, 4, 5].map(() => c.take('u'))).toEqual([0, 0, 0, 0, 0]);
    expect(c.take('u')).toBeGreaterThan(0);
  });

  it('GIVEN a refused command THEN it costs nothing: the wait does not grow by asking again', () => {
    let t = 0;
    const c = new Cooldowns(10, () => t, 2);
    c.take('u');
    c.take('u');
    t = 1000;
    const waits = [c.take('u'), c.take('u'), c.take('u')];
    expect(waits).toEqual([4, 4, 4]);
    t = 5000;
    expect(c.take('u')).toBe(0);
  });

  it('GIVEN 0 seconds THEN there is no cooldown', () => {
    const c = new Cooldowns(0);
    expect([c.take('u'), c.take('u')]).toEqual([0, 0]);
  });
});

describe('reply language', () => {
  it('GIVEN English locales THEN English; GIVEN Italian or any other THEN Italian', () => {
    expect(['en-US', 'en-GB', 'it', 'de', '', undefined].map(replyLang)).toEqual(['en', 'en', 'it', 'it', 'it', 'it']);
  });
});
