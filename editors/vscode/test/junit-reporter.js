// SPDX-License-Identifier: EPL-2.0
// A reporter for node's test runner that writes the results as a JUnit XML report,
// target/test-reports/TEST-editors.vscode.xml, which .ci/run counts with the Maven builds' reports.
// One <testsuite> with one <testcase> per test (not per file or suite). Works with Node 18 and 20.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const REPORT = path.join(__dirname, '..', 'target', 'test-reports', 'TEST-editors.vscode.xml');

function escape(text) {
	return String(text)
		.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
		// characters XML 1.0 cannot hold (ANSI colour codes of assertion diffs)
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

module.exports = async function* junitReporter(source) {
	const cases = [];
	// a test with tests inside it (a suite, or a file on Node 18) is not counted itself
	const hasChildren = [];
	for await (const event of source) {
		if (event.type !== 'test:pass' && event.type !== 'test:fail') {
			continue;
		}
		const { name, nesting = 0, file, details = {} } = event.data;
		const parent = hasChildren[nesting] === true || details.type === 'suite';
		hasChildren[nesting] = false;
		if (nesting > 0) {
			hasChildren[nesting - 1] = true;
		}
		if (parent) {
			continue;
		}
		cases.push({
			name,
			file: file ? path.basename(file, '.js') : 'editors.vscode',
			seconds: (details.duration_ms ?? 0) / 1000,
			failure: event.type === 'test:fail' ? details.error : undefined,
			skipped: Boolean(event.data.skip || event.data.todo),
		});
	}
	const failures = cases.filter((c) => c.failure !== undefined).length;
	const skipped = cases.filter((c) => c.skipped).length;
	const time = cases.reduce((sum, c) => sum + c.seconds, 0);
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<testsuite name="editors.vscode" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">`,
		...cases.map((c) => {
			const head = `  <testcase classname="editors.vscode.${escape(c.file)}" name="${escape(c.name)}" time="${c.seconds.toFixed(3)}"`;
			if (c.failure !== undefined) {
				const error = c.failure.cause ?? c.failure;
				const message = error?.message ?? String(error);
				return `${head}>\n    <failure message="${escape(message)}">${escape(error?.stack ?? message)}</failure>\n  </testcase>`;
			}
			return c.skipped ? `${head}>\n    <skipped/>\n  </testcase>` : `${head}/>`;
		}),
		'</testsuite>',
		'',
	].join('\n');
	fs.mkdirSync(path.dirname(REPORT), { recursive: true });
	fs.writeFileSync(`${REPORT}.partial`, xml);
	fs.renameSync(`${REPORT}.partial`, REPORT);
};
