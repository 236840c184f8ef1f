// SPDX-License-Identifier: EPL-2.0
// Where the extension finds the command line, and how it runs it.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { findLauncher, quoteForCmd, commandLine } = require('../out/launcher');
const { runCli, generateArgs, importArgs, scoreArgs } = require('../out/cli');

const files = (...existing) => (file) => existing.includes(file);

test('the jixiao.path setting comes first, relative to the first workspace folder', () => {
	const isFile = files('/opt/jixiao/jixiao', '/home/a/工作/tools/jixiao', '/home/a/工作/jixiao');
	const base = { workspaceFolders: ['/home/a/工作'], platform: 'linux', pathVariable: '/usr/bin', isFile };
	assert.deepEqual(findLauncher({ ...base, configured: '/opt/jixiao/jixiao' }),
		{ command: '/opt/jixiao/jixiao', shell: false, source: 'setting' });
	assert.deepEqual(findLauncher({ ...base, configured: 'tools/jixiao' }),
		{ command: '/home/a/工作/tools/jixiao', shell: false, source: 'setting' });
	assert.equal(findLauncher({ ...base, configured: '/opt/missing/jixiao' }), undefined, 'a wrong setting is not silently replaced');
});

test('without a setting: the workspace\'s ./jixiao, else jixiao on PATH, else none', () => {
	const base = { configured: '', workspaceFolders: ['/src/jixiao-clone', '/data'], platform: 'linux', pathVariable: '/usr/local/bin:/opt/jixiao' };
	assert.deepEqual(findLauncher({ ...base, isFile: files('/src/jixiao-clone/jixiao', '/opt/jixiao/jixiao') }),
		{ command: '/src/jixiao-clone/jixiao', shell: false, source: 'workspace' });
	assert.deepEqual(findLauncher({ ...base, isFile: files('/opt/jixiao/jixiao') }),
		{ command: '/opt/jixiao/jixiao', shell: false, source: 'path' });
	assert.equal(findLauncher({ ...base, isFile: files() }), undefined);
});

test('on Windows: jixiao.cmd, run through cmd.exe with every argument quoted', () => {
	const launcher = findLauncher({
		configured: '', workspaceFolders: ['C:\\Users\\分析员\\绩效'], platform: 'win32',
		pathVariable: 'C:\\Windows;C:\\Program Files\\Jixiao', isFile: files('C:\\Program Files\\Jixiao\\jixiao.cmd'),
	});
	assert.deepEqual(launcher, { command: 'C:\\Program Files\\Jixiao\\jixiao.cmd', shell: true, source: 'path' });
	assert.deepEqual(commandLine(launcher, ['generate', 'C:\\Users\\分析员\\绩效\\青菱 街.perf']), {
		command: '"C:\\Program Files\\Jixiao\\jixiao.cmd"',
		args: ['"generate"', '"C:\\Users\\分析员\\绩效\\青菱 街.perf"'],
	});
	assert.equal(quoteForCmd('say "hi"'), '"say ""hi"""');
	assert.deepEqual(commandLine({ command: '/usr/bin/jixiao', shell: false, source: 'path' }, ['lsp']),
		{ command: '/usr/bin/jixiao', args: ['lsp'] });
});

test('the command lines of 生成报表, 导入表格 and 自评计分', () => {
	assert.deepEqual(generateArgs('/w/a.perf', '/w/forms'), ['generate', '/w/a.perf', '-o', '/w/forms']);
	assert.deepEqual(importArgs(['/w/表.xlsx', '/w/b.txt'], '/w'), ['import', '/w/表.xlsx', '/w/b.txt', '-o', '/w']);
	assert.deepEqual(importArgs(['/w/表.xlsx'], '/w', true), ['import', '/w/表.xlsx', '-o', '/w', '--force']);
	assert.deepEqual(scoreArgs('/w/自评.perf'), ['selfeval', 'score', '/w/自评.perf']);
});

test('runCli passes every printed line on and returns the exit code', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
	const script = path.join(dir, 'jixiao');
	fs.writeFileSync(script, '#!/bin/sh\necho "参数 $*"\necho "在 $(pwd)" >&2\nprintf "没有换行"\nexit 2\n', { mode: 0o755 });
	const lines = [];
	const run = await runCli({ command: script, shell: false, source: 'setting' }, ['generate', 'a b.perf'], dir, (line) => lines.push(line));
	assert.deepEqual(run, { exitCode: 2 });
	assert.deepEqual(lines.sort(), ['参数 generate a b.perf', `在 ${fs.realpathSync(dir)}`, '没有换行'].sort());
});

test('runCli reports a launcher that cannot be started', async () => {
	const run = await runCli({ command: path.join(os.tmpdir(), 'no-such-jixiao'), shell: false, source: 'setting' }, ['lsp'], os.tmpdir(), () => {});
	assert.equal(run.exitCode, undefined);
	assert.equal(run.startError.code, 'ENOENT');
});
