import { GraphQLError } from 'graphql';
import { ExpertOrder, encodeCursor, encodeSortKey } from '@expertpool/shared';
import {
  GlobalCursor,
  countryAfter,
  decodeGlobalCursor,
  encodeGlobalCursor,
} from '../global-cursor';

function expectBadInput(run: () => unknown, message?: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(GraphQLError);
  expect((caught as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  if (message) expect((caught as GraphQLError).message).toMatch(message);
}

const relevance: GlobalCursor = {
  o: 'RELEVANCE',
  p: { MY: [12.5, 'abcd1234'], ID: [0, 'zz99'], TL: [3, '0000'] },
};
const byName: GlobalCursor = { o: 'NAME', p: { TH: ['somchai', 'q1w2e3'], VN: ['', 'aaaa'] } };
const byUpdate: GlobalCursor = { o: 'UPDATED', p: { SG: [1_700_000_000_000, 'k9k9'] } };

describe('round trip', () => {
  test.each([relevance, byName, byUpdate, { o: 'NAME', p: {} } as GlobalCursor])('%j', (cursor) => {
    const text = encodeGlobalCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/); // opaque and URL-safe
    expect(decodeGlobalCursor(text, cursor.o)).toEqual(cursor);
  });
});

describe('invalid cursors are BAD_USER_INPUT', () => {
  const g = (payload: unknown) => encodeCursor(payload);
  test.each<[string, string, ExpertOrder]>([
    ['empty', '', 'RELEVANCE'],
    ['not base64url', 'not a cursor!', 'RELEVANCE'],
    ['base64url of non-JSON', Buffer.from('{{{', 'utf8').toString('base64url'), 'RELEVANCE'],
    ['JSON null', g(null), 'RELEVANCE'],
    ['a number', g(42), 'RELEVANCE'],
    [
      'a country cursor, not a global one',
      encodeSortKey({ o: 'RELEVANCE', v: 1, i: 'abcd', c: 'MY' }),
      'RELEVANCE',
    ],
    ['wrong version', g({ g: 2, o: 'RELEVANCE', p: {} }), 'RELEVANCE'],
    ['unknown order', g({ g: 1, o: 'SALARY', p: {} }), 'RELEVANCE'],
    ['positions missing', g({ g: 1, o: 'RELEVANCE' }), 'RELEVANCE'],
    ['positions not an object', g({ g: 1, o: 'RELEVANCE', p: 'MY' }), 'RELEVANCE'],
    ['unknown country', g({ g: 1, o: 'RELEVANCE', p: { XX: [1, 'abcd'] } }), 'RELEVANCE'],
    ['lower-case country', g({ g: 1, o: 'RELEVANCE', p: { my: [1, 'abcd'] } }), 'RELEVANCE'],
    ['position not a pair', g({ g: 1, o: 'RELEVANCE', p: { MY: [1, 'abcd', 'x'] } }), 'RELEVANCE'],
    [
      'position an object',
      g({ g: 1, o: 'RELEVANCE', p: { MY: { v: 1, i: 'abcd' } } }),
      'RELEVANCE',
    ],
    [
      'string score for RELEVANCE',
      g({ g: 1, o: 'RELEVANCE', p: { MY: ['1', 'abcd'] } }),
      'RELEVANCE',
    ],
    [
      'null score for RELEVANCE',
      g({ g: 1, o: 'RELEVANCE', p: { MY: [null, 'abcd'] } }),
      'RELEVANCE',
    ],
    [
      'string time for UPDATED',
      g({ g: 1, o: 'UPDATED', p: { MY: ['2024-01-01', 'abcd'] } }),
      'UPDATED',
    ],
    ['number name for NAME', g({ g: 1, o: 'NAME', p: { MY: [3, 'abcd'] } }), 'NAME'],
    ['number id', g({ g: 1, o: 'RELEVANCE', p: { MY: [1, 1234] } }), 'RELEVANCE'],
  ])('%s', (_name, text, order) => {
    expectBadInput(() => decodeGlobalCursor(text, order), /cursor/i);
  });

  test('a cursor issued for another order says which order it belongs to', () => {
    const text = encodeGlobalCursor(byName);
    expectBadInput(() => decodeGlobalCursor(text, 'RELEVANCE'), /NAME/);
    expectBadInput(() => decodeGlobalCursor(encodeGlobalCursor(relevance), 'UPDATED'), /RELEVANCE/);
  });

  test('non-finite scores (JSON cannot carry them, so they decode as null) are refused', () => {
    const text = encodeGlobalCursor({
      o: 'RELEVANCE',
      p: { MY: [Number.POSITIVE_INFINITY, 'abcd'] },
    });
    expectBadInput(() => decodeGlobalCursor(text, 'RELEVANCE'));
  });
});

describe('countryAfter', () => {
  test('no cursor: every country starts from the beginning', () => {
    expect(countryAfter(undefined, 'MY')).toBeNull();
  });

  test('a country without a position in the cursor starts from the beginning', () => {
    expect(countryAfter(relevance, 'SG')).toBeNull();
  });

  test.each([relevance, byName, byUpdate])(
    'each country resumes from its own position (%j)',
    (cursor) => {
      for (const [country, [v, i]] of Object.entries(cursor.p)) {
        // What the country receives is its own position in the same order, as plain values.
        const expected = cursor.o === 'NAME' ? { text: v, id: i } : { number: v, id: i };
        expect(countryAfter(cursor, country)).toEqual(expected);
      }
    },
  );

  test('survives a round trip through the client', () => {
    const decoded = decodeGlobalCursor(encodeGlobalCursor(relevance), 'RELEVANCE');
    expect(countryAfter(decoded, 'MY')).toEqual({ number: 12.5, id: 'abcd1234' });
  });
});
