import { describe, expect, it } from 'vitest';
import { quoteBlocks } from '../../commands/quote.js';
import { strings } from '../../src/discord/i18n.js';

describe('/quote blocks on Discord', () => {
  it('GIVEN a direct quotation, a reported statement and a non-response THEN each is labelled for what it is', () => {
    const text = quoteBlocks(
      [
        { article: 'llama2', paragraph: 11, text: 'Penso che si possa sostenere', kind: 'direct' },
        { article: 'llama2', paragraph: 10, text: 'Non considera il progetto veramente open source', kind: 'reported' },
        { article: 'llama2', paragraph: 8, text: 'Meta non ha risposto a una domanda su quali azioni potrebbe intraprendere', kind: 'reported' },
      ],
      strings('it'),
      false,
    );
    expect(text).toContain('> “Penso che si possa sostenere”\n> — ¶11 · *diretta*');
    expect(text).toContain('> Non considera il progetto veramente open source\n> — ¶10 · *riportata*');
    expect(text).toContain('> Meta non ha risposto a una domanda su quali azioni potrebbe intraprendere\n> — ¶8 · *nessuna risposta*');
  });
});
