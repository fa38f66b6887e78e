// The one rule for opening a medicine's card (src/shared/drug-cards.ts), in Node, where no element is defined: a card
// is offered only once a file on the page can load it, and a failed load is a warning, never an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drugCardAvailable, loadDrugCard, registerDrugCardLoader } from '../../src/shared/drug-cards.js';

test('a medicine card is offered once it can be loaded, and a failed load resolves false with one warning', async () => {
  assert.equal(drugCardAvailable(), false, 'no card defined and no loader: names stay plain text');
  assert.equal(await loadDrugCard(), false);
  let calls = 0;
  const warnings: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    registerDrugCardLoader(() => {
      calls++;
      return Promise.reject(new Error('offline'));
    });
    registerDrugCardLoader(() => Promise.resolve()); // the first loader stays
    assert.equal(drugCardAvailable(), true);
    assert.equal(await loadDrugCard(), false);
    assert.equal(calls, 1);
    assert.equal(warnings.length, 1);
    assert.match(String(warnings[0]), /could not load <net-drug-card> \(Error: offline\)/);
    await loadDrugCard();
    assert.equal(calls, 2, 'a failed load is tried again next time');
  } finally {
    console.warn = warn;
  }
});
