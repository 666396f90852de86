/**
 * Every test file analyses Italian as the product does: with Brano's Italian lemma table installed, as each
 * entry point installs it (src/lexicons.ts `installItalianLemmas`).
 */
import { installItalianLemmas } from '../../src/lexicons.js';

installItalianLemmas();
