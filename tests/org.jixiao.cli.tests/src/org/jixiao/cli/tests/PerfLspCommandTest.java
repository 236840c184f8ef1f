// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.cli.PerfCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao lsp} refuses what it cannot serve before it starts: a port out of range, a
 * validation profile that does not exist or is wrong, each in one line. (The server itself is
 * tested with real clients in tests/org.jixiao.lsp.tests.)
 */
class PerfLspCommandTest extends PerfCliCommandTest {

	@Test
	void aPortOutOfRangeIsRefused() {
		assertThat(run("lsp", "--socket", "70000")).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains("端口应在 0 到 65535 之间：70000").doesNotContain("\tat ");
		assertThat(out).isEmpty();
	}

	@Test
	void anUnknownProfileIsRefusedWithTheBuiltInNames() {
		assertThat(run("lsp", "--profile", "nosuch")).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).startsWith("nosuch:1:1: error: [perf.input] 校验配置有误：").contains("national");
	}

	@Test
	void aProfileWithABadValueNamesTheKey(@TempDir Path dir) throws Exception {
		Path profile = Files.writeString(dir.resolve("region.properties"), "severity.perf.unknown-category = loud\n");
		assertThat(run("lsp", "--profile", profile.toString())).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).startsWith(profile + ":1:1: error: [perf.input] 校验配置有误：")
				.contains("severity.perf.unknown-category");
	}
}
