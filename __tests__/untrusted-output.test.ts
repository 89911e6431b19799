// Lines from the machine being built reach the log as text: neither form of workflow command the
// runner reads survives asPlainText, while the text a person sees stays what was printed.
import { parseWorkflowCommands } from '../world/runner/workflow-commands.js';
import { asPlainText, plainTextSink } from '../src/untrusted-output.js';
import type { LogSink } from '../src/log.js';

const FORGED = [
  '::set-output name=ami-id::ami-evil',
  '::add-mask::web',
  '::save-state name=journal::[]',
  '::stop-commands::x',
  '  ::error::forged',
  '\t::warning file=a,line=1::forged',
  '\u00a0\u2003::notice::forged',
  '::group::forged group',
  '::endgroup::',
  '::debug::forged',
  'text before ##[error]forged legacy',
  '##[set-output name=ami-id;]ami-evil',
  '##[add-mask]web',
  '::ERROR::upper case'
];

test('no forged command survives, and each line shows as printed', () => {
  const log = parseWorkflowCommands([...FORGED.map(asPlainText), '::notice::ours']);
  expect(log.commands.map(c => c.command)).toEqual(['notice']);
  expect(log.masks).toEqual([]);
  expect(log.annotations).toEqual([{ level: 'notice', message: 'ours', properties: {} }]);
  expect(log.visible.map(line => line.replaceAll('\u200B', ''))).toEqual(FORGED);
});

test('the forged lines would be commands without it (the harness reads them as the runner does)', () => {
  const log = parseWorkflowCommands(FORGED);
  // add-mask and set-output obeyed, then everything after `::stop-commands::x` silenced.
  expect(log.masks).toEqual(['web']);
  expect(log.commands.map(c => c.command)).toEqual(['set-output', 'add-mask', 'save-state', 'stop-commands']);
  expect(parseWorkflowCommands(FORGED.slice(4)).annotations.length).toBe(5);
});

test('ordinary lines are left exactly as they are', () => {
  for (const line of ['', 'hello', 'a::b', 'std::vector<int>', 'C# ##x [y]', '  indented'])
    expect(asPlainText(line)).toBe(line);
});

test('several lines in one text are each made plain', () => {
  const text = asPlainText('could not read file:\n::set-output name=x::y\r::add-mask::z');
  expect(parseWorkflowCommands(text.split('\n')).commands).toEqual([]);
});

test('plainTextSink makes info lines plain and leaves annotations to @actions/core', () => {
  const written: string[] = [];
  const sink: LogSink = {
    info: l => written.push(`info ${l}`),
    warning: l => written.push(`warning ${l}`),
    error: l => written.push(`error ${l}`),
    debug: l => written.push(`debug ${l}`),
    startGroup: t => written.push(`group ${t}`),
    endGroup: () => written.push('endgroup')
  };
  const plain = plainTextSink(sink);
  plain.info('::add-mask::x');
  plain.warning('::add-mask::x');
  expect(written).toEqual(['info \u200B::add-mask::x', 'warning ::add-mask::x']);
});
