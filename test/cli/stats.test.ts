import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cliHarness.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dataEnv(): NodeJS.ProcessEnv {
  const d = mkdtempSync(join(tmpdir(), 'brano-cli-data-'));
  dirs.push(d);
  return { NO_COLOR: '1', LANG: 'it_IT.UTF-8', DATA_DIR: d, BRANO_RECORD: '1' };
}

const DECLINED = 'Chi ha vinto il campionato mondiale di scacchi nel 1972?';

describe('brano stats and the chat’s question log', () => {
  it('GIVEN questions asked in the chat, one the article does not answer twice THEN stats --json counts them and lists the declined one once with its count', async () => {
    const env = dataEnv();
    const chat = await cli(['chat'], { stdin: ['Chi ha rilasciato Llama 2?', DECLINED, DECLINED.toLowerCase(), '/quit'].join('\n') + '\n', env });
    expect(chat.code).toBe(0);
    expect(chat.stderr).toBe('');
    const run = await cli(['stats', '--json', '--days', '7'], { env });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { periods: { days: number; asked: number; declined: number; unanswered: { question: string; count: number }[]; topics: unknown[] }[] };
    expect(out.periods).toHaveLength(1);
    expect(out.periods[0]).toMatchObject({ days: 7, asked: 3, declined: 2, up: 0, down: 0 });
    expect(out.periods[0]!.unanswered).toEqual([{ question: DECLINED.toLowerCase(), count: 2 }]);
    expect(out.periods[0]!.topics).toHaveLength(1);
  });

  it('GIVEN no --days THEN the last 7 and 30 days, readable; GIVEN BRANO_RECORD=0 THEN it says recording is off, exit 1; GIVEN a bad --days THEN usage, exit 2', async () => {
    const env = dataEnv();
    const human = await cli(['stats'], { env });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Last 7 days');
    expect(human.stdout).toContain('Last 30 days');
    expect(human.stdout).toContain('0 questions, 0% declined');
    const off = await cli(['stats', '--json'], { env: { ...env, BRANO_RECORD: '0' } });
    expect(off.code).toBe(1);
    expect(JSON.parse(off.stdout)).toEqual({ error: 'recording-off' });
    expect(off.stderr).toContain('BRANO_RECORD=0');
    const bad = await cli(['stats', '--days', 'lots'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--days takes a whole number');
  });
});
