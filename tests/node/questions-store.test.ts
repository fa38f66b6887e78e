/**
 * The reader's list of questions (src/shared/questions-store.ts): one store per document, in memory by default, kept in
 * sessionStorage or localStorage only when `remember` asks for it, under the one key, and robust to whatever it is
 * given or finds in storage. Runs in Node with stand-ins for a document and its storages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS,
  STORAGE_KEY,
  cleanQuestion,
  ownQuestion,
  questionKey,
  questionsOn,
  rememberingStoreOn,
  tidyText,
  type SavedQuestion,
} from '../../src/shared/questions-store.js';

/** A Storage stand-in; `fail` makes every call throw, as private browsing or a policy does. */
class FakeStorage {
  items = new Map<string, string>();
  fail: false | 'all' | 'write' = false;
  getItem(key: string): string | null {
    if (this.fail === 'all') throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.fail) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.fail === 'all') throw new DOMException('denied', 'SecurityError');
    this.items.delete(key);
  }
  get length(): number {
    return this.items.size;
  }
}

function fakeDocument() {
  const sessionStorage = new FakeStorage();
  const localStorage = new FakeStorage();
  const window = Object.assign(new EventTarget(), { sessionStorage, localStorage });
  const doc = { defaultView: window } as unknown as Document;
  return { doc, sessionStorage, localStorage, window };
}

const gap: SavedQuestion = {
  key: questionKey('gap', 'captem', 'howGiven'),
  kind: 'gap',
  entryId: 'captem',
  part: 'howGiven',
  lang: 'en',
  text: 'How will CAPTEM be given to me, and how often?',
};
const food: SavedQuestion = { key: 'food:cheese:', kind: 'food', entryId: 'cheese', lang: 'en', text: 'Is it OK for me to have cheese?' };
const general: SavedQuestion = { key: 'general:wait', kind: 'general', lang: 'en', text: 'What happens if I wait?' };

function quietly<T>(run: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = warn;
  }
}

test('keys are stable: kind, entry id and part; own questions get a random key', () => {
  assert.equal(questionKey('gap', 'captem', 'howGiven'), 'gap:captem:howGiven');
  assert.equal(questionKey('side-effect', 'everolimus', 'Mouth sores'), 'side-effect:everolimus:Mouth sores');
  assert.equal(questionKey('option', 'prrt'), 'option:prrt:');
  assert.equal(questionKey('food', 'cheese'), 'food:cheese:');
  const a = ownQuestion('  Can my   daughter come   with me? ', 'fr');
  const b = ownQuestion('Can my daughter come with me?', 'fr');
  assert.match(a.key, /^own:.+/);
  assert.notEqual(a.key, b.key);
  assert.equal(a.text, 'Can my daughter come with me?');
  assert.equal(a.lang, 'fr');
  assert.equal(a.kind, 'own');
});

test('one store per document, in memory by default, and every change is one change event', () => {
  const one = fakeDocument();
  const two = fakeDocument();
  const store = questionsOn(one.doc);
  assert.equal(questionsOn(one.doc), store, 'the same document gets the same store');
  assert.notEqual(questionsOn(two.doc), store, 'another document gets its own');
  let changes = 0;
  store.addEventListener('change', () => changes++);
  assert.equal(store.add(gap), true);
  assert.equal(store.add(gap), false, 'a key is in the list once');
  assert.equal(store.add(food), true);
  assert.equal(store.add(general), true);
  assert.equal(changes, 3);
  assert.ok(store.has(gap.key));
  assert.deepEqual(store.questions.map((q) => q.key), [gap.key, food.key, general.key]);
  assert.equal(questionsOn(two.doc).questions.length, 0);
  const before = store.questions;
  store.move(general.key, 0);
  assert.deepEqual(store.questions.map((q) => q.key), [general.key, gap.key, food.key]);
  assert.notEqual(store.questions, before, 'a new array after each change');
  assert.ok(Object.isFrozen(store.questions));
  store.move(general.key, 0);
  store.move('no-such-key', 1);
  assert.equal(changes, 4, 'a move that changes nothing fires nothing');
  store.move(general.key, 99);
  assert.deepEqual(store.questions.map((q) => q.key), [gap.key, food.key, general.key], 'an index past the end is the end');
  store.move(general.key, -5);
  assert.equal(store.questions[0]!.key, general.key);
  assert.equal(store.remove(food.key), true);
  assert.equal(store.remove(food.key), false);
  store.clear();
  assert.equal(store.questions.length, 0);
  assert.equal(changes, 8);
  store.clear();
  assert.equal(changes, 8, 'clearing an empty list fires nothing');
  assert.equal(one.sessionStorage.length + one.localStorage.length, 0, 'nothing stored by default');
});

