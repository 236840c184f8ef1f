// SPDX-License-Identifier: EPL-2.0
// The TextMate grammar tokenises .perf text as VS Code shows it: keywords, strings, comments,
// numbers with their units, comparators in every spelling, the --- empty cell, block brackets.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { tokenize, scopeOf, ROOT } = require('./textmate');

const REPOSITORY = path.join(ROOT, '..', '..');
const XTEXT = path.join(REPOSITORY, 'plugins', 'org.jixiao.dsl', 'src', 'org', 'jixiao', 'dsl', 'Perf.xtext');
const EXAMPLES = path.join(REPOSITORY, 'examples');

const KEYWORD = 'keyword.other.perf';
const STRING = 'string.quoted.double.perf';
const NUMBER = 'constant.numeric.perf';
const UNIT = 'keyword.other.unit.perf';
const COMPARATOR = 'keyword.operator.comparison.perf';

function examples() {
	const files = [];
	const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			walk(file);
		} else if (entry.name.endsWith('.perf')) {
			files.push(file);
		}
	});
	walk(EXAMPLES);
	return files;
}

test('every keyword of the language grammar is coloured as a keyword', async () => {
	// the word literals of Perf.xtext's rules ('indicator', 'level1' …); single letters are terminals' character ranges
	const xtext = fs.readFileSync(XTEXT, 'utf8');
	const keywords = [...new Set([...xtext.matchAll(/'([a-z][a-z0-9]+)'/g)].map((match) => match[1]))];
	assert.ok(keywords.length > 100, `only ${keywords.length} keywords read from ${XTEXT}`);
	for (const keyword of keywords) {
		const tokens = await tokenize(`${keyword} 产出`);
		assert.equal(scopeOf(tokens, keyword), KEYWORD, keyword);
	}
});

test('a declaration example: keywords, strings, names, values with comparators and units', async () => {
	const tokens = await tokenize(fs.readFileSync(path.join(EXAMPLES, 'qingling-2020-declaration.perf'), 'utf8'));
	const line = (n) => tokens.filter((token) => token.line === n);
	// department "武汉市洪山区人民政府青菱街办事处" year 2020 <
	assert.deepEqual(line(5).map((t) => [t.text, t.scopes.at(-1)]), [
		['department', KEYWORD],
		['"', 'punctuation.definition.string.begin.perf'],
		['武汉市洪山区人民政府青菱街办事处', STRING],
		['"', 'punctuation.definition.string.end.perf'],
		['year', KEYWORD],
		['2020', NUMBER],
		['<', 'punctuation.section.block.begin.perf'],
	]);
	// income 财政拨款 7148.45 share 100% twoyearsago 8344.87 lastyear 7881.85
	const income = line(11);
	assert.equal(scopeOf(income, 'income'), KEYWORD);
	assert.equal(scopeOf(income, '财政拨款'), undefined, 'a label is a name');
	assert.equal(scopeOf(income, '7148.45'), NUMBER);
	assert.equal(scopeOf(income, '100'), NUMBER);
	assert.equal(scopeOf(income, '%'), UNIT);
	assert.equal(scopeOf(income, 'twoyearsago'), KEYWORD);
	// longterm goal 长期目标1 "…" <
	const goal = tokens.find((t) => t.text === 'longterm');
	const goalLine = tokens.filter((t) => t.line === goal.line);
	assert.equal(scopeOf(goalLine, 'goal'), KEYWORD);
	assert.equal(goalLine[2].text, '长期目标1');
	assert.equal(goalLine[2].scopes.length, 0, 'a name is not coloured, its digit is no number');
	// indicator 产出.数量 "营商环境改善，重点引进项目落实" measure "增长率" ≥ 10%
	const indicator = tokens.filter((t) => t.line === tokens.find((x) => x.text === '营商环境改善，重点引进项目落实').line);
	assert.deepEqual(indicator.filter((t) => !t.scopes.at(-1)?.startsWith('punctuation.definition.string')).map((t) => [t.text, t.scopes.at(-1)]), [
		['indicator', KEYWORD],
		['产出', undefined],
		['.', 'punctuation.accessor.perf'],
		['数量', undefined],
		['营商环境改善，重点引进项目落实', STRING],
		['measure', KEYWORD],
		['增长率', STRING],
		['≥', COMPARATOR],
		['10', NUMBER],
		['%', UNIT],
	]);
});

test('texts over several lines stay strings, with escaped quotes inside', async () => {
	const tokens = await tokenize('summary "长期目标\n1、继续深化改革 // 不是注释\nindicator 2020" title "说 \\"好\\" 的" code "1"');
	assert.ok(tokens.filter((t) => t.line === 2).every((t) => t.scopes.includes(STRING)), 'the second line is inside the text');
	assert.equal(scopeOf(tokens, 'indicator 2020'), STRING);
	assert.equal(scopeOf(tokens, 'title'), KEYWORD);
	assert.equal(scopeOf(tokens, '\\"'), 'constant.character.escape.perf');
	assert.equal(scopeOf(tokens, 'code'), KEYWORD, 'the escaped quotes did not end the text');
});

test('line and block comments, also over several lines', async () => {
	const tokens = await tokenize('// 原表如此 indicator "x"\nstaff 12 /* 注释\n  weight 5 */ actual 11');
	assert.ok(tokens.filter((t) => t.line === 1).every((t) => t.scopes.includes('comment.line.double-slash.perf')));
	assert.equal(scopeOf(tokens, 'staff'), KEYWORD);
	assert.equal(scopeOf(tokens, '注释'), 'comment.block.perf');
	assert.equal(scopeOf(tokens, 'weight 5'), 'comment.block.perf');
	assert.equal(scopeOf(tokens, 'actual'), KEYWORD);
	assert.equal(scopeOf(tokens, '11'), NUMBER);
});

