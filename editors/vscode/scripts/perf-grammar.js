// SPDX-License-Identifier: EPL-2.0
// Writes syntaxes/perf.tmLanguage.json, the TextMate grammar of .perf files, from the language's
// Xtext grammar: the keywords and the Chinese literals (正向, 达成, 万元 …) are read from Perf.xtext,
// so that a keyword added to the language is coloured without a second list to keep in step.
// Usage: node scripts/perf-grammar.js [Perf.xtext] [output.json]
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const XTEXT = path.join(__dirname, '..', '..', '..', 'plugins', 'org.jixiao.dsl', 'src', 'org', 'jixiao', 'dsl', 'Perf.xtext');
const OUTPUT = path.join(__dirname, '..', 'syntaxes', 'perf.tmLanguage.json');

const HAN = '\\p{Han}';
const WORD_CHAR = `[${HAN}A-Za-z_0-9０-９]`;
const DIGITS = '[0-9０-９]+';
const NUMBER = `${DIGITS}(?:\\.${DIGITS})?(?:[eE][+-]?${DIGITS})?`;

const HAN_WORD = /^\p{Script=Han}+$/u;
// The words of ranks (第25名, 前25名, 25名之前), ranges (1至12) and plans (3 月底): coloured by the
// patterns for those values below, as units or operators.
const RANK_AND_RANGE_WORDS = new Set(['第', '前', '名', '名之前', '至', '月底']);

/**
 * The literals of the grammar's parser rules and enums, by kind: keywords (ASCII words such as
 * indicator, level1), money units (万元, 元: the enum *Unit) and constants (the other Chinese words:
 * 正向, 达成, 是, 否 …). Terminal rules (character ranges) and comments are left out.
 */
function literals(xtext) {
  const withoutComments = xtext.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  // a rule starts at the beginning of a line
  const rules = withoutComments.split(/\n(?=\S)/);
  const keywords = new Set();
  const constants = new Set();
  const units = new Set();
  for (const rule of rules) {
    const head = rule.trimStart();
    if (/^(grammar|import|terminal)\b/.test(head)) {
      continue;
    }
    const enumName = /^enum\s+(\w+)/.exec(head)?.[1];
    for (const [, literal] of head.matchAll(/'((?:[^'\\]|\\.)*)'/g)) {
      if (/^[A-Za-z][A-Za-z0-9]*$/.test(literal)) {
        keywords.add(literal);
      } else if (enumName?.endsWith('Unit') && HAN_WORD.test(literal)) {
        units.add(literal);
      } else if (HAN_WORD.test(literal) && !RANK_AND_RANGE_WORDS.has(literal)) {
        constants.add(literal);
      }
    }
  }
  // 万元 and 元 are also literals of the Unit rule
  units.forEach((unit) => constants.delete(unit));
  const sorted = (set) => [...set].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { keywords: sorted(keywords), constants: sorted(constants), units: sorted(units) };
}

