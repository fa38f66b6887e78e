/** text-readability ships no types; the content tests use one function of it. */
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}

/** hypher and its TeX hyphenation patterns (for syllable counts in the French and Spanish reading-level test). */
declare module 'hypher' {
  export default class Hypher {
    constructor(patterns: unknown);
    hyphenate(word: string): string[];
  }
}
declare module 'hyphenation.fr' {
  const patterns: unknown;
  export default patterns;
}
declare module 'hyphenation.es' {
  const patterns: unknown;
  export default patterns;
}