test('anything that is not a question is refused, and text is tidied and capped', () => {
  const { doc } = fakeDocument();
  const store = questionsOn(doc);
  const bad: unknown[] = [
    null,
    undefined,
    42,
    'text',
    Symbol('q'),
    {},
    { key: 'x', kind: 'nonsense', lang: 'en', text: 'a' },
    { key: 'x', kind: 'own', lang: 'en', text: '   ' },
    { key: '', kind: 'own', lang: 'en', text: 'a' },
    { key: 'x', kind: 'own', lang: 'en', text: 42 },
    { key: 'x'.repeat(1000), kind: 'own', lang: 'en', text: 'a' },
    new Proxy({}, { get: () => { throw new Error('trap'); } }),
  ];
  for (const value of bad) assert.equal(store.add(value as SavedQuestion), false, String(typeof value));
  assert.equal(store.questions.length, 0);
  const huge = ownQuestion('why? '.repeat(200_000), 'en');
  assert.ok(huge.text.length <= MAX_QUESTION_LENGTH && huge.text.length > MAX_QUESTION_LENGTH - 5);
  assert.ok(store.add(huge));
  assert.equal(store.questions[0]!.text, huge.text);
  assert.equal(ownQuestion('x'.repeat(2_000_000), 'en').text.length, MAX_QUESTION_LENGTH);
  assert.equal(cleanQuestion({ key: 'own:1', kind: 'own', lang: 42, text: 'Hi?' })?.lang, 'en', 'a wrong lang is English');
  assert.equal(tidyText('a\n\n b\t c'), 'a b c');
});

test(`the list holds at most ${MAX_QUESTIONS} questions`, () => {
  const { doc } = fakeDocument();
  const store = questionsOn(doc);
  for (let i = 0; i < MAX_QUESTIONS + 5; i++) store.add(ownQuestion(`Question ${i}?`, 'en'));
  assert.equal(store.questions.length, MAX_QUESTIONS);
});

test('remember="session" keeps the list in sessionStorage under the one key, and nothing in localStorage', () => {
  const { doc, sessionStorage, localStorage } = fakeDocument();
  const store = rememberingStoreOn(doc);
  store.add(gap);
  store.setRemember('session');
  assert.deepEqual([...sessionStorage.items.keys()], [STORAGE_KEY]);
  assert.equal(localStorage.length, 0);
  store.add(food);
  const stored = JSON.parse(sessionStorage.items.get(STORAGE_KEY)!);
  assert.deepEqual(stored.questions.map((q: SavedQuestion) => q.key), [gap.key, food.key]);
  store.clear();
  assert.equal(sessionStorage.length, 0, 'an empty list removes the key, it does not store an empty list');
});

test('remember="device" keeps the list in localStorage; a new page reads it back first', () => {
  const first = fakeDocument();
  const store = rememberingStoreOn(first.doc);
  store.setRemember('device');
  store.add(gap);
  store.add(general);
  assert.equal(first.sessionStorage.length, 0);
  // The same device, another page (a new document): its in-memory questions come after the stored ones.
  const second = fakeDocument();
  second.localStorage.items = new Map(first.localStorage.items);
  const next = rememberingStoreOn(second.doc);
  next.add(food);
  let changes = 0;
  next.addEventListener('change', () => changes++);
  next.setRemember('device');
  assert.deepEqual(next.questions.map((q) => q.key), [gap.key, general.key, food.key]);
  assert.equal(changes, 1);
  assert.equal(JSON.parse(second.localStorage.items.get(STORAGE_KEY)!).questions.length, 3);
});

