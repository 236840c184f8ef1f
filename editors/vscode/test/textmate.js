// SPDX-License-Identifier: EPL-2.0
// Tokenises .perf text with the extension's TextMate grammar, as VS Code does: vscode-textmate with
// the Oniguruma regular expressions (WebAssembly) of vscode-oniguruma.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ROOT = path.join(__dirname, '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'perf.tmLanguage.json');

let grammar;

async function perfGrammar() {
	if (!grammar) {
		const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
		await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
		const registry = new textmate.Registry({
			onigLib: Promise.resolve({
				createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
				createOnigString: (text) => new oniguruma.OnigString(text),
			}),
			loadGrammar: async (scopeName) => scopeName === 'source.perf'
				? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR)
				: null,
		});
		grammar = await registry.loadGrammar('source.perf');
	}
	return grammar;
}

/**
 * The tokens of a text, line by line: {line, text, scopes} with the innermost scope last and the
 * language's own scope (source.perf) left out. Blank tokens are left out too.
 */
async function tokenize(text) {
	const perf = await perfGrammar();
	const tokens = [];
	let state = textmate.INITIAL;
	text.split(/\r?\n/).forEach((lineText, line) => {
		const result = perf.tokenizeLine(lineText, state);
		state = result.ruleStack;
		for (const token of result.tokens) {
			const tokenText = lineText.substring(token.startIndex, token.endIndex);
			if (tokenText.trim()) {
				tokens.push({ line: line + 1, text: tokenText.trim(), scopes: token.scopes.slice(1) });
			}
		}
	});
	return tokens;
}

/** The innermost scope of the token with exactly this text (the first one, or the n-th). */
function scopeOf(tokens, text, n = 0) {
	const found = tokens.filter((token) => token.text === text);
	if (found.length <= n) {
		throw new Error(`no token "${text}" (#${n}) among ${tokens.map((t) => t.text).join(' | ')}`);
	}
	return found[n].scopes.at(-1);
}

module.exports = { tokenize, scopeOf, ROOT };
