/**
 * Bridges the core to the Discord commands' expectations while quotes and summaries are being added to it.
 */
import type { BranoCore } from '../core/brano.js';
import type { Person, QuoteResult, SummaryResult } from '../core/types.js';
import type { FullCore } from './interactions.js';

/**
 * Gives a core every capability the Discord commands use. The quote and summary capabilities are part of the
 * core; a core built without them answers as if nobody were quoted and no summary matched.
 * @param core - the core
 * @returns the same core, typed as complete
 */
export function completeCore(core: BranoCore): FullCore {
  const partial = core as BranoCore & Partial<Pick<FullCore, 'people' | 'quote' | 'summarize'>>;
  if (typeof partial.people === 'function' && typeof partial.quote === 'function' && typeof partial.summarize === 'function') return partial as FullCore;
  return Object.assign(Object.create(core) as BranoCore, {
    people: (): Person[] => [],
    quote: (name: string): QuoteResult => ({ query: name, person: null, quotes: [], suggestions: [] }),
    summarize: (o: { topic?: string; section?: string }): SummaryResult => ({ kind: 'no-match', topic: o.topic ?? o.section ?? '' }),
  });
}
