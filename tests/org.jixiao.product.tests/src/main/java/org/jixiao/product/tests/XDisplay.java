// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The X display the product is started on: {@code $DISPLAY} when set (xvfb-run, CI, a desktop),
 * otherwise a private Xvfb started for the run and stopped on {@link #close()}.
 */
public final class XDisplay implements AutoCloseable {

	private final String name;
	private final Process server;

	private XDisplay(String name, Process server) {
		this.name = name;
		this.server = server;
	}

	public static XDisplay acquire() throws IOException {
		String display = System.getenv("DISPLAY");
		if (display != null && !display.isBlank()) {
			return new XDisplay(display, null);
		}
		Process xvfb;
		try {
			// -displayfd 1: the server picks a free display and prints its number on stdout
			xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1440x900x24", "-nolisten", "tcp")
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		} catch (IOException e) {
			throw new IllegalStateException("没有 X 显示：请设置 DISPLAY 或安装 Xvfb（Debian: xvfb）。"
					+ " No X display: set DISPLAY or install Xvfb.", e);
		}
		BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
		String number = out.readLine();
		if (number == null || !number.trim().matches("\\d+")) {
			xvfb.destroy();
			throw new IllegalStateException("Xvfb did not report a display number: " + number);
		}
		return new XDisplay(":" + number.trim(), xvfb);
	}

	/** The value for {@code DISPLAY}. */
	public String name() {
		return name;
	}

	@Override
	public void close() throws InterruptedException {
		if (server != null) {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
