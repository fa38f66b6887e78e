// The drug card's view is a pure function of its inputs and the content, so it is tested here, in Node, without a
// browser: what the card would show for a given input, before any template renders it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drugCardView, SECTION_KEYS, type DrugCardInput } from './drug-card.view.js';
import { drugNames, drugs, getDrug } from '../content/drugs.js';

/** The view for these inputs, the others left unset. */
const viewOf = (input: Partial<DrugCardInput>) => drugCardView({ drug: '', sections: '', content: undefined, hostJson: null, ...input });

/** The view of a card that must have no problem. */
function shown(input: Partial<DrugCardInput>) {
  const view = viewOf(input);
  assert.ok(!view.problem, JSON.stringify(view.problem));
  return view;
}

test('drug card view: the drug, the sections it has, the sources they cite, or the problem', () => {
  const view = shown({ drug: 'Afinitor', sections: 'side-effects, combinations, how-given' });
  assert.equal(view.drug.id, 'everolimus');
  assert.deepEqual(view.nameUsed, { kind: 'brand', name: 'Afinitor' });
  assert.deepEqual(view.keys, ['side-effects', 'how-given'], 'everolimus is in no combination');
  assert.deepEqual(view.sources.map((s) => s.id), ['acs-gi-net-targeted']);
  const misspelt = shown({ drug: 'everolimus', sections: 'about, dosage' });
  assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-section'], 'an unknown section never hides the card');
  assert.deepEqual(misspelt.keys, ['about']);
  assert.equal(viewOf({ drug: 'aspirin' }).problem?.code, 'unknown-drug');
  const host = { ...structuredClone(getDrug('lanreotide')!), id: 'our-card', name: 'Our card' };
  const hosted = shown({ content: host });
  assert.ok(hosted.isHost && hosted.drug.name === 'Our card');
  assert.equal(viewOf({ hostJson: '{ nope' }).problem?.code, 'invalid-json');
});

test('drug card view: every name of every drug finds it, in any case, and the name used only when it is another name', () => {
  for (const drug of drugs) for (const name of drugNames(drug)) assert.equal(shown({ drug: name }).drug.name, drug.name, name);
  const upper = shown({ drug: '  EVEROLIMUS ' });
  assert.equal(upper.drug.name, 'Everolimus');
  assert.equal(upper.nameUsed, null);
  assert.equal(shown({ drug: 'diphenoxylate' }).drug.name, 'Diphenoxylate-atropine', 'a common short name');
});

test('drug card view: the sections chosen, in the order written, or every section the drug has in the default order', () => {
  assert.deepEqual(shown({ drug: 'octreotide', sections: ' Side-Effects , how-given,notes' }).keys, ['side-effects', 'how-given', 'notes']);
  const keys = shown({ drug: 'octreotide' }).keys;
  assert.deepEqual(keys, SECTION_KEYS.filter((k) => keys.includes(k)));
  assert.ok(keys.includes('notes'));
  const captem = shown({ drug: 'captem', sections: 'about' });
  assert.deepEqual(captem.components.map((c) => c.drug.id), getDrug('captem')!.components, 'for the structured data too');
  assert.deepEqual(shown({ drug: 'capecitabine' }).combinations, ['CAPTEM']);
});

test('drug card view: the footer lists only the sources of the sections shown', () => {
  const view = shown({ drug: 'everolimus', sections: 'how-given' });
  assert.deepEqual(view.sources.map((s) => s.id), getDrug('everolimus')!.howGiven.sources);
});

test('drug card view: an unknown name offers at most three close names', () => {
  const [hint = ''] = viewOf({ drug: 'carbo' }).problem?.details ?? [];
  assert.match(hint, /^Did you mean /);
  assert.ok(hint.split(/,| or /).length <= 3, hint);
});

test('drug card view: each error of invalid host content (property) with its path', () => {
  const bad = { ...structuredClone(getDrug('everolimus')!), name: '', sideEffects: { common: { sources: ['nowhere'] } } };
  const { problem } = viewOf({ drug: 'everolimus', content: bad });
  assert.equal(problem?.code, 'invalid-content');
  const details = problem?.details ?? [];
  assert.ok(details.some((line) => line.startsWith('content.name:')), details.join('\n'));
  assert.ok(details.some((line) => line.startsWith('content.sideEffects.serious:')), details.join('\n'));
  assert.ok(details.some((line) => line.startsWith('content.sideEffects.common.sources[0]:') && line.includes('nowhere')), details.join('\n'));
});

