/**
 * Every test file analyses Italian as the product does: with Brano's general Italian data (the lemma table, the nouns
 * that name a person) installed, as each entry point installs it (src/lexicons.ts `installItalianData`).
 */
import { installItalianData } from '../../src/lexicons.js';

installItalianData();
