// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Where the server's own messages go: never to the client's stream (stdout carries the protocol)
 * and never as a stack trace on stderr. Xtext logs through log4j, LSP4J through java.util.logging,
 * a thread may die with an uncaught exception: all of it is written to one log file of the session,
 * created (readable by the user only) when the first message comes; stderr gets one line naming it.
 */
public final class PerfServerLog {

	private final Consumer<String> announce;
	private Writer writer;
	private Path file;

	private PerfServerLog(Consumer<String> announce) {
		this.announce = announce;
	}

	/**
	 * Sends log4j, java.util.logging, uncaught exceptions and System.out (which would corrupt the
	 * protocol on stdio) to the session log; {@code announce} tells the user once where it is.
	 */
	public static PerfServerLog install(Consumer<String> announce) {
		PerfServerLog log = new PerfServerLog(announce);
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.WARN);
		root.addAppender(new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				Throwable failure = event.getThrowableInformation() == null ? null
						: event.getThrowableInformation().getThrowable();
				log.write(event.getLevel() + " " + event.getLoggerName() + ": " + event.getRenderedMessage(), failure);
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}

			@Override
			public void close() {
			}
		});
		java.util.logging.Logger julRoot = LogManager.getLogManager().getLogger("");
		for (Handler handler : julRoot.getHandlers()) {
			julRoot.removeHandler(handler);
		}
		julRoot.setLevel(java.util.logging.Level.WARNING);
		julRoot.addHandler(new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (isLoggable(record)) {
					log.write(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage(),
							record.getThrown());
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		});
		Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> log.write("uncaught in " + thread.getName(), failure));
		System.setOut(new PrintStream(new java.io.OutputStream() {
			private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

			@Override
			public synchronized void write(int b) {
				if (b == '\n') {
					log.write("stdout: " + line.toString(StandardCharsets.UTF_8), null);
					line.reset();
				} else {
					line.write(b);
				}
			}
		}, true, StandardCharsets.UTF_8));
		return log;
	}

	/** Appends a message and the failure's stack trace, if any. */
	public synchronized void write(String message, Throwable failure) {
		try {
			if (writer == null) {
				file = Files.createTempFile("jixiao-lsp-", ".log");
				writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				announce.accept("jixiao lsp: 日志写入 (log written to) " + file);
			}
			writer.write(LocalDateTime.now() + " " + message + System.lineSeparator());
			if (failure != null) {
				StringWriter trace = new StringWriter();
				failure.printStackTrace(new PrintWriter(trace));
				writer.write(trace.toString());
			}
			writer.flush();
		} catch (IOException e) {
			// nowhere left to write: the message is dropped rather than sent to the client
		}
	}

	/** The log file, once something has been written. */
	public synchronized Path file() {
		return file;
	}
}
