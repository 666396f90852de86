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
    0.682924,
    0.651039,
    0.367154,
    1.386528,
    -0.50489,
    0.09152,
    0.331646,
    0.148348,
    0.723762,
    0.2444,
    0.642957,
    0.90422,
    1.530544
  ],
  "scale": [
    0.227966,
    0.235448,
    0.550456,
    0.381218,
    0.325639,
    0.288347,
    0.303315,
    0.233648,
    0.447136,
    0.309756,
    0.306042,
    0.135866,
    0.335964
  ],
  "weights": [
    0.002701,
    0.737736,
    -0.123651,
    0.648145,
    0.627102,
    -0.198044,
    -0.098769,
    0.065313,
    -0.106814,
    0.164386,
    0.504875,
    0.22613,
    0.057719
  ],
  "bias": 0.514992,
  "threshold": 0.065853
};
