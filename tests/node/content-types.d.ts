/** text-readability ships no types; the content tests use one function of it. */
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}