test('the property and the child script merge: the property wins for the same id, and `drug` picks either', () => {
  const card = (id: string, name: string) => ({ ...structuredClone(getDrug('lanreotide')!), id, name, brandNames: [], otherNames: [] });
  const property = card('our-card', 'From the property');
  const script = JSON.stringify(card('their-card', 'From the script'));
  assert.equal(shown({ content: property, hostJson: script }).drug.name, 'From the property', 'no drug: the first card');
  const picked = shown({ drug: 'their-card', content: property, hostJson: script });
  assert.ok(picked.isHost && picked.drug.name === 'From the script', 'the script still counts beside the property');
  const same = shown({ drug: 'our-card', content: property, hostJson: JSON.stringify(card('our-card', 'Old script card')) });
  assert.equal(same.drug.name, 'From the property', 'the same id: the property wins, with no problem');
});

test('drug card view: each close name is offered once, with the id of the card it opens', () => {
  const view = viewOf({ drug: 'octreotid' });
  assert.ok(view.problem && 'suggestions' in view);
  assert.deepEqual(view.suggestions, [{ id: 'octreotide', name: 'Octreotide' }]);
  assert.deepEqual(view.problem.details, ['Did you mean Octreotide?'], 'the console and net-error say it in words');
  const none = viewOf({ drug: 'aspirin' });
  assert.ok(none.problem && 'suggestions' in none);
  assert.deepEqual(none.suggestions, []);
});

test('drug card view: names a host adds to a bundled drug find its card, marked as the website’s', () => {
  const content = { id: 'capecitabine', addNames: ['Xeloda', 'Capecitabine'] };
  const view = shown({ drug: 'xeloda', content });
  assert.equal(view.drug, getDrug('capecitabine'), 'the bundled card itself, unchanged');
  assert.equal(view.isHost, false);
  assert.deepEqual(view.nameUsed, { kind: 'added', name: 'Xeloda' });
  assert.deepEqual(view.addedNames, ['Xeloda'], 'a name the drug already has is not shown twice');
  assert.equal(shown({ drug: 'Xeloda', hostJson: JSON.stringify(content) }).drug.id, 'capecitabine', 'from the child script too');
  const captem = shown({ drug: 'captem', content });
  assert.deepEqual(captem.components.find((c) => c.drug.id === 'capecitabine')?.addedNames, ['Xeloda'], 'on the drug inside a combination');
  assert.deepEqual(captem.addedNames, []);
  assert.equal(viewOf({ drug: 'xeloda' }).problem?.code, 'unknown-drug', 'without the host content, the sources name no Xeloda');
  assert.equal(viewOf({ content }).problem?.code, 'missing-drug', 'added names are no card to show without `drug`');
  const bad = viewOf({ drug: 'xeloda', content: { id: 'capecitabine', addNames: ['Afinitor'] } });
  assert.equal(bad.problem?.code, 'invalid-content');
  assert.deepEqual(bad.problem?.details, ['content.addNames[0]: "Afinitor" is already a name of "everolimus", so it cannot also name "capecitabine"']);
});

test('drug card view: the questions it offers, a gap wherever the sources are silent and each listed side effect', () => {
  assert.equal(shown({ drug: 'captem' }).questions, null, 'none unless asked for');
  const captem = shown({ drug: 'captem', questions: true });
  const howGiven = captem.questions!.gaps.howGiven!;
  assert.deepEqual(howGiven, {
    key: 'gap:captem:howGiven',
    kind: 'gap',
    entryId: 'captem',
    part: 'howGiven',
    lang: 'en',
    text: 'How will CAPTEM be given to me, and how often?',
  });
  assert.ok(captem.questions!.gaps.serious && captem.questions!.gaps.common, 'its side effects are silent too');
  assert.ok(captem.components.every((c) => c.questions?.gaps.howGiven?.entryId === c.drug.id), 'and each of its drugs');
  const everolimus = shown({ drug: 'everolimus', questions: true }).questions!;
  assert.equal(everolimus.gaps.howGiven, undefined, 'the sources say how everolimus is given');
  const listed = [...getDrug('everolimus')!.sideEffects.common.items!];
  assert.deepEqual([...everolimus.sideEffects.keys()], listed);
  assert.deepEqual(everolimus.sideEffects.get('Mouth sores'), {
    key: 'side-effect:everolimus:Mouth sores',
    kind: 'side-effect',
    entryId: 'everolimus',
    part: 'Mouth sores',
    lang: 'en',
    text: 'Mouth sores: what should I do if this happens to me?',
  });
  // Whole sentences about side effects are not one side effect's name.
  assert.equal(shown({ drug: 'octreotide', questions: true }).questions!.sideEffects.size, 0);
  // A silent "what to do" with nothing known is not shown, so it has no question.
  assert.equal(shown({ drug: 'telotristat-ethyl', questions: true }).questions!.gaps.whatToDo, undefined);
  for (const drug of drugs) {
    const view = shown({ drug: drug.id, questions: true });
    for (const q of [...Object.values(view.questions!.gaps), ...view.questions!.sideEffects.values()]) {
      assert.ok(q.text.trim().endsWith('?'), `${q.key}: ${q.text}`);
      assert.equal(q.entryId, drug.id);
    }
  }
});
