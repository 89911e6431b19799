// A filter value is read as Packer's buildEc2Filters reads it: one CSV record (Go's encoding/csv with
// TrimLeadingSpace and LazyQuotes), so `a, b` filters on two values and `"a,b"` on one.
import { filterValues } from '../../src/aws/find-image.js';

test.each([
  ['ubuntu/images/*', ['ubuntu/images/*']],
  ['al2023-ami-*, amzn2-ami-*', ['al2023-ami-*', 'amzn2-ami-*']],
  ['a,b,,c', ['a', 'b', '', 'c']],
  ['"name, with comma",other', ['name, with comma', 'other']],
  ['"say ""hi"""', ['say "hi"']],
  ['it"s lazy', ['it"s lazy']],
  ['  leading, \ttabs', ['leading', 'tabs']],
  ['trailing ', ['trailing ']],
  ['first line\nsecond line', ['first line']],
  ['', ['']]
])('%j filters on %j', (text, values) => {
  expect(filterValues(text)).toEqual(values);
});
