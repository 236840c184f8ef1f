// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import org.eclipse.xtext.validation.Issue;

/**
 * Moves an issue found after a changed span of the text to where its text now is: offset by the
 * change in length, lines by the change in line count, columns counted again when its line starts in
 * the changed span. Lines and columns are 1-based, as Xtext counts them.
 */
final class PerfIssueShift {

	private final String text;
	private final int delta;
	private final int lineDelta;
	private final int end;

	/**
	 * @param old    the text before the change
	 * @param text   the text after it
	 * @param start  where the change starts (the same in both)
	 * @param oldEnd where it ends in the old text
	 * @param end    where it ends in the new text
	 */
	PerfIssueShift(String old, String text, int start, int oldEnd, int end) {
		this.text = text;
		this.delta = end - oldEnd;
		this.lineDelta = newlines(text, start, end) - newlines(old, start, oldEnd);
		this.end = end;
	}

	/** A copy of an issue that started at or after the old end of the change. */
	Issue moved(Issue issue) {
		Issue.IssueImpl moved = new Issue.IssueImpl();
		moved.setCode(issue.getCode());
		moved.setData(issue.getData());
		moved.setMessage(issue.getMessage());
		moved.setSeverity(issue.getSeverity());
		moved.setType(issue.getType());
		moved.setUriToProblem(issue.getUriToProblem());
		moved.setSyntaxError(issue.isSyntaxError());
		int offset = issue.getOffset() + delta;
		moved.setOffset(offset);
		moved.setLength(issue.getLength());
		moved.setLineNumber(line(issue.getLineNumber()));
		moved.setColumn(column(offset, issue.getColumn()));
		if (issue.getLineNumberEnd() != null) {
			moved.setLineNumberEnd(line(issue.getLineNumberEnd()));
		}
		if (issue.getColumnEnd() != null && issue.getLength() != null) {
			moved.setColumnEnd(column(offset + issue.getLength(), issue.getColumnEnd()));
		}
		return moved;
	}

	private Integer line(Integer line) {
		return line == null ? null : line + lineDelta;
	}

	/** The column at {@code offset}: unchanged unless its line starts before the end of the change. */
	private Integer column(int offset, Integer column) {
		if (column == null) {
			return null;
		}
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return lineStart >= end ? column : offset - lineStart + 1;
	}

	private static int newlines(String text, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}
}
