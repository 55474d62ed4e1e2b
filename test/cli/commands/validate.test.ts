import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 'fixtures/hedong-2022.txt';
const FAULT = 'fixtures/faults/document-number-brackets.txt';

function plan(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  // The child decides on colour from its own environment, not from the test runner's.
  const r = runCli(args, { input: options.input, env: options.env ?? {}, cwd: options.cwd ?? ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'plan-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('plan validate: output', () => {
  it('should print the stylish report of the seed and exit 0 (warnings only)', () => {
    const r = plan(['validate', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'fixtures/hedong-2022.txt',
        '  16:1    warning  成文日期 is empty  header-required',
        '  17:1    warning  发文日期 is empty  header-required',
        '  161:14  warning  "(" is not closed  brackets-balanced',
        '',
        '✖ 3 problems (0 errors, 3 warnings) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('should print GitHub workflow commands for the seed', () => {
    const r = plan(['validate', SEED, '--format', 'github']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'fixtures/hedong-2022.validate.github.txt'), 'utf8'));
  });

  it('should print SARIF 2.1.0 for the seed, with every rule described and the three results placed', () => {
    const r = plan(['validate', SEED, '--format', 'sarif']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('plan');
    expect(run.tool.driver.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(run.tool.driver.rules.map((x) => x.id)).toContain('supersedes-reference');
    expect(run.tool.driver.rules.map((x) => x.id)).toContain('unparsed-text');
    expect(run.results.map((x) => {
      const loc = x.locations[0]!.physicalLocation;
      return `${loc.artifactLocation.uri}:${loc.region.startLine}:${loc.region.startColumn} ${x.level} ${x.ruleId}`;
    })).toEqual([
      'fixtures/hedong-2022.txt:16:1 warning header-required',
      'fixtures/hedong-2022.txt:17:1 warning header-required',
      'fixtures/hedong-2022.txt:161:14 warning brackets-balanced',
    ]);
  });

  it('should print ESLint-shaped JSON and exit 1 when there are errors', () => {
    const r = plan(['validate', FAULT, '--format', 'json']);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number; messages: Array<{ ruleId: string; severity: number; line: number; column: number }> }>;
    expect(result!.filePath).toBe(join(ROOT, FAULT));
    expect([result!.errorCount, result!.warningCount]).toEqual([1, 3]);
    expect(result!.messages[0]).toMatchObject({ ruleId: 'document-number-format', severity: 2, line: 13, column: 6 });
  });

  it('should list each file’s problems under its name', () => {
    const r = plan(['validate', SEED, FAULT]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\S/.test(l))).toEqual([SEED, FAULT, '✖ 7 problems (1 error, 6 warnings) in 2 files']);
    expect(lines.indexOf(FAULT)).toBeGreaterThan(lines.indexOf(SEED));
  });

  it('should read standard input', () => {
    const r = plan(['validate', '-', '--format', 'github'], { input: readFileSync(join(ROOT, SEED)) });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('::warning line=16,col=1,endLine=16,endColumn=10,title=header-required::成文日期 is empty');
  });

  it('should write the report to a file with -o, leaving stdout empty', () => {
    const out = join(temp, 'report.sarif');
    const r = plan(['validate', SEED, '--format', 'sarif', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });

  it('should colour only when forced, and never with NO_COLOR', () => {
    expect(plan(['validate', SEED], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(plan(['validate', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(plan(['validate', SEED]).stdout).not.toContain('\x1b[');
  });
});

describe('plan validate: settings', () => {
  it('should take --rule settings, repeated', () => {
    const r = plan(['validate', SEED, '--rule', 'brackets-balanced=error', '--rule', 'header-required=off', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('::error file=fixtures/hedong-2022.txt,line=161,col=14,endLine=161,endColumn=15,title=brackets-balanced::"(" is not closed\n');
  });

  it('should fail with --max-warnings when there are more warnings than allowed', () => {
    expect(plan(['validate', SEED, '--max-warnings', '3']).code).toBe(0);
    const r = plan(['validate', SEED, '--max-warnings', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plan: 3 warnings, more than --max-warnings 2\n');
  });

  it('should say "1 warning", not "1 warnings", when one is more than allowed', () => {
    const r = plan(['validate', SEED, '--rule', 'header-required=off', '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plan: 1 warning, more than --max-warnings 0\n');
  });

  it('should find .planrc.json above the input and use its rules and units', () => {
    const dir = join(temp, 'project', 'notices');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'fixtures/faults/misspelt-unit.txt'), join(dir, 'notice.txt'));
    writeFileSync(join(temp, 'project', '.planrc.json'), JSON.stringify({ rules: { 'header-required': 'off' }, units: { known: ['区科枝局'] } }));
    const r = plan(['validate', join(dir, 'notice.txt'), '--format', 'json']);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['brackets-balanced']);
  });

  it('should use --config instead of a config found above the input', () => {
    const config = join(temp, 'strict.json');
    writeFileSync(config, JSON.stringify({ rules: { 'header-required': 'error' } }));
    expect(plan(['validate', SEED, '--config', config]).code).toBe(0); // empty dates stay warnings
    writeFileSync(config, JSON.stringify({ rules: { 'brackets-balanced': 'error' } }));
    expect(plan(['validate', SEED, '--config', config]).code).toBe(1);
  });
  it('should take the ids of the parser\'s and the adapters\' diagnostics, on the command line and in the config', () => {
    // A header label no site template shares (目录编码), and a grid table whose second line is off its columns.
    const notice = join(temp, 'unknown-label.txt');
    writeFileSync(notice, ['索引号：000014349/2023-00012', '发布机构：某市人民政府办公室', '名称：关于印发某方案的通知', '发文字号：某政办发〔2023〕12号', '成文日期：2023年4月18日', '发文日期：2023年4月20日', '目录编码：A0102', '', '关于印发某方案的通知', '某政办发〔2023〕12号', '', '各区人民政府：', '现将《某方案》印发给你们，请认真贯彻落实。', '', '某市人民政府办公室', '2023年4月18日', ''].join('\n'));
    expect(plan(['validate', notice, '--format', 'github']).stdout).toMatch(/title=header-label-unknown::header label "目录编码"/);
    expect(plan(['validate', notice, '--rule', 'header-label-unknown=off'])).toMatchObject({ code: 0, stdout: '✔ no problems (1 file)\n' });
    const config = join(temp, 'labels.json');
    writeFileSync(config, JSON.stringify({ rules: { 'header-label-unknown': 'off' } }));
    expect(plan(['validate', notice, '--config', config])).toMatchObject({ code: 0, stdout: '✔ no problems (1 file)\n' });
    const grid = join(temp, 'grid.md');
    writeFileSync(grid, ['关于印发某方案的通知', '', '各区人民政府：', '', '现将《某方案》印发给你们，请认真贯彻落实。', '', '+------+----------+', '| 序号 | 任务     |', '+======+==========+', '| 1    | 培育企业 |', '+---+------+', ''].join('\n'));
    expect(plan(['validate', grid, '--format', 'github']).stdout).toMatch(/title=grid-table-unread::/);
    expect(plan(['validate', grid, '--format', 'github', '--rule', 'grid-table-unread=error']).stdout).toMatch(/::error .*title=grid-table-unread::/);
  });
});

describe('plan validate: bad input and options', () => {
  it.each([
    [['validate', SEED, '--rule', 'bracket-balanced=off'], /^plan: --rule: unknown rule "bracket-balanced"; rules are: header-required, .*brackets-balanced/],
    [['validate', SEED, '--rule', 'brackets-balanced'], /^plan: --rule: "brackets-balanced" is not ID=off\|info\|warning\|error$/],
    [['validate', SEED, '--max-warnings', 'many'], /^plan: --max-warnings: "many" is not a number/],
    [['validate', SEED, '--format', 'xml'], /^plan: option '--format <format>' argument 'xml' is invalid/],
    [['validate', 'no-such-file.txt'], /^plan: no-such-file\.txt: no such file$/],
    [['validate', SEED, '--config', 'no-such-config.json'], /^plan: no-such-config\.json: cannot read config file/],
  ])('should exit 2 with one line on stderr for %j', (args, message) => {
    const r = plan(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('should refuse a config that names an unknown rule', () => {
    const config = join(temp, 'typo.json');
    writeFileSync(config, JSON.stringify({ rules: { 'unit-knwon': 'off' } }));
    const r = plan(['validate', SEED, '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo\.json: unknown rule "unit-knwon"/);
  });

  it.each([
    [{ rulez: { 'unit-known': 'off' } }, 'unknown key "rulez"; the keys are rules and units'],
    [{ units: { knwon: ['区算力专班'] } }, 'unknown key "units.knwon"; the keys are units.known and units.aliases'],
  ])('should refuse a config with a key it does not have (%j), whose settings would go unused', (settings, message) => {
    const config = join(temp, 'misspelt-key.json');
    writeFileSync(config, JSON.stringify(settings));
    const r = plan(['validate', SEED, '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan: ${config}: ${message}\n`);
  });

  it('should refuse a found config whose value has the wrong type, with one line and exit 2, not an internal error', () => {
    mkdirSync(join(temp, 'wrong-type'), { recursive: true });
    copyFileSync(join(ROOT, SEED), join(temp, 'wrong-type', 'notice.txt'));
    const config = join(temp, 'wrong-type', '.planrc.json');
    writeFileSync(config, JSON.stringify({ units: { known: [1] } }));
    const r = plan(['validate', join(temp, 'wrong-type', 'notice.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan: ${config}: units.known must be a list of names\n`);
  });

  it('should refuse input that is not a notice', () => {
    const r = plan(['validate', '-'], { input: 'hello\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: -: .*does not read as a policy notice/);
  });

  it('should report the readable inputs and exit 2 when another cannot be read', () => {
    const r = plan(['validate', SEED, 'no-such-file.txt', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: no-such-file.txt: no such file\n');
    // The unreadable input is in the report too, as ESLint gives a file it could not parse.
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; errorCount: number; fatalErrorCount: number; messages: unknown[] }>;
    expect(results).toHaveLength(2);
    expect(results[1]).toMatchObject({
      filePath: resolve('no-such-file.txt'),
      errorCount: 1,
      fatalErrorCount: 1,
      messages: [{ ruleId: null, fatal: true, severity: 2, message: 'no such file', line: 1, column: 1 }],
    });
  });

  it.each([
    ['github', '::error file=no-such-file.txt,title=input-unreadable::no such file\n'],
  ])('should annotate an input that cannot be read in the %s format', (format, expected) => {
    for (const args of [[SEED, 'no-such-file.txt'], ['no-such-file.txt']]) {
      const r = plan(['validate', ...args, '--format', format, '--rule', 'header-required=off', '--rule', 'brackets-balanced=off', '--rule', 'annex-unit-unclosed=off']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe(expected);
    }
  });

  it('should not say no problems in the stylish summary when an input could not be checked', () => {
    const empty = join(temp, 'empty.txt');
    writeFileSync(empty, '');
    const r = plan(['validate', empty, SEED, '--rule', 'header-required=off', '--rule', 'brackets-balanced=off', '--rule', 'annex-unit-unclosed=off']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${empty}: the input has no text\n`);
    expect(r.stdout).toBe('✖ 1 input could not be checked; 1 file checked: no problems\n');
  });

  it('should list an input that cannot be read among the SARIF run\'s tool notifications', () => {
    const r = plan(['validate', SEED, 'no-such-file.txt', '--format', 'sarif']);
    expect(r.code).toBe(2);
    const run = (JSON.parse(r.stdout) as { runs: Array<{ invocations: unknown[]; results: unknown[] }> }).runs[0]!;
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            descriptor: { id: 'input-unreadable' },
            level: 'error',
            message: { text: 'no such file' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'no-such-file.txt', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
    expect(run.results.length).toBeGreaterThan(0);
  });
});
