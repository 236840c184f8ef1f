// SPDX-License-Identifier: EPL-2.0
// The extension's manifest: what VS Code shows (titles in English and Chinese), what it loads
// (grammar, language configuration) and the pinned dependencies.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const read = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8'));
const manifest = read('package.json');
const english = read('package.nls.json');
const chinese = read('package.nls.zh-cn.json');
const HAN = /\p{Script=Han}/u;

/** Every %key% placeholder of the manifest. */
function placeholders(value, found = new Set()) {
	if (typeof value === 'string') {
		const match = /^%(.+)%$/.exec(value);
		if (match) {
			found.add(match[1]);
		}
	} else if (value && typeof value === 'object') {
		Object.values(value).forEach((child) => placeholders(child, found));
	}
	return found;
}

test('the commands 生成报表, 导入表格 and 自评计分 have titles in Chinese and English', () => {
	const commands = manifest.contributes.commands;
	assert.deepEqual(commands.map((c) => c.command), ['jixiao.generate', 'jixiao.import', 'jixiao.score']);
	const title = (texts, command) => texts[/^%(.+)%$/.exec(command.title)[1]];
	assert.deepEqual(commands.map((c) => title(chinese, c)), ['生成报表', '导入表格', '自评计分']);
	assert.deepEqual(commands.map((c) => title(english, c)), ['Generate Forms', 'Import Tables', 'Score Self-Evaluation']);
	for (const command of commands) {
		assert.equal(english[/^%(.+)%$/.exec(command.category)[1]], 'Jixiao');
		assert.equal(chinese[/^%(.+)%$/.exec(command.category)[1]], '绩效');
	}
});

test('every text of the manifest is in both languages, Chinese in the Chinese file', () => {
	const keys = [...placeholders(manifest)].sort();
	assert.deepEqual(Object.keys(english).sort(), keys, 'package.nls.json has the manifest\'s keys, no more');
	assert.deepEqual(Object.keys(chinese).sort(), keys, 'package.nls.zh-cn.json has the manifest\'s keys, no more');
	for (const key of keys) {
		assert.match(chinese[key], HAN, `${key} in Chinese`);
		assert.notEqual(chinese[key], english[key], key);
	}
});

test('the menus name only declared commands, on .perf files and tables', () => {
	const declared = new Set(manifest.contributes.commands.map((c) => c.command));
	const menus = Object.values(manifest.contributes.menus).flat();
	assert.ok(menus.length > 0);
	for (const item of menus) {
		assert.ok(declared.has(item.command), item.command);
	}
	assert.ok(menus.filter((item) => item.command !== 'jixiao.import').every((item) => /perf/.test(item.when)), 'generate and score on .perf files');
});

test('.perf files get the TextMate grammar and the language configuration', () => {
	const [language] = manifest.contributes.languages;
	assert.equal(language.id, 'perf');
	assert.deepEqual(language.extensions, ['.perf']);
	const [grammar] = manifest.contributes.grammars;
	assert.equal(grammar.language, 'perf');
	assert.equal(read(grammar.path).scopeName, grammar.scopeName);
	const configuration = read(language.configuration);
	assert.deepEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
	assert.deepEqual(configuration.brackets, [['<', '>']]);
	assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '"' && pair.close === '"'), 'quotes close themselves');
	assert.equal(manifest.main, './out/extension.js');
	assert.ok(fs.existsSync(path.join(ROOT, manifest.main)), 'compiled');
});

test('the setting jixiao.path is declared, empty by default', () => {
	const setting = manifest.contributes.configuration.properties['jixiao.path'];
	assert.equal(setting.type, 'string');
	assert.equal(setting.default, '');
});

test('dependencies are pinned, and package-lock.json holds the same versions', () => {
	const lock = read('package-lock.json');
	assert.ok(lock.lockfileVersion >= 2);
	for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
		assert.match(version, /^\d+\.\d+\.\d+$/, `${name} ${version} is an exact version`);
		assert.equal(lock.packages[`node_modules/${name}`]?.version, version, `${name} in package-lock.json`);
	}
});
