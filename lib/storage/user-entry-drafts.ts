/**
 * Entries from the reader's form: a new term (`user-…` id) or their edit of an existing entry.
 * Pinyin comes from lib/glossary/pinyin.ts, the same function the compiler uses, so a user's term reads as
 * a built-in one would (衢 qú, 廿 niàn). Only the glossary page imports this module.
 */
import type { Category, Evidence, AnyEntry, UserEntry } from '../glossary/glossary';
import { termPinyin } from '../glossary/pinyin';
import { checkTerm, userEntryId, validateUserEntry, type Validated } from './user-entries';

/** What the reader fills in to add or change an entry. Pinyin is computed from the term when absent. */
export interface UserEntryDraft {
  term: string;
  category: Category;
  summary: string;
  aliases?: string[];
  note?: string;
  pinyin?: string;
  expansion?: string[];
  fullName?: string;
  parent?: string;
}

function fromDraft(
  draft: UserEntryDraft,
  id: string,
  sources: Evidence[],
  now: number,
): Validated<UserEntry> {
  const term = draft.term.trim().replace(/\s+/g, ' ');
  const candidate: Record<string, unknown> = {
    id,
    term,
    aliases: (draft.aliases ?? []).map((a) => a.trim().replace(/\s+/g, ' ')).filter((a) => a !== ''),
    category: draft.category,
    pinyin: draft.pinyin?.trim() || (checkTerm(term) === undefined ? termPinyin(term) : ''),
    summary: draft.summary.trim(),
    sources,
    origin: 'user',
    updatedAt: now,
  };
  const note = draft.note?.trim();
  if (note) candidate.note = note;
  if (draft.expansion && draft.expansion.length > 0)
    candidate.expansion = draft.expansion.map((e) => e.trim());
  if (draft.fullName?.trim()) candidate.fullName = draft.fullName.trim();
  if (draft.parent?.trim()) candidate.parent = draft.parent.trim();
  return validateUserEntry(candidate);
}

/** A new entry from the reader's form: trimmed, pinyin computed if not given, fresh `user-…` id. */
export function createUserEntry(
  draft: UserEntryDraft,
  taken: ReadonlySet<string>,
  now: number = Date.now(),
): Validated<UserEntry> {
  const term = draft.term.trim();
  const termError = checkTerm(term.replace(/\s+/g, ' '));
  const pinyin = draft.pinyin?.trim() || (termError ? '' : termPinyin(term));
  return fromDraft({ ...draft, pinyin }, userEntryId(pinyin || 'entry', taken), [], now);
}

/**
 * The reader's version of `base` (built-in or user) with `changes` applied. Keeps id and sources;
 * pinyin is recomputed when the term changes and no pinyin is given.
 */
export function editEntry(
  base: AnyEntry,
  changes: Partial<UserEntryDraft>,
  now: number = Date.now(),
): Validated<UserEntry> {
  const termChanged = changes.term !== undefined && changes.term.trim() !== base.term;
  const draft: UserEntryDraft = {
    term: changes.term ?? base.term,
    category: changes.category ?? base.category,
    summary: changes.summary ?? base.summary,
    aliases: changes.aliases ?? base.aliases,
    note: 'note' in changes ? changes.note : 'note' in base ? base.note : undefined,
    pinyin: changes.pinyin ?? (termChanged ? undefined : base.pinyin),
    expansion: 'expansion' in changes ? changes.expansion : base.expansion,
    fullName: 'fullName' in changes ? changes.fullName : base.fullName,
    parent: 'parent' in changes ? changes.parent : base.parent,
  };
  return fromDraft(draft, base.id, base.sources, now);
}
