// SPDX-License-Identifier: EPL-2.0
// The extension as VS Code runs it (with a stub of the vscode module): how it starts jixiao lsp,
// what it says when it cannot, and the command lines its three commands run, with a stand-in
// jixiao that records its arguments.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { loadExtension } = require('./vscode-stub');
const manifest = require('../package.json');

const context = () => ({ subscriptions: [] });

/**
 * A workspace folder with a stand-in ./jixiao: a node script that appends its arguments to
 * calls.json and prints a line. It exits with the code in exit-code (if that file exists);
 * import writes NAME.perf for each input into the -o folder, or exits 73 when one exists and
 * --force is not given, as the real command line does.
 */
function workspace() {
	const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-工作区-')));
	fs.writeFileSync(path.join(dir, 'jixiao'), `#!${process.execPath}
const fs = require('fs'), path = require('path');
const args = process.argv.slice(2), dir = __dirname;
fs.appendFileSync(path.join(dir, 'calls.json'), JSON.stringify({ args, cwd: process.cwd() }) + '\\n');
console.log('jixiao 收到 ' + args.join(' '));
if (args[0] === 'import') {
  const output = args[args.indexOf('-o') + 1];
  const inputs = args.slice(1, args.indexOf('-o'));
  const written = inputs.map((f) => path.join(output, path.parse(f).name + '.perf'));
  if (!args.includes('--force') && written.some((f) => fs.existsSync(f))) { console.error('已存在'); process.exit(73); }
  written.forEach((f) => fs.writeFileSync(f, 'department "x" year 2020 <\\n>\\n'));
}
const code = path.join(dir, 'exit-code');
process.exit(fs.existsSync(code) ? Number(fs.readFileSync(code, 'utf8')) : 0);
`, { mode: 0o755 });
	fs.writeFileSync(path.join(dir, '青菱街 2020.perf'), 'department "青菱街" year 2020 <\n>\n');
	return dir;
}

function calls(dir) {
	const file = path.join(dir, 'calls.json');
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : [];
}

test('activation registers the manifest\'s commands and starts jixiao lsp from the workspace over stdio', async () => {
	const dir = workspace();
	const { extension, world } = loadExtension({ workspaceFolders: [dir] });
	await extension.activate(context());
	assert.deepEqual([...world.commands.keys()].sort(), manifest.contributes.commands.map((c) => c.command).sort());
	assert.equal(world.clients.length, 1);
	const [client] = world.clients;
	assert.ok(client.started);
	const executable = { command: path.join(dir, 'jixiao'), args: ['lsp'], options: { shell: false, cwd: dir } };
	// no transport: vscode-languageclient speaks to an executable over stdin and stdout
	assert.deepEqual(client.serverOptions, { run: executable, debug: executable });
	assert.deepEqual(client.clientOptions.documentSelector, [{ scheme: 'file', language: 'perf' }, { scheme: 'untitled', language: 'perf' }]);
	assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.perf');
	assert.equal(client.clientOptions.outputChannel.name, '绩效 Jixiao');
	assert.deepEqual(world.messages, [], 'nothing to say');
	await extension.deactivate();
	assert.ok(client.stopped);
});

test('no command line anywhere: a Chinese message, a button to the setting, and no server', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-empty-'));
	const savedPath = process.env.PATH;
	process.env.PATH = dir;
	try {
		const { extension, world } = loadExtension({ workspaceFolders: [dir], answers: { error: '打开设置 Open Settings' } });
		await extension.activate(context());
		assert.equal(world.clients.length, 0);
		assert.equal(world.messages.length, 1);
		const [{ kind, message, items }] = world.messages;
		assert.equal(kind, 'error');
		assert.match(message, /^找不到 Jixiao 命令行：工作区中没有 \.\/jixiao，PATH 中也没有 jixiao。.*语言服务器未启动。/);
		assert.deepEqual(items, ['打开设置 Open Settings']);
		await new Promise((resolve) => setImmediate(resolve));
		assert.deepEqual(world.executed, [['workbench.action.openSettings', 'jixiao.path']]);
	} finally {
		process.env.PATH = savedPath;
	}
});

