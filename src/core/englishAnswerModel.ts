/**
 * The English answer-or-decline model's weights (see answerDecision.ts). Written by `scripts/fitAnswerModel.ts`
 * (`node dist/scripts/fitAnswerModel.js --english --refuse 0 --shipped-weight 0.3 --removed-weight 1 --write`); do not edit by hand.
 */
import type { AnswerModel } from './answerDecision.js';

/** The shipped model. */
export const ENGLISH_ANSWER_MODEL: AnswerModel = {
  "features": [
    "coverage",
    "windowCoverage",
    "margin",
    "logConcepts",
    "logScore",
    "cueMissing",
    "contentMissing",
    "contentUnknown",
    "hasName",
    "hasName×contentMissing",
    "localCoverage",
    "translatedShare",
    "logTranslatedFound"
  ],
  "mean": [
    0.682415,
    0.650636,
    0.366852,
    1.385466,
    -0.505366,
    0.09205,
    0.331835,
    0.148541,
    0.723849,
    0.244472,
    0.642545,
    0.904085,
    1.52958
  ],
  "scale": [
    0.228042,
    0.235435,
    0.54959,
    0.381288,
    0.325525,
    0.289097,
    0.303103,
    0.233632,
    0.447092,
    0.309622,
    0.306071,
    0.13589,
    0.335917
  ],
  "weights": [
    -0.01959,
    0.716774,
    -0.113823,
    0.614594,
    0.610386,
    -0.190669,
    -0.128152,
    0.077248,
    -0.087266,
    0.160179,
    0.512977,
    0.219697,
    0.064777
  ],
  "bias": 0.509632,
  "threshold": 0.071077
};
