import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseListAttribute } from '../../src/shared/list-attribute.js';
import { parseSections } from '../../src/drug-card/drug-card.view.js';
import { parseCategories } from '../../src/treatment-list/treatment-list.view.js';
import { selectGroups } from '../../src/diet-guide/diet-guide.view.js';
import { diet } from '../../src/content/diet.js';

const known = ['alpha', 'beta', 'gamma'] as const;

test('one grammar: commas or spaces, any case, each value once, unknown ones kept as written', () => {
  assert.deepEqual(parseListAttribute(' Gamma,alpha  beta, ALPHA ', known, 'written'), { values: ['gamma', 'alpha', 'beta'], unknown: [] });
  assert.deepEqual(parseListAttribute('gamma alpha', known, 'known'), { values: ['alpha', 'gamma'], unknown: [] });
  assert.deepEqual(parseListAttribute('alpha, Delta, delta, Delta', known, 'written'), { values: ['alpha'], unknown: ['Delta', 'delta'] });
  for (const empty of ['', '  ,, ', null, undefined]) assert.deepEqual(parseListAttribute(empty, known, 'written'), { values: [...known], unknown: [] });
  // Nothing known is every value, so that a misspelling never hides the widget's content.
  assert.deepEqual(parseListAttribute('alpah', known, 'written'), { values: [...known], unknown: ['alpah'] });
});

test('the three list attributes follow it: sections, categories and groups', () => {
  assert.deepEqual(parseSections('Side-Effects how-given').keys, ['side-effects', 'how-given']);
  assert.deepEqual(parseCategories('CHEMOTHERAPY targeted'), { categories: ['targeted', 'chemotherapy'], unknown: [] });
  const groups = selectGroups(diet.groups, 'Alcohol, HIGH-SEROTONIN');
  assert.deepEqual(groups.groups.map((g) => g.id), ['high-serotonin', 'alcohol']);
  assert.deepEqual(selectGroups(diet.groups, 'alcohol, puddings').unknown, ['puddings']);
});
