// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.dsl.lights.PerfLightsProfileException;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.dsl.scoring.PerfScoringProfileException;
import org.jixiao.dsl.scoring.PerfScoringProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring and lights profiles read by the one loader: the same format rules, file naming and messages for both. */
class PerfProfilesTest {

	@TempDir
	Path dir;

	@Test
	void bothRefuseTheSameFormatMistakesWithTheirOwnKindAndKeys() {
		assertThatThrownBy(() -> PerfScoringProfiles.read("budget = 20\nbudget = 30\n", "a.scoring.properties", "a"))
				.isInstanceOf(PerfScoringProfileException.class).hasMessage("a.scoring.properties:2:1: 评分配置有误：键“budget”重复。");
		assertThatThrownBy(() -> PerfLightsProfiles.read("\n# x\nbands 60\n", "b.lights.properties", "b"))
				.isInstanceOf(PerfLightsProfileException.class).hasMessage("b.lights.properties:3:1: 预警灯配置有误：应为“键 = 值”，却是“bands 60”。");
		assertThatThrownBy(() -> PerfLightsProfiles.read("colour = 红\n", "c.lights.properties", "c")).hasMessage(
				"c.lights.properties:1:1: 预警灯配置有误：未知的键“colour”（可用：name、title、indicator.bands、budget.bands、proportional、reason）。");
	}

	@Test
	void aRegionsFileIsNamedByItsFileWithoutName() throws IOException {
		Path file = dir.resolve("某区.lights.properties");
		Files.writeString(file, "indicator.bands = 50, 80, 130\nbudget.bands = 50, 80\n", StandardCharsets.UTF_8);
		PerfLightsProfiles profiles = PerfLightsProfiles.builtin();

		assertThat(profiles.add(file).name()).isEqualTo("某区");
		assertThat(profiles.names()).containsExactly("national", "ningxia", "by-category", "某区");
		assertThat(PerfScoringProfiles.builtin().withDirectory(dir).names()).containsExactly("wuhan2020", "central");
	}

	@Test
	void anUnknownNameListsTheProfilesAndWhetherAFileWouldDo() {
		assertThat(PerfScoringProfiles.builtin().unknown("nosuch", false)).isEqualTo("未知的评分配置“nosuch”（可用：wuhan2020、central）。");
		assertThat(PerfLightsProfiles.builtin().unknown("紫色", true))
				.isEqualTo("未知的预警灯配置“紫色”（可用：national、ningxia、by-category，或给出 *.lights.properties 文件）。");
	}
}
