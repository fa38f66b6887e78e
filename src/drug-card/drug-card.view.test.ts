// The drug card's view is a pure function of its inputs and the content, so it is tested here, in Node, without a
// browser: what the card would show for a given input, before any template renders it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drugCardView } from './drug-card.view.js';
import { getDrug } from '../content/drugs.js';

test('drug card view: the drug, the sections it has, the sources they cite, or the problem', () => {
  const view = drugCardView({ drug: 'Afinitor', sections: 'side-effects, combinations, how-given', content: undefined, hostJson: null });
  assert.equal(view.problem, null);
  if (view.problem) return;
  assert.equal(view.drug.id, 'everolimus');
  assert.deepEqual(view.nameUsed, { kind: 'brand', name: 'Afinitor' });
  assert.deepEqual(view.keys, ['side-effects', 'how-given'], 'everolimus is in no combination');
  assert.deepEqual(view.sources.map((s) => s.id), ['acs-gi-net-targeted']);
  const misspelt = drugCardView({ drug: 'everolimus', sections: 'about, dosage', content: undefined, hostJson: null });
  assert.ok(!misspelt.problem, 'an unknown section never hides the card');
  assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-section']);
  if (!misspelt.problem) assert.deepEqual(misspelt.keys, ['about']);
  assert.equal(drugCardView({ drug: 'aspirin', sections: '', content: undefined, hostJson: null }).problem?.code, 'unknown-drug');
  const host = { ...structuredClone(getDrug('lanreotide')!), id: 'our-card', name: 'Our card' };
  const hosted = drugCardView({ drug: '', sections: '', content: host, hostJson: null });
  assert.ok(!hosted.problem && hosted.isHost && hosted.drug.name === 'Our card');
  assert.equal(drugCardView({ drug: '', sections: '', content: undefined, hostJson: '{ nope' }).problem?.code, 'invalid-json');
});
