// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.jixiao.dsl.ide.server.PerfServerLauncher;
import org.jixiao.dsl.ide.server.PerfServerLog;
import org.jixiao.dsl.ide.server.PerfServerSetup;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.dsl.validation.PerfProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao lsp [--socket PORT] [--profile NAME|FILE]...}: the language server for editors
 * (VS Code, Neovim, any LSP client), see docs/editors.md.
 */
@Command(name = "lsp", exitCodeOnInvalidInput = PerfCli.EXIT_USAGE, description = "启动语言服务器（LSP），供 VS Code、Neovim 等编辑器使用："
		+ "默认经标准输入输出通信，--socket 时在 127.0.0.1 的端口上等待一个编辑器连接；编辑器打开的文件夹中的全部 .perf 文件都被检查，见 docs/editors.md。 "
		+ "Start the language server for editors, over stdin/stdout or with --socket on 127.0.0.1; every .perf file of the editor's folder is checked.")
public class PerfLspCommand implements Callable<Integer> {

	@Option(names = "--socket", paramLabel = "PORT", description = "在 127.0.0.1 的此端口上等待编辑器连接（0 为任一空闲端口，启动后在标准错误输出中给出）。 "
			+ "Listen on this port of 127.0.0.1 (0: any free port, printed on stderr).")
	private Integer port;

	@Option(names = "--profile", paramLabel = "NAME|FILE", description = "校验配置（严重性与阈值），与 validate 的 --profile 相同：内置配置 national，"
			+ "或地区自己的配置文件；可写多次，后写的覆盖先写的。 Validation profile as for validate: national or a file; repeatable, later ones win.")
	private List<String> profiles = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws IOException, InterruptedException {
		PrintWriter err = spec.commandLine().getErr();
		if (port != null && (port < 0 || port > 65535)) {
			err.println("jixiao lsp: error: [" + PerfIssueCodes.INPUT + "] 端口应在 0 到 65535 之间：" + port
					+ " (the port must be 0 to 65535)");
			err.flush();
			return PerfCli.EXIT_USAGE;
		}
		List<Properties> layers = new ArrayList<>();
		PerfProfile check = new PerfProfile();
		for (String given : profiles) {
			try {
				layers.add(PerfProfile.settings(given));
				check.use(layers);
			} catch (IOException e) {
				err.println(given + ":1:1: error: [" + PerfIssueCodes.INPUT + "] 无法读取校验配置文件：" + e.getMessage());
				err.flush();
				return PerfCli.EXIT_USAGE;
			} catch (IllegalArgumentException e) {
				err.println(given + ":1:1: error: [" + PerfIssueCodes.INPUT + "] 校验配置有误：" + e.getMessage());
				err.flush();
				return PerfCli.EXIT_USAGE;
			}
		}
		// the protocol owns stdout: taken before anything else could write to it
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		InputStream in = new FileInputStream(FileDescriptor.in);
		PerfServerLog.install(line -> {
			err.println(line);
			err.flush();
		});
		PerfServerSetup setup = new PerfServerSetup();
		setup.language().getInstance(PerfProfile.class).use(layers);
		PerfServerLauncher launcher = new PerfServerLauncher(setup, PerfInternalError::text);
		if (port == null) {
			launcher.serve(in, out);
		} else {
			launcher.serveSocket(port, chosen -> {
				err.println("jixiao lsp: 在 127.0.0.1:" + chosen + " 等待编辑器连接 (listening on 127.0.0.1:" + chosen + ")");
				err.flush();
			});
		}
		return PerfCli.EXIT_OK;
	}
}
