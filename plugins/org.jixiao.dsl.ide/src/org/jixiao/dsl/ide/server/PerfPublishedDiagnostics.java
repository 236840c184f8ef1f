// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The diagnostics last published for each document, so that a code action is computed on the
 * server's own ranges. A client sends the diagnostics back with the request, and not every client
 * sends them as it got them: Neovim 0.7 converts the columns to bytes and back without
 * re-encoding, so on a line of Chinese text the range would cover the wrong characters and the
 * quick fix would replace them. The start line survives every conversion; with the code and the
 * message it identifies the diagnostic.
 */
final class PerfPublishedDiagnostics {

	private final Map<URI, List<Diagnostic>> published = new ConcurrentHashMap<>();
	private final Function<String, URI> toUri;

	PerfPublishedDiagnostics(Function<String, URI> toUri) {
		this.toUri = toUri;
	}

	/** The client, recording what is published to it; every other call goes through unchanged. */
	LanguageClient recording(LanguageClient client) {
		return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(),
				client.getClass().getInterfaces(), (proxy, method, args) -> {
					if (method.getName().equals("publishDiagnostics") && args != null && args.length == 1
							&& args[0] instanceof PublishDiagnosticsParams params) {
						published.put(toUri.apply(params.getUri()), List.copyOf(params.getDiagnostics()));
					}
					try {
						return method.invoke(client, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	/** Gives each diagnostic the client sent back the range the server published for it, when it finds it. */
	void restoreRanges(String uri, List<Diagnostic> fromClient) {
		List<Diagnostic> own = published.getOrDefault(toUri.apply(uri), List.of());
		for (Diagnostic diagnostic : fromClient) {
			if (diagnostic.getRange() == null) {
				continue;
			}
			own.stream().filter(d -> sameProblem(d, diagnostic)).findFirst().ifPresent(d -> diagnostic.setRange(d.getRange()));
		}
	}

	private static boolean sameProblem(Diagnostic own, Diagnostic other) {
		return Objects.equals(own.getCode(), other.getCode()) && Objects.equals(own.getMessage(), other.getMessage())
				&& own.getRange().getStart().getLine() == other.getRange().getStart().getLine();
	}
}
