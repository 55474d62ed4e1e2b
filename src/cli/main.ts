import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../io/errors.js';
import { stdoutStream, writeStderrLine } from './output.js';

/** Raised by commands for a usage problem the user can fix (bad option value, unknown field). */
export class UsageError extends Error {
  override name = 'UsageError';
}

function fail(message: string, error?: unknown, debug = false): never {
  writeStderrLine(`plan: ${message}`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}

function commonInputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--from <format>', 'input format').choices(['auto', 'text', 'html', 'markdown']).default('auto'))
    .option('--encoding <name>', 'input encoding: auto, utf-8, gb18030, gbk, gb2312, utf-16le, big5 …', 'auto')
    .option('--max-size <bytes>', 'refuse inputs larger than this (suffixes k, M, G)', '64M');
}

// parse, query and validate expand their inputs alike (expand-inputs.ts): their help says so alike.
const MANY_INPUTS = 'notice files, directories (searched recursively), globs, or - for standard input';

export function buildProgram(): Command {
  const program = new Command('plan')
    .description('Parse, query, validate and diff Chinese government policy notices (政策文件).')
    .version('0.1.0', '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .configureOutput({
      // Help and version text: through the stream that ends quietly on a closed pipe (| head).
      writeOut: (s) => stdoutStream().write(s),
      writeErr: (s) => process.stderr.write(s),
      // One line, in the same voice as every other error.
      outputError: (s, write) => write(`plan: ${s.replace(/^error: /, '').trimEnd()} (see plan --help)\n`),
    })
    .exitOverride();

  commonInputOptions(
    program
      .command('parse')
      .description('turn notices into the structured JSON model')
      .argument('<input...>', MANY_INPUTS)
      .addOption(outputOption('write the JSON to a file instead of standard output'))
      .option('--jsonl', 'one compact JSON document per line, streamed as each is done')
      .addOption(jobsOption()),
  ).action(async (inputs: string[], opts: Record<string, unknown>) => {
    const { runParse } = await import('./commands/parse.js');
    await runParse(inputs, opts);
  });

  commonInputOptions(
    program
      .command('query')
      .description('list the tasks, department workload, goals, annex table or header of notices')
      .usage('[options] <input...> tasks|departments|goals|annex|metadata')
      .argument('<input...>', `${MANY_INPUTS}; then what to list`)
      .option('--dept <name>', 'only tasks this unit leads or takes part in (any spelling or alias)', givenOnce('unit'))
      .addOption(new Option('--role <role>', 'with --dept: the unit\'s part').choices(['lead', 'participant', 'any']).default('any'))
      .option('--section <n>', 'only tasks of this section, e.g. 一, 1 or 一（一）', givenOnce('section'))
      .option('--grep <text>', 'only rows whose text contains this (simplified or traditional)', givenOnce('text'))
      .option('--fields <list>', 'comma-separated fields to show, e.g. number,title,section.title')
      .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv otherwise)').choices(['table', 'json', 'csv', 'tsv', 'markdown']))
      .option('--bom', 'start CSV/TSV output with a UTF-8 byte order mark (for Excel)')
      .option('--config <file>', 'read unit aliases from this file instead of the nearest .planrc.json')
      .addHelpText(
        'after',
        [
          '',
          'Examples:',
          '  plan query notice.txt tasks --dept 区科技局 --role lead',
          '  plan query notice.txt tasks --section 一 --fields number,title,lead',
          '  plan query *.txt departments --format csv --bom > workload.csv',
          '  plan query notice.txt annex --format markdown',
          '',
          'Exit status: 0 with results (an empty list too), 1 when the unit or section is in none of the inputs, 2 on a usage or input error.',
        ].join('\n'),
      ),
  ).action(async (args: string[], opts: Record<string, unknown>) => {
    const { runQueryCommand } = await import('./commands/query.js');
    await runQueryCommand(args, opts);
  });

  commonInputOptions(
    program
      .command('diff')
      .description('compare two versions of a notice element by element (tasks, goals, units, table and annex cells)')
      .argument('<old>', 'the earlier version, or - for standard input')
      .argument('<new>', 'the later version, or - for standard input')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown', 'html', 'github']).default('text'))
      .option('--exit-code', 'exit with 1 when the versions differ (as git diff --exit-code); a unit respelled alone does not count')
      .option('--count-respelled', 'with --exit-code, a unit respelled (区发改委 → 区发展改革委) counts as a difference too')
      .option('--strict', 'compare text exactly as written, not by substance (width, spaces, line breaks)')
      .option('--config <file>', 'read unit aliases from this file instead of the nearest .planrc.json')
      .addOption(outputOption('write the result to a file instead of standard output')),
  ).action(async (oldPath: string, newPath: string, opts: Record<string, unknown>) => {
    const { runDiff } = await import('./commands/diff.js');
    await runDiff(oldPath, newPath, opts);
  });

  commonInputOptions(
    program
      .command('validate')
      .description('check notices for what a careful reviewer catches; exit 1 when there are errors')
      .argument('<input...>', MANY_INPUTS)
      .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
      .option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable)', (value: string, all: string[] | undefined) => [...(all ?? []), value])
      .option('--config <file>', 'settings file to use instead of the .planrc.json found above each input')
      .option('--max-warnings <n>', 'also exit 1 when there are more than this many warnings')
      .addOption(outputOption('write the report to a file instead of standard output'))
      .addOption(jobsOption()),
  ).action(async (inputs: string[], opts: Record<string, unknown>) => {
    const { runValidate } = await import('./commands/validate.js');
    await runValidate(inputs, opts);
  });

  commonInputOptions(
    program
      .command('report')
      .description('one self-contained HTML page: header, goals beside the annex, department × task matrix, tasks, findings')
      .argument('<input>', 'a notice file, or - for standard input')
      .addOption(outputOption('write the page to a file instead of standard output'))
      .option('--config <file>', 'read rules and unit aliases from this file instead of the nearest .planrc.json')
      .addHelpText('after', ['', 'Examples:', '  plan report notice.txt -o report.html', '  plan report notice.html > report.html'].join('\n')),
  ).action(async (input: string, opts: Record<string, unknown>) => {
    const { runReport } = await import('./commands/report.js');
    await runReport(input, opts);
  });

  program
    .command('schema')
    .description('print the JSON Schema of the parse output')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      await runSchema();
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  const debug = argv.includes('--debug');
  // `plan help bogus` would print the general help as if asked for it: say what is wrong instead.
  const [first, topic] = argv.slice(2);
  if (first === 'help' && topic !== undefined && !program.commands.some((c) => c.name() === topic)) {
    fail(`unknown command '${topic.replace(/[\x00-\x1f\x7f]/g, '?')}' (see plan --help)`);
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') process.exit(0);
      // Help asked for exits 0; help shown because no command was given (on stderr) is a usage error.
      if (error.code === 'commander.help') process.exit(error.exitCode === 0 ? 0 : 2);
      // Commander has already printed its one-line message.
      process.exit(2);
    }
    if (error instanceof InputError || error instanceof UsageError) fail(error.message, error, debug);
    fail(`internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}`, error, debug);
  }
}

