import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from '../../src/shared/i18n.js';

test('formatDate writes dates the way UK English does (checked against Intl en-GB)', () => {
  const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  for (let day = new Date('2024-01-01T00:00:00Z'); day.getUTCFullYear() < 2029; day.setUTCDate(day.getUTCDate() + 13)) {
    const iso = day.toISOString().slice(0, 10);
    assert.equal(formatDate(iso, 'en'), intl.format(day), iso);
  }
  assert.equal(formatDate('2027-11-24', 'en'), '24 November 2027');
  assert.equal(formatDate('2028-02-29', 'en'), '29 February 2028');
});

test('formatDate shows a text that is not a real date as it is', () => {
  for (const text of ['2027-02-30', '2027-13-01', '2027-00-10', '24/11/2027', '2027-11-24T10:00', '', 'soon']) {
    assert.equal(formatDate(text, 'en'), text);
  }
});
