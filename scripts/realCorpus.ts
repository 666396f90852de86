/**
 * A realistic corpus of any size for the benchmark: the SQuAD-it dev articles (Wikipedia paragraphs, in
 * test/fixtures/squad-it-dev/corpus) copied until the size is reached, each copy with a perturbed vocabulary, so the
 * corpus grows in words as a real one does instead of repeating the same terms. Copy 0 is the original text; in copy
 * c, about one word in five of six letters or more gets a suffix derived from (c, word), the same in every place the
 * word occurs in that copy. With `headings`, a `## ` heading is written every 8 paragraphs (its title the first words of
 * the paragraph under it), as an author would; without, the articles are as SQuAD-it ships them (no headings).
 *
 * `node dist/scripts/realCorpus.js --paragraphs 30000 [--headings] [--out DIR]`
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config.js';

/** The SQuAD-it dev articles the corpus is made from. */
export const SQUAD_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'squad-it-dev', 'corpus');

/** What to generate. */
export interface RealCorpusOptions {
  /** Total paragraphs (the last copy is cut short to fit). */
  readonly paragraphs: number;
  /** Write a `## ` heading every 8 paragraphs. */
  readonly headings?: boolean;
}

interface Source {
  readonly name: string;
  readonly front: string[];
  readonly paragraphs: string[];
}

function readSources(): Source[] {
  return readdirSync(SQUAD_DIR)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const lines = readFileSync(join(SQUAD_DIR, name), 'utf8').split('\n');
      const close = lines.indexOf('---', 1);
      const body = lines.slice(close + 1).join('\n');
      return { name: name.replace(/\.md$/, ''), front: lines.slice(1, close), paragraphs: body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) };
    });
}

// FNV-1a: a small deterministic hash, so the same word in the same copy always gets the same suffix.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SUFFIX_LETTERS = 'bcdfglmnprstvz';

function perturb(text: string, copy: number): string {
  if (copy === 0) return text;
  return text.replace(/\p{L}{6,}/gu, (w) => {
    const h = hash(`${copy}:${w.toLowerCase()}`);
    if (h % 5 !== 0) return w;
    const a = SUFFIX_LETTERS[(h >>> 3) % SUFFIX_LETTERS.length]!;
    const b = 'aeiou'[(h >>> 7) % 5]!;
    const c = SUFFIX_LETTERS[(h >>> 11) % SUFFIX_LETTERS.length]!;
    return `${w}${a}${b}${c}${'aeio'[(h >>> 15) % 4]!}`;
  });
}

/**
 * Writes the corpus to a folder (emptied first).
 * @param dir - the folder
 * @param options - size and headings
 * @returns how many articles and paragraphs were written
 */
export function writeRealCorpus(dir: string, options: RealCorpusOptions): { articles: number; paragraphs: number } {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
  mkdirSync(dir, { recursive: true });
  const sources = readSources();
  let written = 0;
  let articles = 0;
  for (let copy = 0; written < options.paragraphs; copy++) {
    for (const s of sources) {
      if (written >= options.paragraphs) break;
      const paragraphs = s.paragraphs.slice(0, options.paragraphs - written).map((p) => perturb(p, copy));
      const lines = ['---', ...s.front.map((l) => (copy && l.startsWith('title:') ? l.replace(/"$/, ` ${copy + 1}"`) : l)), '---', ''];
      paragraphs.forEach((p, i) => {
        if (options.headings && i % 8 === 0) lines.push(`## ${p.split(/\s+/).slice(0, 5).join(' ').replace(/[^\p{L}\p{N}\s'’-]/gu, '')} (${i / 8 + 1})`, '');
        lines.push(p, '');
      });
      writeFileSync(join(dir, `${s.name}-${String(copy + 1).padStart(4, '0')}.md`), lines.join('\n'));
      written += paragraphs.length;
      articles++;
    }
  }
  return { articles, paragraphs: written };
}

async function main(): Promise<void> {
  const { values } = scriptArgs({ options: { paragraphs: { type: 'string' }, headings: { type: 'boolean' }, out: { type: 'string' } } }, import.meta.url);
  const paragraphs = Number(values.paragraphs ?? 10000);
  if (!Number.isInteger(paragraphs) || paragraphs < 1) throw new Error('realCorpus: --paragraphs takes a positive whole number');
  const headings = values.headings ?? false;
  const out = resolve(values.out ?? join(PROJECT_ROOT, '.bench', `real-${paragraphs}${headings ? '-h' : ''}`));
  const w = writeRealCorpus(out, { paragraphs, headings });
  process.stdout.write(`${w.articles} articles, ${w.paragraphs} paragraphs → ${out}\n`);
}

const invokedPath = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedPath) void main();