test('numbers with their units: %, ％, 万元, words and rates, full-width digits', async () => {
	const tokens = await tokenize('≥ 12 个社区 ＞ 90％ ≤ 5 万元/人 < 3 次/30天 １２ 人次 1e3 平方 80-90% 1至12 个月 第3名 前25名 25名之前');
	const pairs = tokens.map((t) => [t.text, t.scopes.at(-1)]);
	assert.deepEqual(pairs, [
		['≥', COMPARATOR], ['12', NUMBER], ['个社区', UNIT],
		['＞', COMPARATOR], ['90', NUMBER], ['％', UNIT],
		['≤', COMPARATOR], ['5', NUMBER], ['万元/人', UNIT],
		['<', COMPARATOR], ['3', NUMBER], ['次/30天', UNIT],
		['１２', NUMBER], ['人次', UNIT],
		['1e3', NUMBER], ['平方', UNIT],
		['80', NUMBER], ['-', 'keyword.operator.range.perf'], ['90', NUMBER], ['%', UNIT],
		['1', NUMBER], ['至', 'keyword.operator.range.perf'], ['12', NUMBER], ['个月', UNIT],
		['第', UNIT], ['3', NUMBER], ['名', UNIT],
		['前', UNIT], ['25', NUMBER], ['名', UNIT],
		['25', NUMBER], ['名之前', UNIT],
	]);
});

test('a keyword or a constant after a number is no unit', async () => {
	const tokens = await tokenize('weight 10 indicator 产出.数量 "x" 100 正向 core score 5 level 部分达成');
	assert.equal(scopeOf(tokens, 'indicator'), KEYWORD);
	assert.equal(scopeOf(tokens, '100'), NUMBER);
	assert.equal(scopeOf(tokens, '正向'), 'constant.language.perf');
	assert.equal(scopeOf(tokens, 'core'), KEYWORD);
	assert.equal(scopeOf(tokens, '部分达成'), 'constant.language.perf');
});

test('comparators in every spelling; < and > elsewhere open and close blocks', async () => {
	const tokens = await tokenize('≥ 1 ≤ 2 ≧ 3 ≦ 4 ＞ 5 ＜ 6 ＝ 7 >= 8 <= 9 > 10 < 11 = 12');
	assert.deepEqual(tokens.filter((t) => t.scopes.at(-1) === COMPARATOR).map((t) => t.text),
		['≥', '≤', '≧', '≦', '＞', '＜', '＝', '>=', '<=', '>', '<', '=']);
	const blocks = await tokenize('funds <\n  years 2018 2019\n>\nplan < 3 月底 25% >');
	assert.equal(scopeOf(blocks, '<'), 'punctuation.section.block.begin.perf');
	assert.equal(scopeOf(blocks, '>'), 'punctuation.section.block.end.perf');
	assert.equal(scopeOf(blocks, '<', 1), 'punctuation.section.block.begin.perf', 'plan < 3 月底 opens the plan');
	assert.equal(scopeOf(blocks, '月底'), UNIT);
	assert.equal(scopeOf(blocks, '>', 1), 'punctuation.section.block.end.perf');
});

test('the --- empty cell, yes and no, grades', async () => {
	const tokens = await tokenize('actual --- executed ---- 是 否 band 优 ≥ 90 %');
	assert.equal(scopeOf(tokens, '---'), 'constant.language.empty.perf');
	assert.equal(scopeOf(tokens, '----'), 'constant.language.empty.perf');
	assert.equal(scopeOf(tokens, '是'), 'constant.language.perf');
	assert.equal(scopeOf(tokens, '否'), 'constant.language.perf');
	assert.equal(scopeOf(tokens, '优'), 'constant.language.perf');
});

test('names keep their digits and characters: wuhan2020, 中央2021, 差旅费', async () => {
	const tokens = await tokenize('uses framework wuhan2020\nindicator 中央2021.差旅费 "x" 中');
	for (const name of ['wuhan2020', '中央2021', '差旅费']) {
		assert.equal(scopeOf(tokens, name), undefined, name);
	}
	assert.equal(scopeOf(tokens, '中'), 'constant.language.perf', 'alone, 中 is a grade');
});

test('every example: comment lines are comments, keywords start the lines outside texts', async () => {
	const files = examples();
	assert.ok(files.length >= 10, `examples in ${EXAMPLES}`);
	const keywords = new Set([...fs.readFileSync(XTEXT, 'utf8').matchAll(/'([a-z][a-z0-9]+)'/g)].map((m) => m[1]));
	for (const file of files) {
		const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
		const tokens = await tokenize(lines.join('\n'));
		for (const [index, text] of lines.entries()) {
			const first = tokens.find((t) => t.line === index + 1);
			if (!first || first.scopes.some((scope) => scope.startsWith('string.') || scope.startsWith('comment.block'))) {
				continue;
			}
			const where = `${path.relative(EXAMPLES, file)}:${index + 1}: ${text.trim()}`;
			if (text.trim().startsWith('//')) {
				assert.ok(first.scopes.includes('comment.line.double-slash.perf'), where);
			} else if (keywords.has(first.text)) {
				assert.equal(first.scopes.at(-1), KEYWORD, where);
			}
		}
	}
});
