import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/core/corpus.js';
import { createCore } from '../../src/core/brano.js';
import { norm, sameStatement } from '../../scripts/quoteEval.js';

interface GoldQuote {
  readonly p: number;
  readonly text: string;
}
interface GoldPerson {
  readonly aliases: readonly string[];
  readonly direct: readonly GoldQuote[];
  readonly reported: readonly GoldQuote[];
  readonly optional?: readonly GoldQuote[];
}
interface Gold {
  readonly people: Readonly<Record<string, GoldPerson>>;
  readonly not_people: readonly string[];
}

const gold = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/quotes/llama2.gold.json', import.meta.url)), 'utf8')) as Gold;
const core = createCore(loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url))));

// The same matching as the evaluation: same ¶, one text inside the other, the shorter at least 12 characters.
const same = sameStatement;

/** Scores every alias of every gold speaker, and every non-speaker, through core.quote. */
function score() {
  const t = { queries: 0, nameOk: 0, direct: 0, directHit: 0, reported: 0, reportedHit: 0, returned: 0, correct: 0, falseSpeakers: [] as string[] };
  const misses: string[] = [];
  for (const [name, g] of Object.entries(gold.people)) {
    const last = norm(name.split(' ').pop());
    for (const alias of g.aliases) {
      const out = core.quote(alias);
      t.queries++;
      if (norm(out.person).includes(last)) t.nameOk++;
      else misses.push(`"${alias}" → ${out.person}`);
      for (const gq of g.direct) {
        t.direct++;
        if (out.quotes.some((q) => q.paragraph === gq.p && q.kind === 'direct' && same(q.text, gq.text))) t.directHit++;
        else misses.push(`"${alias}" direct ¶${gq.p}`);
      }
      for (const gq of g.reported) {
        t.reported++;
        if (out.quotes.some((q) => q.paragraph === gq.p && same(q.text, gq.text))) t.reportedHit++;
        else misses.push(`"${alias}" reported ¶${gq.p}`);
      }
      const accepted = [...g.direct, ...g.reported, ...(g.optional ?? [])];
      for (const q of out.quotes) {
        t.returned++;
        if (accepted.some((gq) => gq.p === q.paragraph && same(q.text, gq.text))) t.correct++;
        else misses.push(`"${alias}" extra ¶${q.paragraph}`);
      }
    }
  }
  for (const name of gold.not_people) {
    const out = core.quote(name);
    if (out.person !== null || out.quotes.length) t.falseSpeakers.push(name);
  }
  return {
    nameResolved: t.nameOk / t.queries,
    directRecall: t.directHit / t.direct,
    reportedRecall: t.reportedHit / t.reported,
    precision: t.correct / t.returned,
    falseSpeakers: t.falseSpeakers,
    misses,
  };
}

describe('speaker attribution against the full gold of the seed article (every speaker)', () => {
  const s = score();

  it('GIVEN every alias of every speaker THEN at least 95% resolve to that speaker', () => {
    expect(s.nameResolved, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the gold quotations and reported statements THEN direct recall is at least 0.9 and reported recall at least 0.7', () => {
    expect(s.directRecall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.reportedRecall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.7);
  });

  it('GIVEN every statement returned THEN at least 90% are gold (required or optional)', () => {
    expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('GIVEN names that say nothing (products, companies only mentioned) THEN none gets a person or quotes', () => {
    expect(s.falseSpeakers).toEqual([]);
  });
});

describe('speaker look-up robustness on the seed article', () => {
  it('GIVEN other case, accents, typos, hyphens or a first name alone THEN the look-up finds the speaker', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['lambert', 'Nathan Lambert'],
      ['LAMBERT', 'Nathan Lambert'],
      ['Lamber', 'Nathan Lambert'],
      ['Lambrt', 'Nathan Lambert'],
      ['Natan Lambert', 'Nathan Lambert'],
      ['Nathan', 'Nathan Lambert'],
      ['Turrow', 'Jon Turow'],
      ['Turów', 'Jon Turow'],
      ['Jon', 'Jon Turow'],
      ['al dahle', 'Ahmad Al-Dahle'],
      ['AlDahle', 'Ahmad Al-Dahle'],
      ['Ahmad', 'Ahmad Al-Dahle'],
      ['Nadela', 'Satya Nadella'],
      ['Satya', 'Satya Nadella'],
      ['il memo di Google trapelato', 'memo di Google'],
      ['META', 'Meta'],
    ];
    for (const [query, person] of cases) expect(core.quote(query).person, query).toBe(person);
  });

  it('GIVEN a name followed by context the article does not tie to it THEN the name decides, but never a first name alone', () => {
    expect(core.quote('Nadella di Microsoft').person).toBe('Satya Nadella');
    expect(core.quote('Satya Nadella (Microsoft)').person).toBe('Satya Nadella');
    expect(core.quote('l’azienda Meta').person).toBe('Meta');
    expect(core.quote('Demis Hassabis di Google').person).toBe('Demis Hassabis');
    for (const name of ['Jon di Google', 'Mario Rossi di Meta', 'Llama 2 di Meta', 'PyTorch di Meta']) {
      expect(core.quote(name), name).toMatchObject({ person: null, quotes: [] });
    }
  });

  it('GIVEN a different name that only looks alike (Jonathan, memoria, John) THEN no speaker is guessed', () => {
    for (const name of ['Jonathan', 'memoria', 'John', 'Turin']) expect(core.quote(name).person, name).toBeNull();
  });

  it('GIVEN non-speakers, an unknown person, mentions and junk THEN person is null with no quotes, quickly and without throwing', () => {
    const junk = ['PyTorch', 'WizardLM', 'Hugging Face', 'OpenAI', 'Llama 2', 'Microsoft', 'Mario Rossi', '', '   ', '@everyone', '<@123>', '!!!', 'x'.repeat(5000), 'Lambert '.repeat(700)];
    const started = process.cpuUsage();
    for (const name of junk) expect(core.quote(name), name.slice(0, 20)).toMatchObject({ person: null, quotes: [] });
    // generous: the look-ups take a few milliseconds; this only catches a quadratic blow-up on long input. CPU time,
    // not wall-clock time, so a busy machine (the test waiting for a core) cannot fail it.
    const spent = process.cpuUsage(started);
    expect((spent.user + spent.system) / 1000).toBeLessThan(2000);
  });
});
