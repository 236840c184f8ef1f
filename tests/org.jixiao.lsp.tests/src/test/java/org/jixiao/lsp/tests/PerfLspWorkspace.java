// SPDX-License-Identifier: EPL-2.0
package org.jixiao.lsp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder an editor opens in the tests: a copy of an example with one known mistake (a category
 * the framework does not have, whose quick fix is the right one), the unchanged copy of another
 * example (validated with the folder, never opened), and a badly laid out text of the first.
 */
record PerfLspWorkspace(Path folder, Path file, Path other, String original, String unformatted) {

	/** The example the editor opens. */
	static final String EXAMPLE = "wenxin-2025-elevator-project.perf";
	/** Validated with the folder, never opened. */
	static final String OTHER = "qingling-2020-declaration.perf";
	/** The right category, and the misspelt one written in its place on one line. */
	static final String RIGHT = "产出.质量 \"电梯竣工验收合格率\"";
	static final String WRONG = "产出.质 \"电梯竣工验收合格率\"";
	/** The issue code of the mistake. */
	static final String MISTAKE_CODE = "perf.unknown-category";
	/** The quick fix that writes the right category (the validator offers every category of 产出). */
	static final String FIX_TITLE = "改为类别“产出.质量”";
	/** What the editor types on a new line before asking for completion. */
	static final String COMPLETION_TEXT = "\t\tindicator 产出.数量 ";

	static PerfLspWorkspace create(Path temp) throws IOException {
		Path examples = PerfLspProcesses.root().resolve("examples");
		Path folder = Files.createDirectories(temp.resolve("workspace"));
		String original = Files.readString(examples.resolve(EXAMPLE), StandardCharsets.UTF_8);
		if (!original.contains(RIGHT)) {
			throw new IllegalStateException(EXAMPLE + " no longer has the line the tests change: " + RIGHT);
		}
		Path file = Files.writeString(folder.resolve(EXAMPLE), original.replace(RIGHT, WRONG), StandardCharsets.UTF_8);
		Path other = Files.copy(examples.resolve(OTHER), folder.resolve(OTHER));
		// every line's indentation lost, and doubled blanks inside the lines
		String unformatted = original.lines().map(l -> l.strip().replace(" \"", "   \"")).reduce((a, b) -> a + "\n" + b)
				.orElseThrow() + "\n";
		return new PerfLspWorkspace(folder, file, other, original, unformatted);
	}

	/** The 0-based line of the mistake. */
	int mistakeLine() {
		return lineOf(WRONG);
	}

	/** The 0-based line after which the editor types: the mistake's, inside the same goal. */
	int completionAfter() {
		return mistakeLine();
	}

	private int lineOf(String text) {
		String[] lines = original.replace(RIGHT, WRONG).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(text)) {
				return i;
			}
		}
		throw new IllegalStateException(text);
	}
}
