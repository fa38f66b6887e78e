/**
 * Which sources a piece of content cites, and the sources themselves, the same way for every widget: a cited section's
 * `sources`, and for a note where the sources differ, each position's source and the one it follows. A source id is
 * looked up in the entry's own `sourceDetails` (a host entry's sources) first, then among the bundled sources.
 */
import type { Locale } from './locale-data.js';
import type { Note, Source } from './schema.js';
import { getSource } from './sources.js';

/** Something that cites sources: a section (`sources`), a note (`positions`, `follows`), or nothing. */
export type Cited = { readonly sources?: readonly string[] } | Note | undefined;

/** The source ids that `parts` cite, each once, in the order they first appear. */
export function citedIds(...parts: readonly Cited[]): string[] {
  const ids = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    if ('positions' in part) {
      for (const p of part.positions) ids.add(p.source);
      ids.add(part.follows);
    } else {
      for (const id of part.sources ?? []) ids.add(id);
    }
  }
  return [...ids];
}

/** One source of an entry, by id, described in `locale`. */
export function findSource(id: string, entry: { readonly sourceDetails?: readonly Source[] }, locale: Locale = 'en'): Source | undefined {
  return entry.sourceDetails?.find((s) => s.id === id) ?? getSource(id, locale);
}

/** A note where the sources differ, with each source named by its publisher, as the widgets show it. */
export interface NamedNote {
  readonly topic: string;
  readonly positions: readonly { readonly publisher: string; readonly says: string }[];
  /** The publisher of the source the entry follows. */
  readonly follows: string;
  readonly why: string;
}

const NO_NOTES: readonly NamedNote[] = [];

/** An entry's notes where the sources differ, each source named by its publisher in `locale` (its id when unknown). */
export function namedNotes(entry: { readonly notes?: readonly Note[]; readonly sourceDetails?: readonly Source[] }, locale: Locale = 'en'): readonly NamedNote[] {
  if (!entry.notes?.length) return NO_NOTES;
  const publisher = (id: string) => findSource(id, entry, locale)?.publisher ?? id;
  return entry.notes.map((note) => ({
    topic: note.topic,
    positions: note.positions.map((p) => ({ publisher: publisher(p.source), says: p.says })),
    follows: publisher(note.follows),
    why: note.why,
  }));
}

/** The sources behind `ids` for `entry`, in that order (ids that name no source are left out). */
export function sourcesFor(entry: { readonly sourceDetails?: readonly Source[] }, ids: readonly string[], locale: Locale = 'en'): Source[] {
  return ids.map((id) => findSource(id, entry, locale)).filter((s): s is Source => s !== undefined);
}
