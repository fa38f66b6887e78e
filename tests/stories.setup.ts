// Story tests: a story that logs an error fails, even if it renders.
import { afterEach, beforeEach, vi } from 'vitest';

let errors: string[] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length) throw new Error(`The story logged ${errors.length} error(s):\n${errors.join('\n')}`);
});
