import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createCore } from '../../src/core/brano.js';
import { loadCorpus } from '../../src/core/corpus.js';
import { loadLexicons } from '../../src/lexicons.js';

const MINI = join(PROJECT_ROOT, 'test/fixtures/corpora/mini');

describe('createCore', () => {
  it('GIVEN a corpus folder with its own lexicon THEN questions use its synonyms, and with the general layer alone they do not', () => {
    const question = 'Quanto costa l’abbonamento per chi non è residente?';
    const withLexicon = createCore(loadCorpus(MINI), { lexicons: loadLexicons(MINI) }).ask(question);
    expect(withLexicon.answered).toBe(true);
    expect(withLexicon.passages[0]?.excerpt).toContain('15 euro');
    const without = createCore(loadCorpus(MINI), { lexicons: loadLexicons() }).ask(question);
    const top = without.answered ? without.passages[0] : without.closest?.[0];
    // Without "abbonamento → tessera" the fee paragraph loses its strongest evidence.
    expect((top?.score ?? 0) < (withLexicon.passages[0]?.score ?? 0)).toBe(true);
  });

  it('GIVEN several articles THEN every passage, section and summary names its article', () => {
    const core = createCore(loadCorpus(MINI), { lexicons: loadLexicons(MINI) });
    expect(new Set(core.sections().map((s) => s.article))).toEqual(new Set(core.articles.map((a) => a.slug)));
    for (const a of core.articles) {
      const summary = core.summarize({ article: a.slug, length: 'short' });
      expect(summary.kind).toBe('summary');
      if (summary.kind === 'summary') for (const s of summary.sentences) expect(s.article).toBe(a.slug);
    }
  });

  it('GIVEN indexOnDemand THEN answers, summaries of every kind and sections are the same as with the index built up front', () => {
    const eager = createCore(loadCorpus(MINI), { lexicons: loadLexicons(MINI) });
    const lazy = createCore(loadCorpus(MINI), { lexicons: loadLexicons(MINI), indexOnDemand: true });
    for (const a of eager.articles) {
      expect(lazy.summarize({ article: a.slug })).toEqual(eager.summarize({ article: a.slug }));
      expect(lazy.sections(a.slug)).toEqual(eager.sections(a.slug));
    }
    expect(lazy.summarize({ topic: 'abbonamento' })).toEqual(eager.summarize({ topic: 'abbonamento' }));
    const question = 'Quanto costa l’abbonamento per chi non è residente?';
    expect(lazy.ask(question)).toEqual(eager.ask(question));
    expect(lazy.index.paragraphs.length).toBe(eager.index.paragraphs.length);
  });

  it('GIVEN a name or topic typed with a mention or markdown ("@everyone **Ferri**") THEN it is looked up as the plain words, and the query stays as typed', () => {
    const core = createCore(loadCorpus(MINI), { lexicons: loadLexicons(MINI) });
    const plain = core.quote('Ferri');
    expect(plain.person).not.toBeNull();
    const typed = core.quote('@everyone **Ferri**');
    expect(typed.query).toBe('@everyone **Ferri**');
    expect(typed.person).toBe(plain.person);
    expect(typed.quotes).toEqual(plain.quotes);
    const topic = core.summarize({ topic: '`biblioteca` @here' });
    expect(topic).toEqual(core.summarize({ topic: 'biblioteca' }));
  });
});
