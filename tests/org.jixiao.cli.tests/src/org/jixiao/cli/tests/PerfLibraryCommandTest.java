// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao library search|stats|extract}. */
class PerfLibraryCommandTest extends PerfCliCommandTest {

	@TempDir
	Path dir;

	@Test
	void searchRanksEntriesOfTheKindOfWorkFirst() {
		assertThat(run("library", "search", "信访", "--category", "产出.时效")).isZero();

		List<String> lines = out.lines().toList();
		assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("产出.时效\t"));
		assertThat(lines.get(0)).startsWith("产出.时效\t信访").endsWith("\t信访\t工作类型：信访；共有词语：信访");
		assertThat(lines).anyMatch(l -> l.startsWith("产出.时效\t信访受理回复及时率\t≥ …%\t信访\t"));
		assertThat(err).contains("找到 " + lines.size() + " 条");
	}

	@Test
	void searchWithoutMatchesSaysSoAndExitsOne() {
		assertThat(run("library", "search", "宇宙飞船")).isEqualTo(1);
		assertThat(out).isEmpty();
		assertThat(err).contains("找到 0 条");
	}

	@Test
	void statsCountsByCategoryAndTag() {
		assertThat(run("library", "stats")).isZero();
		assertThat(out).startsWith("推荐指标共 ").contains("按类别：\n").contains("  产出.数量\t")
				.contains("按工作类型：\n").contains("  信访\t");
	}

	@Test
	void extractBuildsALibraryThatSearchThenUses() throws IOException {
		Path forms = Files.writeString(dir.resolve("forms.perf"), """
				goal "保障社区议事协商正常开展" <
				    indicator 产出.数量 "社区议事会召开次数" ≥ 4 次 basis "计划标准"
				    indicator 产出.数量 "当年社区议事会召开次数" ≥ 6 次 basis "计划标准"
				>
				""", StandardCharsets.UTF_8);
		Path libraryDir = dir.resolve("library");

		assertThat(run("library", "extract", forms.toString(), "-o", libraryDir.toString(), "--name", "本区指标"))
				.isZero();

		Path library = libraryDir.resolve("indicators-经典.perf");
		assertThat(Files.readString(library, StandardCharsets.UTF_8)).isEqualTo("""
				uses framework 经典

				library 本区指标 "由已填报表格整理的推荐指标" <
					entry 产出.数量 "社区议事会召开次数" kind quantity ≥ unit 次 direction 正向 basis "计划标准" guidance "已填报 2 次，常见指标值：≥ 4 次、≥ 6 次。" tags 社区
				>
				""");
		assertThat(run("library", "search", "议事会", "--project", libraryDir.toString())).isZero();
		assertThat(out).startsWith("产出.数量\t社区议事会召开次数\t≥ … 次\t社区");
	}
}
