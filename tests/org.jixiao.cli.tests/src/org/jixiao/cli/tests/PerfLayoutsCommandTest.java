// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.cli.PerfCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao layouts}: what {@code --layout} can name, without reading layout files. */
class PerfLayoutsCommandTest extends PerfCliCommandTest {

	@TempDir
	Path dir;

	@Test
	void listsEveryShippedLayoutWithItsFormRegionFrameworkFamilyAndDefault() {
		assertThat(run("layouts")).as(err).isZero();

		assertThat(out.lines().findFirst().orElseThrow()).startsWith("版式").contains("表格").contains("地区/来源").contains("指标框架")
				.contains("系列").contains("默认");
		for (String name : List.of("wuhan2020", "hunan2020", "dongxihu2025", "hebei2022-project", "hebei2022-duties",
				"hebei2022-duties-xlsx", "wuhan2020-selfeval", "wuhan2020-department-selfeval", "central-project-selfeval",
				"national-project", "national-department", "sichuan-project", "national-monitoring", "national-department-monitoring",
				"shanxi-monitoring")) {
			assertThat(out).containsPattern("(?m)^" + name + " ");
		}
		assertThat(line("central-project-selfeval")).contains("项目支出绩效自评表").contains("财预〔2020〕10号").contains("经典")
				.contains("national").doesNotContain("✔");
		assertThat(line("wuhan2020-selfeval")).contains("项目支出绩效自评表").contains("湖北省武汉市（2020）").contains("湖北2020")
				.endsWith("✔");
		assertThat(line("hunan2020")).contains("部门整体支出绩效目标申报表").doesNotContain("✔");
		assertThat(line("national-project")).contains("项目支出绩效目标表").contains("财预〔2021〕101号").contains("中央2021")
				.contains("national").doesNotContain("✔");
		assertThat(line("sichuan-project")).contains("四川省").doesNotContain("national");
		assertThat(out).contains("系列 national：部门整体支出绩效目标申报表 national-department、项目支出绩效目标表 national-project、"
				+ "项目支出绩效自评表 central-project-selfeval、项目支出绩效运行监控表 national-monitoring、"
				+ "部门整体绩效运行监控表 national-department-monitoring；其余表格用默认版式。");
		assertThat(line("national-monitoring")).contains("项目支出绩效运行监控表").contains("national").endsWith("✔");
		assertThat(line("shanxi-monitoring")).contains("项目支出绩效运行监控表").contains("山西").doesNotContain("✔");
		assertThat(err).isEmpty();
	}

	@Test
	void aRegionsLayoutsAreListedWithTheirFile() throws IOException {
		Path region = Files.createDirectories(dir.resolve("版式"));
		Path file = Files.writeString(region.resolve("我区2026.layout"), """
				layout 我区2026
				form project
				region 某市某区（2026）
				family 我区
				widths 10 10
				block title
				""");

		assertThat(run("layouts", "--layouts", region.toString())).as(err).isZero();

		assertThat(line("我区2026")).contains("项目支出绩效目标表").contains("某市某区（2026）（" + file + "）").contains("我区");
		assertThat(out).contains("系列 我区：项目支出绩效目标表 我区2026");
	}

	@Test
	void aBrokenLayoutFileIsReportedWithItsLine() throws IOException {
		Path region = Files.createDirectories(dir.resolve("bad"));
		Path file = Files.writeString(region.resolve("x.layout"), "layout x\nform nosuch\n");

		assertThat(run("layouts", "--layouts", region.toString())).isEqualTo(PerfCli.EXIT_USAGE);
		assertThat(err).contains(file + ":2: 版式文件有误：未知的表格种类“nosuch”");
	}

	/** The listing's line of a layout. */
	private String line(String name) {
		return out.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow().stripTrailing();
	}
}
