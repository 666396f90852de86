/**
 * The names of months and weekdays, Italian and English, as alternations for regular expressions: what marks a date
 * in a text (ask.ts's answer kinds, factQuestion.ts's dates and counts).
 */

/** Italian month names. */
export const ITALIAN_MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';

/** English month names. */
export const ENGLISH_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Italian weekday names, with and without the accent a quick typist drops ("lunedi"). */
export const ITALIAN_WEEKDAYS = 'lunedì|martedì|mercoledì|giovedì|venerdì|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica';

/** English weekday names. */
export const ENGLISH_WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
