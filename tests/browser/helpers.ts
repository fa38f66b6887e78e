/**
 * Collects console warnings during each test of the enclosing `describe`, and hides them from the log. The returned
 * array is emptied before every test, so assertions read only that test's warnings.
 */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}
