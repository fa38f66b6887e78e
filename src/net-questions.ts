/** Registers <net-questions>. Import this file (or dist/net-questions.js) for its side effect. */
import { NetQuestions } from './questions/questions.js';
import { defineElement } from './shared/define.js';
// French and Spanish, loaded the first time a widget needs them (the CDN files leave this out).
import './locales/loaders.js';

export { NetQuestions };

defineElement('net-questions', NetQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'net-questions': NetQuestions;
  }
}
