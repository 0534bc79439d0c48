import { IncomingMessage } from 'node:http';
import { REQUEST_ID_HEADER, requestIdOf, takeRequestId } from '../request-id';

const request = (id?: string) =>
  ({ headers: id === undefined ? {} : { [REQUEST_ID_HEADER]: id } }) as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("a caller's bounded printable id is kept, and forwarded as it came", () => {
  const req = request('lb-7f3a:trace/42');
  expect(takeRequestId(req)).toBe('lb-7f3a:trace/42');
  expect(requestIdOf(req)).toBe('lb-7f3a:trace/42');
});

test.each([
  ['none', undefined],
  ['empty', ''],
  ['a space', 'two words'],
  ['a line break that would forge a log line', 'abc\n{"event":"breaker_closed"}'],
  ['more than 128 characters', 'x'.repeat(129)],
  ['non-ASCII', 'ключ'],
])('an id with %s is replaced by a new UUID, written back for forwarding', (_what, given) => {
  const req = request(given);
  const id = takeRequestId(req);
  expect(id).toMatch(UUID);
  expect(req.headers[REQUEST_ID_HEADER]).toBe(id);
});