test('jixiao.path naming a missing file: the message names it', async () => {
	const dir = workspace();
	const { extension, world } = loadExtension({ workspaceFolders: [dir], settings: { 'jixiao.path': '/opt/不存在/jixiao' } });
	await extension.activate(context());
	assert.equal(world.clients.length, 0, 'the workspace\'s ./jixiao does not stand in for a wrong setting');
	assert.match(world.messages[0].message, /设置 jixiao\.path 指向的“\/opt\/不存在\/jixiao”不存在/);
});

test('a server that fails to start: a Chinese message with the reason', async () => {
	const dir = workspace();
	const { extension, world } = loadExtension({ workspaceFolders: [dir], startError: new Error('spawn EACCES') });
	await extension.activate(context());
	const [{ kind, message }] = world.messages;
	assert.equal(kind, 'error');
	assert.ok(message.startsWith(`无法启动 Jixiao 语言服务器（${path.join(dir, 'jixiao')} lsp）：spawn EACCES。`), message);
	assert.ok(world.channels[0].lines.some((line) => line.includes('spawn EACCES')), 'the details in the output channel');
});

test('changing jixiao.path restarts the server with the new launcher', async () => {
	const dir = workspace();
	fs.mkdirSync(path.join(dir, 'bin'));
	fs.copyFileSync(path.join(dir, 'jixiao'), path.join(dir, 'bin', 'jixiao'));
	const { extension, world } = loadExtension({ workspaceFolders: [dir] });
	await extension.activate(context());
	world.settings['jixiao.path'] = 'bin/jixiao';
	await world.configurationListeners[0]({ affectsConfiguration: (section) => section === 'jixiao.path' });
	assert.equal(world.clients.length, 2);
	assert.ok(world.clients[0].stopped);
	assert.equal(world.clients[1].serverOptions.run.command, path.join(dir, 'bin', 'jixiao'));
	assert.ok(world.clients[1].started);
});

test('生成报表 on a .perf file runs jixiao generate FILE -o forms in its workspace folder', async () => {
	const dir = workspace();
	const file = path.join(dir, '青菱街 2020.perf');
	const { extension, world, uri } = loadExtension({ workspaceFolders: [dir] });
	await extension.activate(context());
	await world.commands.get('jixiao.generate')(uri(file));
	assert.deepEqual(calls(dir), [{ args: ['generate', file, '-o', path.join(dir, 'forms')], cwd: dir }]);
	const channel = world.channels[0];
	assert.ok(channel.shown);
	assert.deepEqual(channel.lines, [`> ${path.join(dir, 'jixiao')} generate ${file} -o ${path.join(dir, 'forms')}`,
		`jixiao 收到 generate ${file} -o ${path.join(dir, 'forms')}`]);
	assert.match(world.progress.title, /^正在生成报表：青菱街 2020\.perf/);
	assert.deepEqual(world.messages.map((m) => [m.kind, m.message]),
		[['info', `报表已生成到 ${path.join(dir, 'forms')}。 (Forms written to ${path.join(dir, 'forms')}.)`]]);
});

test('生成报表 from the editor saves the file first; errors in the sources are reported', async () => {
	const dir = workspace();
	const file = path.join(dir, '青菱街 2020.perf');
	fs.writeFileSync(path.join(dir, 'exit-code'), '2');
	const { extension, world } = loadExtension({ workspaceFolders: [dir], activeDocument: { fsPath: file, languageId: 'perf', isDirty: true } });
	await extension.activate(context());
	await world.commands.get('jixiao.generate')();
	assert.deepEqual(world.saved, [file]);
	assert.deepEqual(calls(dir).map((c) => c.args), [['generate', file, '-o', path.join(dir, 'forms')]]);
	assert.deepEqual(world.messages.map((m) => m.kind), ['error']);
	assert.match(world.messages[0].message, /^源文件有错误，没有写入任何文件/);
});

