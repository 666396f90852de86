import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from '../../src/core/corpus.js';
import { buildPassageIndex, passageIndexData, passageIndexFromData } from '../../src/core/passageIndex.js';
import { SUMS_BLOCK, decodeIndexSnapshot, encodeIndexSnapshot, type IndexSnapshotFile } from '../../src/core/indexSnapshot.js';
import { TfIdfIndex, type TfIdfIndexData } from '../../src/core/tfidfIndex.js';

const SQUAD = join(import.meta.dirname, '..', 'fixtures', 'squad-it-dev', 'corpus');
const articles = loadCorpus(SQUAD).slice(0, 4);
const built = buildPassageIndex(articles);
const data = passageIndexData(built);
const KEY = 'a key';
const bytes = Buffer.concat(encodeIndexSnapshot(data, KEY));
// Where the postings start: after the head, whose length the file's prefix holds, and the head's 32-byte checksum.
const postingsStart = bytes.readUInt32LE(12) + 32;

/** The snapshot as a file that counts the bytes read from it. */
function countingFile(content: Uint8Array): IndexSnapshotFile & { bytesRead: number } {
  return {
    size: content.length,
    bytesRead: 0,
    read(target, position) {
      const part = content.subarray(position, position + target.length);
      target.set(part);
      this.bytesRead += part.length;
      return part.length;
    },
  };
}

// Every term's postings read straight from the source: the terms whose postings it refuses.
function refusedTerms(index: TfIdfIndexData): number[] {
  const refused: number[] = [];
  for (let t = 0; t < index.terms.length; t++) {
    const length = index.termStart[t + 1]! - index.termStart[t]!;
    if (!index.postings!.read(t, new Int32Array(length), new Float32Array(length))) refused.push(t);
  }
  return refused;
}

describe('the index snapshot', () => {
  const questionTerms = [...new Set(articles[0]!.paragraphs[0]!.text.toLowerCase().split(/\W+/))].slice(0, 12);

  it('GIVEN a stored index read back THEN it searches exactly as the built one, reading the head and only the postings of the terms asked for', () => {
    const file = countingFile(bytes);
    const stored = decodeIndexSnapshot(file, KEY);
    expect(stored).toBeDefined();
    const read = passageIndexFromData(articles, stored!);
    expect(read).toBeDefined();
    const head = file.bytesRead;
    // The 16-byte prefix (magic, lengths), then the head with its checksum.
    expect(head).toBe(16 + postingsStart);
    const terms = data.paragraph.terms.slice(0, 5);
    const query = terms.map((term, i) => ({ term, weight: 1 + i / 10 }));
    expect(read!.paragraphIndex.search(query, 10)).toEqual(built.paragraphIndex.search(query, 10));
    expect(read!.sentenceIndex.search(query, 10)).toEqual(built.sentenceIndex.search(query, 10));
    expect(Array.from(read!.sentenceIndex.scoreRange(query, 3, 40))).toEqual(Array.from(built.sentenceIndex.scoreRange(query, 3, 40)));
    // Each of the 5 terms' documents and impacts, in both indexes: 8 bytes a posting; and the 4-byte checksums of
    // each block of SUMS_BLOCK neighbouring terms that holds one of them.
    const asked = terms.reduce((n, term) => n + built.paragraphIndex.df(term) + built.sentenceIndex.df(term), 0);
    const sumBytes = (index: typeof built.paragraphIndex) => {
      const blocks = new Set(terms.map((term) => Math.floor(index.termIdOf(term)! / SUMS_BLOCK)));
      return [...blocks].reduce((n, b) => n + 4 * (Math.min(index.vocabularySize, (b + 1) * SUMS_BLOCK) - b * SUMS_BLOCK), 0);
    };
    expect(sumBytes(built.paragraphIndex)).toBeGreaterThan(4 * terms.length);
    expect(file.bytesRead - head).toBe(8 * asked + sumBytes(built.paragraphIndex) + sumBytes(built.sentenceIndex));
    expect(file.bytesRead).toBeLessThan(bytes.length / 2);
    // Asked again, nothing more is read.
    const before = file.bytesRead;
    expect(read!.paragraphIndex.search(query, 10)).toEqual(built.paragraphIndex.search(query, 10));
    expect(file.bytesRead).toBe(before);
    for (const term of questionTerms) expect(read!.similarTerms(`${term}x`)).toEqual(built.similarTerms(`${term}x`));
    // Names are told alike, and listed alike.
    for (const term of [...data.paragraph.terms.slice(0, 300), 'Zzz', '']) expect(read!.names.has(term)).toBe(built.names.has(term));
    expect([...read!.names]).toEqual([...built.names]);
    expect(read!.names.size).toBe(built.names.size);
  });

  it('GIVEN a stored index read back THEN its content, every posting read, is the one stored', () => {
    const stored = decodeIndexSnapshot(bytes, KEY)!;
    const back = passageIndexData(passageIndexFromData(articles, stored)!);
    for (const name of ['paragraph', 'sentence'] as const) {
      expect(Array.from(back[name].postingDocs)).toEqual(Array.from(data[name].postingDocs));
      expect(Array.from(back[name].postingImpacts)).toEqual(Array.from(data[name].postingImpacts));
    }
    expect(Buffer.concat(encodeIndexSnapshot(back, KEY)).equals(bytes)).toBe(true);
  });

  it('GIVEN any one byte of the postings damaged THEN the head is still accepted and exactly the term whose postings hold it is refused when read', () => {
    const step = Math.max(1, Math.floor((bytes.length - postingsStart) / 23));
    for (let at = postingsStart; at < bytes.length; at += step) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0x10;
      const stored = decodeIndexSnapshot(damaged, KEY);
      expect(stored).toBeDefined();
      const refused = [stored!.paragraph, stored!.sentence, stored!.vocabulary.grams].map(refusedTerms);
      expect(refused.flat()).toHaveLength(1);
    }
  });

  it('GIVEN a damaged head, a file cut short or longer, or another key THEN the snapshot is refused', () => {
    const headByte = Buffer.from(bytes);
    headByte[postingsStart - 40] = headByte[postingsStart - 40]! ^ 1;
    for (const damaged of [headByte, bytes.subarray(0, bytes.length - 4), Buffer.concat([bytes, Buffer.alloc(8)]), Buffer.alloc(0)]) expect(decodeIndexSnapshot(damaged, KEY)).toBeUndefined();
    expect(decodeIndexSnapshot(bytes, 'another key')).toBeUndefined();
  });

  it('GIVEN postings found damaged while searching THEN the index takes every posting from its rebuild and answers as the built one', () => {
    const damaged = Buffer.from(bytes);
    damaged.fill(0x7f, postingsStart);
    const stored = decodeIndexSnapshot(damaged, KEY)!;
    let rebuilds = 0;
    const repairWith = (index: TfIdfIndexData, fresh: TfIdfIndexData): TfIdfIndexData => ({
      ...index,
      postings: { read: (t, d, i) => index.postings!.read(t, d, i), repair: () => (rebuilds++, fresh) },
    });
    const paragraph = TfIdfIndex.fromData(repairWith(stored.paragraph, data.paragraph));
    const query = data.paragraph.terms.slice(0, 3).map((term) => ({ term, weight: 1 }));
    expect(paragraph.search(query, 10)).toEqual(built.paragraphIndex.search(query, 10));
    expect(rebuilds).toBe(1);
    const withoutRepair = TfIdfIndex.fromData(stored.paragraph);
    expect(() => withoutRepair.search(query, 10)).toThrow(/damaged/);
  });
});
