// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The parsed form of an open document, kept in step with its text. Every edit of the document is
 * recorded; before the resource is read, the recorded edits are replayed with Xtext's partial
 * reparsing ({@link XtextResource#update}), which reparses only the element around each edit.
 * Readers (the reconciler's validation, content assist, hover, outline) take turns under one lock,
 * so a reader always sees a resource that matches one state of the text. No SWT: the editor feeds
 * the edits, and the benchmark drives the same class headless.
 */
public final class PerfLiveResource {

	private static final Logger LOG = Logger.getLogger(PerfLiveResource.class);

	private record Edit(int offset, int length, String text) {
	}

	/** Replays edits shortly after typing, off the UI thread (one thread for all open documents). */
	private static final ScheduledExecutorService CATCH_UP = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "perf-live-resource");
		thread.setDaemon(true);
		return thread;
	});

	/** Typing pause after which edits are replayed in the background: well below content assist's auto-activation delay. */
	static final int CATCH_UP_DELAY_MS = 30;

	private volatile boolean catchUpInBackground;
	private final AtomicBoolean catchUpScheduled = new AtomicBoolean();

	private final ReentrantLock lock = new ReentrantLock();
	private final List<Edit> pending = new ArrayList<>();
	/** The document's text as the recorded edits left it (guarded by {@link #pending}). */
	private final StringBuilder mirror;
	private final XtextResource resource;
	private volatile long version;

	/**
	 * @param uri      the document's URI (its name in messages and in the resource set)
	 * @param text     the document's text now
	 * @param siblings other documents the editor's document sees (frameworks and library entries
	 *                 declared in the same project), URI to text
	 */
	public PerfLiveResource(Injector injector, URI uri, String text, Map<URI, String> siblings) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		siblings.forEach((siblingUri, siblingText) -> {
			if (!siblingUri.equals(uri)) {
				load(resourceSet, (XtextResource) factory.createResource(siblingUri), siblingText);
			}
		});
		resource = (XtextResource) factory.createResource(uri);
		load(resourceSet, resource, text);
		mirror = new StringBuilder(text);
	}

	private static void load(XtextResourceSet resourceSet, XtextResource resource, String text) {
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// reading from memory does not fail; a broken text is a parse error, not an exception
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Records an edit of the document: {@code length} characters at {@code offset} replaced by
	 * {@code text}. Cheap: the parse waits for the next reader.
	 */
	public void edited(int offset, int length, String text) {
		String replacement = text == null ? "" : text;
		synchronized (pending) {
			pending.add(new Edit(offset, length, replacement));
			mirror.replace(offset, offset + length, replacement);
		}
		if (catchUpInBackground && catchUpScheduled.compareAndSet(false, true)) {
			CATCH_UP.schedule(() -> {
				catchUpScheduled.set(false);
				read(resource -> null);
			}, CATCH_UP_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Replays recorded edits in the background shortly after each one, so that a reader in the UI
	 * thread (content assist auto-activated 300 ms after a space or a dot, hover) finds the resource
	 * current instead of replaying the edit itself. The editor turns it on; tests and benchmarks
	 * decide when edits are replayed.
	 */
	public void catchUpInBackground(boolean on) {
		catchUpInBackground = on;
	}

	/**
	 * Runs {@code reader} on the resource brought up to date with the recorded edits; its root node's
	 * text is the document's text as of the last recorded edit.
	 */
	public <T> T read(Function<XtextResource, T> reader) {
		lock.lock();
		try {
			catchUp();
			return reader.apply(resource);
		} finally {
			lock.unlock();
		}
	}

	/** How many times the resource changed (edits replayed or text reparsed); readers use it to drop stale results. */
	public long version() {
		return version;
	}

	/** Whether edits wait to be replayed. */
	public boolean hasPendingEdits() {
		synchronized (pending) {
			return !pending.isEmpty();
		}
	}

	/** The document's resource (read it only inside {@link #read}). */
	public Resource resource() {
		return resource;
	}

	private void catchUp() {
		List<Edit> edits;
		String text;
		synchronized (pending) {
			if (pending.isEmpty()) {
				return;
			}
			edits = new ArrayList<>(pending);
			pending.clear();
			text = mirror.toString();
		}
		version++;
		try {
			for (Edit edit : edits) {
				resource.update(edit.offset(), edit.length(), edit.text());
			}
			if (text.equals(resource.getParseResult().getRootNode().getText())) {
				return;
			}
		} catch (RuntimeException e) {
			// an edit the partial parser could not place: logged, and the whole text is read again below
			LOG.warn("局部重新解析失败，改为解析全文。 (partial reparse failed, parsing the whole text)", e);
		}
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
