import type { CombinedError } from '@urql/core';
import { errorWords, wordsForCode } from '../graphql/error-words';

/** One thing wrong with a form's input: the form field (the server's path under `input.`) and a sentence. */
export interface Problem {
  key: string;
  sentence: string;
}

/** Why a write was refused, sorted for the form: per field, a concurrent edit, or the rest in words. */
export interface WriteRefusal {
  problems: Problem[];
  /** Someone changed the programme since the form read it: the version it is at now. */
  staleAt?: number;
  messages: string[];
}

const sentence = (text: string) => {
  const t = text.trim().replace(/\.$/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};
/** `input.need.from` → `need.from`: the form's keys are the server's paths under the argument. */
const keyOf = (field: string) => field.replace(/^input\./, '');

interface ServerProblem {
  field: string;
  message: string;
}
const isServerProblem = (p: unknown): p is ServerProblem =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as ServerProblem).field === 'string' &&
  typeof (p as ServerProblem).message === 'string';

/**
 * A refused programme write in words. The server's BAD_USER_INPUT names every field at fault
 * (`extensions.problems`, README "Programmes"), so each message goes beside its field; a CONFLICT
 * on `expectedVersion` is a concurrent edit the form reports rather than overwrites; CONFLICT
 * and NOT_FOUND carry a sentence about this programme that is shown as it is; any other code is
 * put in words by errorWords.
 */
export function writeRefusal(error: CombinedError | undefined): WriteRefusal | null {
  if (!error) return null;
  const refusal: WriteRefusal = { problems: [], messages: [] };
  if (error.networkError) return { ...refusal, messages: errorWords(error) };
  for (const e of error.graphQLErrors) {
    const { code, field, problems, version } = e.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && Array.isArray(problems))
      refusal.problems.push(
        ...problems
          .filter(isServerProblem)
          .map((p) => ({ key: keyOf(p.field), sentence: sentence(p.message) })),
      );
    else if (code === 'BAD_USER_INPUT' && typeof field === 'string')
      refusal.problems.push({
        key: keyOf(field),
        sentence: sentence(e.message.replace(/^[\w.[\]]+: /, '')),
      });
    else if (code === 'CONFLICT' && field === 'expectedVersion')
      refusal.staleAt = typeof version === 'number' ? version : -1;
    else if (code === 'CONFLICT' || code === 'NOT_FOUND') refusal.messages.push(e.message);
    else if (code === 'BAD_USER_INPUT')
      refusal.messages.push(`The server could not read what was sent: ${e.message}`);
    else refusal.messages.push(wordsForCode(String(code ?? 'INTERNAL_SERVER_ERROR')));
  }
  refusal.messages = [...new Set(refusal.messages)];
  return refusal;
}

/** The problems of one field (`exact`), or of it and everything under it (`need.competencies[0]`). */
export function problemsAt(problems: readonly Problem[], key: string, exact = false): Problem[] {
  return problems.filter(
    (p) =>
      p.key === key || (!exact && (p.key.startsWith(`${key}.`) || p.key.startsWith(`${key}[`))),
  );
}

/** The id of the control a problem's field is edited in, so the summary can focus it. */
export const controlId = (key: string) => `pf-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** What to say for a field left blank, by the field's last name in the path. */
const BLANK_WORDS: Record<string, string> = {
  title: 'Enter a title.',
  startDate: 'Enter a date.',
  endDate: 'Enter a date.',
  from: 'Enter a date.',
  to: 'Enter a date.',
  area: 'Choose an area.',
  competencies: 'Choose an area.',
  tag: 'Enter a language tag, such as en, th or zh-Hant.',
  reason: 'Say why the programme is cancelled: everyone reading it will see the reason.',
};

/** The value a problem's path names in what was sent (`need.languages[0].tag`). */
function valueAt(sent: unknown, key: string): unknown {
  let value = sent;
  for (const part of key.split(/[.[\]]+/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The region answers a blank field with its general rule ("must be a calendar date written
 * YYYY-MM-DD (got "")"); where the form sent a blank, the person is told what to fill in
 * instead. Decided by the value sent, never by the message's text.
 */
export function sayBlanks(refusal: WriteRefusal | null, sent: unknown): WriteRefusal | null {
  if (!refusal) return null;
  const problems = refusal.problems.map((p) => {
    const last =
      p.key
        .replace(/\[\d+\]$/, '')
        .split('.')
        .pop() ?? '';
    const blank = valueAt(sent, p.key) === '' && BLANK_WORDS[last];
    return blank ? { ...p, sentence: blank } : p;
  });
  return { ...refusal, problems };
}
