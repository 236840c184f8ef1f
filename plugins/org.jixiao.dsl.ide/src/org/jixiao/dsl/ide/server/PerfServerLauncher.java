// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Connects Jixiao's language server to one client, over the process's streams or a socket on the
 * loopback interface. A request that fails inside the server is answered with one line (what
 * failed and where the details are logged), never with the stack trace LSP4J would send.
 */
public final class PerfServerLauncher {

	private final PerfServerSetup setup;
	private final Function<Throwable, String> internalError;

	/**
	 * @param internalError the one-line message for a failure, having logged its details
	 */
	public PerfServerLauncher(PerfServerSetup setup, Function<Throwable, String> internalError) {
		this.setup = setup;
		this.internalError = internalError;
	}

	/** Serves one client over these streams until it exits or closes them. */
	public void serve(InputStream in, OutputStream out) throws InterruptedException {
		PerfLanguageServer server = setup.newServer();
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
				.setExceptionHandler(failure -> new ResponseError(ResponseErrorCode.InternalError,
						internalError.apply(failure), null))
				.create();
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
		} catch (ExecutionException e) {
			// the input ended or could not be read: the client is gone
		}
	}

	/**
	 * Waits on 127.0.0.1 (never another interface: the server reads and writes the user's files)
	 * for one client and serves it. {@code listening} learns the port, useful when 0 chose a free one.
	 */
	public void serveSocket(int port, IntConsumer listening) throws IOException, InterruptedException {
		try (ServerSocket serverSocket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			listening.accept(serverSocket.getLocalPort());
			try (Socket socket = serverSocket.accept()) {
				serve(socket.getInputStream(), socket.getOutputStream());
			}
		}
	}
}
