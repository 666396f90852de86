/**
 * Types of the modules of natural that Brano imports one by one: natural's entry point loads database clients and
 * prints to stdout, and its own types describe only that entry point. Imported statically (not through
 * `createRequire`), they are part of the CLI's single-file build and its code cache.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}
declare module 'natural/lib/natural/util/stopwords_it.js' {
  const stopwords: { words: string[] };
  export = stopwords;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export = stopwords;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const jaroWinkler: (a: string, b: string, dt?: number, ignoreCase?: boolean) => number;
  export = jaroWinkler;
}