function grammar({ keywords, constants, units }) {
  const keywordAlternatives = keywords.join('|');
  const constantAlternatives = constants.join('|');
  const unitAlternatives = units.join('|');
  // A Chinese literal stands alone: 中 of 中央2021 or 差 of 差旅费 is part of a name.
  const alone = (alternatives) => `(?<!${WORD_CHAR})(?:${alternatives})(?!${WORD_CHAR})`;
  // The unit after a number: %, ％, 万元 or a word (个社区, 人次, 次/30天), but not a keyword or constant
  // that follows the number (weight 10 indicator …, 100 正向).
  const unitWord = `(?!(?:${keywordAlternatives})(?![A-Za-z0-9_])|${alone(constantAlternatives)})[${HAN}A-Za-z_][${HAN}A-Za-z_0-9]*`;
  const unit = `[%％]|${unitWord}(?:/(?:${DIGITS})?[${HAN}A-Za-z_][${HAN}A-Za-z_0-9]*)*`;
  return {
    name: 'Jixiao .perf',
    scopeName: 'source.perf',
    fileTypes: ['perf'],
    patterns: [
      { include: '#comments' },
      { include: '#strings' },
      { include: '#plan' },
      { include: '#empty' },
      { include: '#rank' },
      { include: '#comparators' },
      { include: '#numbers' },
      { include: '#keywords' },
      { include: '#constants' },
      { include: '#blocks' },
      { include: '#punctuation' },
    ],
    repository: {
      comments: {
        patterns: [
          {
            name: 'comment.block.perf',
            begin: '/\\*',
            end: '\\*/',
            beginCaptures: { 0: { name: 'punctuation.definition.comment.perf' } },
            endCaptures: { 0: { name: 'punctuation.definition.comment.perf' } },
          },
          {
            name: 'comment.line.double-slash.perf',
            begin: '//',
            end: '$',
            beginCaptures: { 0: { name: 'punctuation.definition.comment.perf' } },
          },
        ],
      },
      strings: {
        // texts copied from the forms run over several lines
        name: 'string.quoted.double.perf',
        begin: '"',
        end: '"',
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.perf' } },
        endCaptures: { 0: { name: 'punctuation.definition.string.end.perf' } },
        patterns: [{ name: 'constant.character.escape.perf', match: '\\\\.' }],
      },
      plan: {
        // plan < 3 月底 25% … >: this < opens a block although a number follows
        match: '\\b(plan)\\s*(<)',
        captures: { 1: { name: 'keyword.other.perf' }, 2: { name: 'punctuation.section.block.begin.perf' } },
      },
      empty: {
        // --- : an empty cell as filed, an amount not yet known
        name: 'constant.language.empty.perf',
        match: '---+',
      },
      rank: {
        patterns: [
          {
            // 第25名, 前25名
            match: `(第|前)\\s*(${DIGITS})\\s*(名)`,
            captures: {
              1: { name: 'keyword.other.unit.perf' },
              2: { name: 'constant.numeric.perf' },
              3: { name: 'keyword.other.unit.perf' },
            },
          },
          {
            // 25名之前
            match: `(?<!${WORD_CHAR})(${DIGITS})\\s*(名之前)`,
            captures: { 1: { name: 'constant.numeric.perf' }, 2: { name: 'keyword.other.unit.perf' } },
          },
        ],
      },
      comparators: {
        patterns: [
          { name: 'keyword.operator.comparison.perf', match: '>=|<=|[≥≤≧≦＞＜＝=]' },
          // < and > compare only before a value; elsewhere they open and close blocks
          { name: 'keyword.operator.comparison.perf', match: `[<>](?=\\s*(?:[0-9０-９"是否]|---))` },
        ],
      },
      numbers: {
        patterns: [
          {
            // 80-90%, 1至12个月, 3～5天
            match: `(?<!${WORD_CHAR})(${NUMBER})\\s*([-~～至])\\s*(${NUMBER})(?:\\s*(${unit}))?`,
            captures: {
              1: { name: 'constant.numeric.perf' },
              2: { name: 'keyword.operator.range.perf' },
              3: { name: 'constant.numeric.perf' },
              4: { name: 'keyword.other.unit.perf' },
            },
          },
          {
            match: `(?<!${WORD_CHAR}|\\.)(${NUMBER})(?:\\s*(${unitAlternatives ? `(?:${unitAlternatives})(?:/(?:${DIGITS})?[${HAN}A-Za-z_][${HAN}A-Za-z_0-9]*)*|` : ''}${unit}))?`,
            captures: { 1: { name: 'constant.numeric.perf' }, 2: { name: 'keyword.other.unit.perf' } },
          },
        ],
      },
      keywords: {
        name: 'keyword.other.perf',
        match: `(?<![A-Za-z0-9_${HAN}])(?:${keywordAlternatives})(?![A-Za-z0-9_${HAN}])`,
      },
      constants: {
        name: 'constant.language.perf',
        match: alone(constantAlternatives),
      },
      blocks: {
        patterns: [
          { name: 'punctuation.section.block.begin.perf', match: '<' },
          { name: 'punctuation.section.block.end.perf', match: '>' },
        ],
      },
      punctuation: {
        patterns: [
          { name: 'punctuation.separator.comma.perf', match: ',' },
          { name: 'punctuation.accessor.perf', match: '\\.' },
        ],
      },
    },
  };
}

function write(xtextPath = XTEXT, outputPath = OUTPUT) {
  const json = JSON.stringify(grammar(literals(fs.readFileSync(xtextPath, 'utf8'))), null, 2) + '\n';
  fs.mkdirSync(path.dirname(outputPath), { recursive: true });
  // written whole or not at all: a half-written grammar would break colouring silently
  const partial = `${outputPath}.partial`;
  fs.writeFileSync(partial, json);
  fs.renameSync(partial, outputPath);
  return outputPath;
}

module.exports = { literals, grammar, write, XTEXT };

if (require.main === module) {
  const [xtextPath, outputPath] = process.argv.slice(2);
  write(xtextPath, outputPath);
}
