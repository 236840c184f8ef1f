// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets of a text as protocol positions (line, UTF-16 column), from one pass over the text:
 * the outline, folding and semantic tokens convert hundreds of offsets, and counting the lines
 * again for each would make a long document slow.
 */
final class PerfLinePositions {

	private final int[] lineStarts;

	PerfLinePositions(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				starts.add(i + 1);
			}
		}
		lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	Position position(int offset) {
		int line = Arrays.binarySearch(lineStarts, offset);
		if (line < 0) {
			line = -line - 2;
		}
		return new Position(line, offset - lineStarts[line]);
	}

	Range range(int offset, int length) {
		return new Range(position(offset), position(offset + length));
	}
}
