// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The progress of a review on the terminal: one line, rewritten in place, with the files done of the
 * total, the time left (the time per file so far, times the files left) and the file just read.
 * Silent when the output is no terminal (a log file, a pipe) or with {@code --quiet}; at most ten
 * updates a second, so that a fast batch does not spend its time printing.
 */
public final class PerfReviewProgress {

	/** The shortest time between two updates of the line. */
	private static final long INTERVAL_NANOS = 100_000_000L;
	/** The file's name is shown by its end: the unit's folder and the file. */
	private static final int NAME_CHARACTERS = 48;
	/** Clears the rest of the line (the previous update may have been longer). */
	private static final String CLEAR = "\u001B[K";

	private final PrintWriter err;
	private final boolean shown;
	private final LongSupplier nanos;
	private int total;
	private int done;
	private long started;
	private long shownAt;

	public PerfReviewProgress(PrintWriter err, boolean shown, LongSupplier nanos) {
		this.err = err;
		this.shown = shown;
		this.nanos = nanos;
	}

	public synchronized void start(int files) {
		this.total = files;
		this.done = 0;
		this.started = nanos.getAsLong();
		this.shownAt = started - INTERVAL_NANOS;
	}

	/** A file was read (reviewed, or found unreadable). */
	public synchronized void done(String file) {
		done++;
		long now = nanos.getAsLong();
		if (!shown || now - shownAt < INTERVAL_NANOS && done < total) {
			return;
		}
		shownAt = now;
		err.print("\r" + line(file, now) + CLEAR);
		err.flush();
	}

	/** Ends the line, so that what follows starts on a line of its own. */
	public synchronized void finish() {
		if (shown && total > 0) {
			err.println();
			err.flush();
		}
	}

	/** The text of the line: 审核 12/1000 个文件 · 还需约 0:42 · 青菱街/申报表.xlsx. */
	String line(String file, long now) {
		String left;
		if (done >= total) {
			left = "完成";
		} else {
			long perFile = (now - started) / Math.max(1, done);
			left = "还需约 " + clock(perFile * (total - done) / 1_000_000_000L);
		}
		String name = file.length() > NAME_CHARACTERS ? "…" + file.substring(file.length() - NAME_CHARACTERS + 1) : file;
		return "审核 " + done + "/" + total + " 个文件 · " + left + " · " + name;
	}

	private static String clock(long seconds) {
		return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}
}
