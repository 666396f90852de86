/**
 * One article whose speakers cannot be read (an error while reading one of its sentences) costs that article's
 * quotations, told to `onFault`, and never the registry: `/quote` and `/people` go on answering from the others.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../src/core/corpus.js';
import type { Article } from '../../src/core/types.js';

vi.mock('../../src/core/speakers.js', async (original) => {
  const real = await original<typeof import('../../src/core/speakers.js')>();
  return {
    ...real,
    extractSpeakers: (a: Article) => {
      if (a.slug === 'guasto') throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return real.extractSpeakers(a);
    },
  };
});

const { buildPeople } = await import('../../src/core/people.js');
const { createCore } = await import('../../src/core/brano.js');
const { reportFaultsOnce } = await import('../../src/faults.js');

const article = (slug: string, ...paragraphs: string[]): Article => parseArticle(`---\ntitle: "${slug}"\nlang: it\n---\n\n${paragraphs.join('\n\n')}\n`, `${slug}.md`);
const corpus = [
  article('sana', '«La piscina riapre a settembre», ha detto il sindaco Marco Ferretti.'),
  article('guasto', '«Non ci sono fondi», ha detto l’assessore Paolo Grandi.'),
];

describe('an article whose speakers cannot be read', () => {
  it('GIVEN one article that fails THEN the registry holds the others’ speakers and onFault hears which article failed', () => {
    const faults: { article: string; step: string; error: unknown }[] = [];
    const people = buildPeople(corpus, { onFault: (f) => faults.push(f) });
    expect(people.people.map((p) => p.name)).toEqual(['Marco Ferretti']);
    expect(faults.map((f) => [f.article, f.step])).toEqual([['guasto', 'speakers']]);
    expect(faults[0]!.error).toBeInstanceOf(TypeError);
  });

  it('GIVEN the core over that corpus THEN /quote answers for the others, and the terminal is told once per article, with the article and the error', () => {
    const lines: string[] = [];
    const core = createCore(corpus, { indexOnDemand: true, onFault: reportFaultsOnce((line) => lines.push(line)) });
    expect(core.quote('Ferretti').quotes.map((q) => q.text)).toEqual(['La piscina riapre a settembre']);
    expect(core.quote('Grandi').person).toBeNull();
    expect(core.people().map((p) => p.name)).toEqual(['Marco Ferretti']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^brano: could not read who speaks in guasto \(TypeError: Cannot read properties of undefined \(reading 'start'\)\); its quotations are left out/);
  });
});
