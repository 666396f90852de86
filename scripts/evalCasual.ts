/**
 * `node dist/scripts/evalCasual.js [--verbose] [--json] [--general]`: the casual question set (test/fixtures/casual)
 * against the shipped corpus, in process: R@1 and wrong refusals on the questions the article answers, share declined
 * of the questions it does not, for each half (tune, check) and both. `--general` reads the article with Brano's
 * general lexicons alone, without the corpus's own (corpus/lexicon), as an article a user drops in is read.
 */
import { join } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/config.js';
import { createCore } from '../src/core/brano.js';
import { loadCorpus } from '../src/core/corpus.js';
import { readCasualSet, scoreCasual, type CasualScore } from './casualEval.js';
import { installItalianData, loadLexicons } from '../src/lexicons.js';

installItalianData();

const { values } = scriptArgs({ options: { verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, general: { type: 'boolean', default: false } } }, import.meta.url);
const corpusDir = join(PROJECT_ROOT, 'corpus');
const core = createCore(loadCorpus(corpusDir), { lexicons: values.general ? loadLexicons() : loadLexicons(corpusDir) });
const set = readCasualSet(PROJECT_ROOT);
const report: Record<string, CasualScore> = {};
for (const half of ['tune', 'check', 'all'] as const) {
  const pick = <T extends { half: string }>(xs: readonly T[]) => xs.filter((q) => half === 'all' || q.half === half);
  report[half] = scoreCasual({ answerable: pick(set.answerable), unanswerable: pick(set.unanswerable) }, (q) => core.ask(q));
}
if (values.json) {
  console.log(JSON.stringify(report));
} else {
  for (const [half, s] of Object.entries(report)) {
    console.log(
      `${half.padEnd(5)}  answerable ${s.answerable}: R@1 ${s.r1.toFixed(3)}, wrong refusals ${s.wrongRefusals}  ·  unanswerable ${s.unanswerable}: declined ${(100 * s.declined).toFixed(0)} %`,
    );
  }
  if (values.verbose) {
    const all = report['all']!;
    for (const m of all.misses) console.log(`miss  ${m.id}  gold ¶${m.gold.join(',')}  got ${m.got}  ${m.q}`);
    for (const m of all.answered) console.log(`answered  ${m.id}  ${m.got}  ${m.q}`);
  }
}
