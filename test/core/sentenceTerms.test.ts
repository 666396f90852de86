import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { analyze, foldAccents, isStopword } from '../../src/core/analysis.js';
import { articleLang, loadCorpus } from '../../src/core/corpus.js';
import { buildPassageIndex } from '../../src/core/passageIndex.js';
import { TfIdfIndex } from '../../src/core/tfidfIndex.js';
import { NAME_FLAG, isAnalysed, packParagraph, packedSentenceTerms, rememberSentenceTerms, sentenceTerms, termOf } from '../../src/core/sentenceTerms.js';
import type { Paragraph } from '../../src/core/types.js';

const SQUAD = join(import.meta.dirname, '..', 'fixtures', 'squad-it-dev', 'corpus');
const SEED = join(import.meta.dirname, '..', '..', 'corpus');

describe('sentences held as offsets', () => {
  it('GIVEN a loaded corpus THEN every sentence is the slice of its paragraph between its offsets, and serialises as before', () => {
    for (const article of loadCorpus(SEED)) {
      for (const p of article.paragraphs) {
        for (const s of p.sentences) {
          expect(s.text).toBe(p.text.slice(s.start, s.end));
          expect(JSON.parse(JSON.stringify(s))).toEqual({ text: s.text, start: s.start, end: s.end });
          expect(Object.keys(s).sort()).toEqual(['end', 'start']);
        }
      }
    }
  });
});

describe('each sentence analysed once', () => {
  const articles = loadCorpus(SQUAD).slice(0, 4);

  it('GIVEN any paragraph THEN its kept sentence terms are exactly what analyze gives for each sentence', () => {
    for (const article of articles) {
      const lang = articleLang(article);
      for (const p of article.paragraphs) {
        expect(sentenceTerms(p, lang)).toEqual(p.sentences.map((s) => analyze(s.text, lang)));
      }
    }
  });

  // What a packed paragraph must hold, worked out from `analyze` term by term: a term is flagged as a name when its
  // token is written with a capital inside the sentence, or inside the word.
  const reference = (sentences: readonly string[], lang: 'it' | 'en') =>
    sentences.map((text) =>
      analyze(text, lang).map((t, k) => {
        const surface = text.slice(t.start, t.end);
        return [t.term, t.start, t.end, (k > 0 && /^\p{Lu}/u.test(surface)) || /^.+\p{Lu}/u.test(surface)];
      }),
    );
  const packedView = (data: Int32Array) => {
    const n = data[0]!;
    return Array.from({ length: n }, (_, i) => {
      const out: unknown[] = [];
      for (let k = data[1 + i]!; k < data[2 + i]!; k++) {
        const base = n + 2 + 3 * k;
        out.push([termOf(data[base]!), data[base + 1], data[base + 2]! & (NAME_FLAG - 1), (data[base + 2]! & NAME_FLAG) !== 0]);
      }
      return out;
    });
  };

  it('GIVEN every paragraph of the seed article and the SQuAD-it dev set THEN its packed analysis holds exactly analyze’s terms, offsets and name marks, sentence by sentence', () => {
    for (const article of [...loadCorpus(SEED), ...loadCorpus(SQUAD)]) {
      const lang = articleLang(article);
      for (const p of article.paragraphs) expect(packedView(packParagraph(p, lang))).toEqual(reference(p.sentences.map((s) => s.text), lang));
    }
  });

  it('GIVEN any text of words, names, numbers, percentages, hyphens, elisions and odd marks THEN its packed analysis, and the one kept for it, is analyze’s, in both languages', () => {
    const pieces = ['Llama', ' 2', 'OpenAI', ' il ', 'dell’IA', 'Al-Dahle', ' 40 %', '40%', ' 1.000', 'città', 'CEO', ' ', '\n', '’', 'ʼ', '\u200B', 'e-mail', 'GPT-4', 'X', ' è ', 'Meta', '3', ' 12', 'perché', 'ÈCCO', 'a-b-c', '-', '.', 'secondo', ' secondo', 'Secondo', 'nel', '  ', 'Po', ' Po', "'", 'po', ' (Lucca 1708 - Roma 1787)', ' (1407-1410)', 'Napoli, 20/12/1861 - 28/11/1906'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.constantFrom('it' as const, 'en' as const), (parts, lang) => {
        const text = parts.join('');
        const paragraph = { sentences: [{ text, start: 0, end: text.length }] };
        expect(packedView(packParagraph(paragraph, lang))).toEqual(reference([text], lang));
        // …and so is the analysis kept for it (held compact, read back).
        expect(packedView(packedSentenceTerms({ sentences: [{ text: ` ${text}`, start: 0, end: text.length + 1 }, { text, start: 0, end: text.length }] }, lang))).toEqual(reference([` ${text}`, text], lang));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN an index built over a corpus THEN every paragraph’s analysis is kept from the build, not made again', () => {
    const fresh = loadCorpus(SQUAD).slice(4, 6);
    const all = fresh.flatMap((a) => a.paragraphs.map((p) => ({ p, lang: articleLang(a) })));
    expect(all.some(({ p, lang }) => isAnalysed(p, lang))).toBe(false);
    buildPassageIndex(fresh);
    expect(all.every(({ p, lang }) => isAnalysed(p, lang))).toBe(true);
    const { p, lang } = all[0]!;
    expect(packedSentenceTerms(p, lang)).toEqual(packParagraph(p, lang));
  });

  it('GIVEN an index built THEN a paragraph’s analysis is read from what the build kept: a sentence changed behind its back still reads as it was analysed', () => {
    const sentence = { text: 'Il gatto dorme sul divano.', start: 0, end: 26 };
    const paragraph: Paragraph = { number: 1, text: sentence.text, sectionId: 'a', sentences: [sentence] };
    const article = { slug: 'gatto', file: 'gatto.md', meta: { title: 'Gatto', lang: 'it' }, paragraphs: [paragraph], sections: [{ id: 'a', title: 'Gatto', from: 1, to: 1 }] };
    buildPassageIndex([article]);
    const kept = packParagraph({ sentences: [{ ...sentence }] }, 'it');
    sentence.text = 'Il cane abbaia in giardino.';
    expect(packedSentenceTerms(paragraph, 'it')).toEqual(kept);
    expect(sentenceTerms(paragraph, 'it')).toEqual([analyze('Il gatto dorme sul divano.', 'it')]);
    expect(packParagraph(paragraph, 'it')).not.toEqual(kept);
  });

  it('GIVEN an analysis remembered for a paragraph (as a snapshot hands it in) THEN that analysis is used', () => {
    const p: Paragraph = { number: 1, text: 'Uno due.', sectionId: 'a', sentences: [{ text: 'Uno due.', start: 0, end: 8 }] };
    const packed = Int32Array.from([1, 0, 0]);
    rememberSentenceTerms(p, 'it', packed);
    expect(sentenceTerms(p, 'it')).toEqual([[]]);
    expect(sentenceTerms(p, 'en')).toEqual([analyze('Uno due.', 'en')]);
  });
});

describe('isStopword without normalising every word', () => {
  it('GIVEN any word, accented or not THEN it answers as the accent-folded lookup does', () => {
    const words = ['perché', 'perche', 'più', 'così', 'cosi', 'città', 'già', 'è', 'e', 'Perché', 'modello', 'né', 'ne'];
    for (const w of words) expect(isStopword(w, 'it')).toBe(isStopword(foldAccents(w), 'it'));
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (w) => {
        expect(isStopword(w, 'it')).toBe(isStopword(foldAccents(w), 'it'));
      }),
    );
  });

  it('GIVEN an accented stopword twice THEN both answers are true', () => {
    expect(isStopword('perché', 'it')).toBe(true);
    expect(isStopword('perché', 'it')).toBe(true);
    expect(isStopword('città', 'it')).toBe(false);
  });
});