test('switching away from a storage removes the list from it; it stays in memory', () => {
  const { doc, sessionStorage, localStorage } = fakeDocument();
  const store = rememberingStoreOn(doc);
  let changes = 0;
  store.addEventListener('change', () => changes++);
  store.setRemember('device');
  assert.equal(changes, 1, 'where the list is kept is a change too');
  store.setRemember('device');
  assert.equal(changes, 1);
  store.add(gap);
  store.setRemember('session');
  assert.equal(localStorage.length, 0);
  assert.equal(sessionStorage.length, 1);
  store.setRemember('');
  assert.equal(sessionStorage.length + localStorage.length, 0);
  assert.deepEqual(store.questions.map((q) => q.key), [gap.key]);
  store.setRemember('weird' as never);
  assert.equal(store.remember, '', 'an unknown mode is memory');
});

test('a storage that fails keeps the list in memory, with one console warning', () => {
  const { doc, localStorage } = fakeDocument();
  localStorage.fail = 'all';
  const store = rememberingStoreOn(doc);
  const { warnings } = quietly(() => {
    store.setRemember('device');
    store.add(gap);
    store.add(food);
    store.remove(food.key);
  });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /remember="device" could not use localStorage .*kept in memory only/);
  assert.ok(store.storageFailed);
  assert.deepEqual(store.questions.map((q) => q.key), [gap.key]);
});

test('a full quota leaves no out-of-date copy behind', () => {
  const { doc, sessionStorage } = fakeDocument();
  const store = rememberingStoreOn(doc);
  store.setRemember('session');
  store.add(gap);
  assert.equal(sessionStorage.length, 1);
  sessionStorage.fail = 'write';
  const { warnings } = quietly(() => store.add(food));
  assert.equal(warnings.length, 1);
  assert.equal(sessionStorage.length, 0);
  assert.equal(store.questions.length, 2);
});

test('a document without a window (a server) keeps the list in memory', () => {
  const doc = { defaultView: null } as unknown as Document;
  const store = rememberingStoreOn(doc);
  const { warnings } = quietly(() => store.setRemember('session'));
  assert.equal(warnings.length, 1);
  assert.ok(store.add(gap));
});

test('what storage holds is read carefully: bad JSON, wrong shapes, duplicates and too many are left out', () => {
  const cases: [string, number][] = [
    ['not json', 0],
    ['null', 0],
    ['{"v":1,"questions":"nope"}', 0],
    [JSON.stringify({ v: 1, questions: [gap, gap, { key: 1 }, null, food] }), 2],
    [JSON.stringify({ v: 1, questions: Array.from({ length: 200 }, (_, i) => ({ ...general, key: `general:${i}` })) }), MAX_QUESTIONS],
  ];
  for (const [text, count] of cases) {
    const { doc, sessionStorage } = fakeDocument();
    sessionStorage.items.set(STORAGE_KEY, text);
    const store = rememberingStoreOn(doc);
    store.setRemember('session');
    assert.equal(store.questions.length, count, text.slice(0, 40));
  }
});

test('remember="device" follows a change made in another tab (the storage event); other modes do not listen', () => {
  const { doc, localStorage, window } = fakeDocument();
  const store = rememberingStoreOn(doc);
  store.setRemember('device');
  store.add(gap);
  let changes = 0;
  store.addEventListener('change', () => changes++);
  // Another tab adds a question and removes this one.
  localStorage.items.set(STORAGE_KEY, JSON.stringify({ v: 1, questions: [food] }));
  const storageEvent = (key: string | null) => Object.assign(new Event('storage'), { key, storageArea: localStorage });
  window.dispatchEvent(storageEvent(STORAGE_KEY));
  assert.deepEqual(store.questions.map((q) => q.key), [food.key]);
  assert.equal(changes, 1);
  window.dispatchEvent(storageEvent('something-else'));
  assert.equal(changes, 1, 'another key is not ours');
  // Another tab cleared the site's storage.
  localStorage.items.clear();
  window.dispatchEvent(storageEvent(null));
  assert.equal(store.questions.length, 0);
  store.setRemember('session');
  window.dispatchEvent(storageEvent(STORAGE_KEY));
  assert.equal(changes, 3, 'no longer listening (setRemember fired one change)');
});