/**
 * A filter's parser that refuses a second value: commander would keep the last one silently, and
 * `--dept A --dept B` answer for B alone as if A had been asked too.
 */
function givenOnce(what: string): (value: string, previous: string | undefined) => string {
  return (value, previous) => {
    if (previous !== undefined) throw new InvalidArgumentError(`It takes one ${what}: ask for each in a query of its own.`);
    return value;
  };
}

/** Parses a size such as 64M, 500k or 1048576 into bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(String(value).trim());
  if (!m) throw new UsageError(`--max-size: "${value}" is not a size (try 64M)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

/**
 * `--jobs N`, checked when the command line is read (not only when a batch is large enough to use
 * it): a whole number of threads, 1 or more. More than the cores is taken as one per core, since
 * threads beyond them only wait and hold memory.
 */
export function parseJobsValue(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('It must be a whole number of threads, 1 or more.');
  return Math.min(Number(value), cores());
}

/** The cores Node may use; node:os is loaded only for a command line that asks for threads. */
function cores(): number {
  return (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism();
}

/** `-o FILE`: `-` is standard output, as for inputs; an empty name is a usage error, not standard output. */
export function parseOutputValue(value: string): string | undefined {
  if (value.trim() === '') throw new InvalidArgumentError('Name a file, or - for standard output.');
  return value === '-' ? undefined : value;
}

function outputOption(description: string): Option {
  return new Option('-o, --output <file>', `${description} (- for standard output)`).argParser(parseOutputValue);
}

function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'threads that parse a batch: this one and n-1 workers (default: one per core for 16 inputs or more; 1 = this thread only; at most one per core)').argParser(parseJobsValue);
}

/** --jobs: the threads for a batch of this many inputs (never more than inputs), or the default. */
export function parseJobs(value: number | undefined, inputs: number): number | undefined {
  if (value === undefined) return undefined;
  return Math.min(value, inputs);
}