describe('typo index', () => {
  it('GIVEN a built index THEN a misspelt term finds the indexed one at once', () => {
    const index = buildPassageIndex(articles());
    const known = [...index.names].find((t) => t.length >= 8 && !/\d/.test(t))!;
    const typo = `${known.slice(0, 3)}${known[4]}${known[3]}${known.slice(5)}`;
    expect(index.similarTerms(typo)).toContain(known);
  });
  const articles = () => loadCorpus(SQUAD).slice(0, 2);
});

describe('index built from term ids', () => {
  it('GIVEN the same documents as strings or as ids of any dictionary THEN both indexes give the same hits and scores', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 }), { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'c', 'x'), { minLength: 1, maxLength: 3 }), (docs, query) => {
        const dictionary = ['f', 'e', 'd', 'c', 'b', 'a'];
        const ids = Int32Array.from(docs.flat().map((t) => 100 + dictionary.indexOf(t)));
        const fromIds = TfIdfIndex.buildFromIds(ids, Uint32Array.from(docs.map((d) => d.length)), (id) => dictionary[id - 100]!);
        const fromStrings = TfIdfIndex.build(docs);
        const q = query.map((term) => ({ term, weight: 1 }));
        expect(fromIds.search(q, 5)).toEqual(fromStrings.search(q, 5));
        expect([...fromIds.scoreAll(q)]).toEqual([...fromStrings.scoreAll(q)]);
        // Handed over one document at a time, each in a buffer of its own that is then reused: the same index.
        const scratch = new Int32Array(8);
        const fromDocs = TfIdfIndex.buildFromDocs(
          {
            lengths: Uint32Array.from(docs.map((d) => d.length)),
            forEach(visit) {
              for (const doc of docs) {
                doc.forEach((t, i) => (scratch[i] = 100 + dictionary.indexOf(t)));
                visit(scratch, 0, doc.length);
                scratch.fill(-7);
              }
            },
          },
          (id) => dictionary[id - 100]!,
        );
        expect(fromDocs.toData()).toEqual(fromStrings.toData());
        expect(fromDocs.search(q, 5)).toEqual(fromStrings.search(q, 5));
      }),
    );
  });

  it('GIVEN documents handed over that do not match their lengths, or hold a negative id THEN the build refuses them', () => {
    const docs = (lengths: number[], ids: number[][]) => ({
      lengths: Uint32Array.from(lengths),
      forEach(visit: (ids: Int32Array, from: number, to: number) => void) {
        for (const d of ids) visit(Int32Array.from(d), 0, d.length);
      },
    });
    const term = (id: number) => `t${id}`;
    expect(() => TfIdfIndex.buildFromDocs(docs([2, 1], [[1, 2], [3, 4]]), term)).toThrow(RangeError);
    expect(() => TfIdfIndex.buildFromDocs(docs([2, 1, 1], [[1, 2], [3]]), term)).toThrow(RangeError);
    expect(() => TfIdfIndex.buildFromDocs(docs([2], [[1, -2]]), term)).toThrow(RangeError);
    expect(TfIdfIndex.buildFromDocs(docs([2, 1], [[1, 2], [2]]), term).df('t2')).toBe(2);
  });
});