test('生成报表 without a .perf editor generates the whole workspace folder', async () => {
	const dir = workspace();
	const { extension, world } = loadExtension({ workspaceFolders: [dir], activeDocument: { fsPath: path.join(dir, 'notes.md'), languageId: 'markdown' } });
	await extension.activate(context());
	await world.commands.get('jixiao.generate')();
	assert.deepEqual(calls(dir).map((c) => c.args), [['generate', dir, '-o', path.join(dir, 'forms')]]);
});

test('导入表格 asks for workbooks or text, imports them into the workspace folder and opens the result', async () => {
	const dir = workspace();
	const tables = path.join(dir, '去年');
	fs.mkdirSync(tables);
	const workbook = path.join(tables, '青菱街2020申报表.xlsx');
	fs.writeFileSync(workbook, '');
	const { extension, world } = loadExtension({ workspaceFolders: [dir], openDialog: [workbook] });
	await extension.activate(context());
	await world.commands.get('jixiao.import')();
	assert.deepEqual(world.openDialogOptions.filters, { '表格 Tables (.xlsx, .xls, .txt)': ['xlsx', 'xls', 'txt'] });
	assert.ok(world.openDialogOptions.canSelectMany);
	assert.deepEqual(calls(dir).map((c) => c.args), [['import', workbook, '-o', dir]]);
	assert.deepEqual(world.shown, [path.join(dir, '青菱街2020申报表.perf')]);
	assert.match(world.messages.at(-1).message, /^已导入 1 个表格到 /);
});

test('导入表格 over an existing .perf file asks before it overwrites', async () => {
	const dir = workspace();
	const text = path.join(dir, '祝融街道2020申报表.txt');
	fs.writeFileSync(text, '');
	fs.writeFileSync(path.join(dir, '祝融街道2020申报表.perf'), '// 已有的文件\n');
	const { extension, world, uri } = loadExtension({ workspaceFolders: [dir], answers: { warning: '覆盖 Overwrite' } });
	await extension.activate(context());
	await world.commands.get('jixiao.import')(uri(text));
	assert.deepEqual(calls(dir).map((c) => c.args), [['import', text, '-o', dir], ['import', text, '-o', dir, '--force']]);
	assert.match(world.messages[0].message, /已有同名的 \.perf 文件，没有覆盖。要覆盖吗？/);
	assert.deepEqual(world.messages[0].items, ['覆盖 Overwrite']);
	assert.equal(world.messages.filter((m) => m.kind === 'error').length, 0, 'exit code 73 is a question, not an error');
});

test('自评计分 runs jixiao selfeval score on the active .perf file; without one it says so', async () => {
	const dir = workspace();
	const file = path.join(dir, '青菱街 2020.perf');
	const { extension, world } = loadExtension({ workspaceFolders: [dir], activeDocument: { fsPath: file, languageId: 'perf' } });
	await extension.activate(context());
	await world.commands.get('jixiao.score')();
	assert.deepEqual(calls(dir).map((c) => c.args), [['selfeval', 'score', file]]);
	assert.ok(world.channels[0].lines.includes(`jixiao 收到 selfeval score ${file}`));

	const other = loadExtension({ workspaceFolders: [dir], activeDocument: { fsPath: path.join(dir, 'a.txt'), languageId: 'plaintext' } });
	await other.extension.activate(context());
	await other.world.commands.get('jixiao.score')();
	assert.equal(calls(dir).length, 1, 'nothing run');
	assert.deepEqual(other.world.messages.map((m) => m.message), ['请先打开或选择一个 .perf 文件。 (Open or select a .perf file first.)']);
});
