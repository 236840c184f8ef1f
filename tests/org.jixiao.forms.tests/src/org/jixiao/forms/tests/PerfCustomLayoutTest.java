// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.generator.PerfFormGenerator;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayoutReader;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A region adds its layout as a data file, no Java change: the test-only layout
 * {@code test-region.layout} (another title, other columns in another order) is dropped into a
 * directory and chosen by name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfCustomLayoutTest {

	@Inject
	private PerfFidelity fidelity;

	@TempDir
	Path dir;

	private PerfLayouts layoutsWithTestRegion() throws IOException {
		try (InputStream in = PerfCustomLayoutTest.class.getResourceAsStream("test-region.layout")) {
			Files.write(dir.resolve("test-region.layout"), in.readAllBytes());
		}
		return PerfLayouts.builtin().withDirectory(dir);
	}

	@Test
	void aRegionsLayoutFileIsUsedWhenChosenByName() throws IOException {
		PerfLayouts layouts = layoutsWithTestRegion();
		PerfDocument document = fidelity.load("qingling-2020-declaration.perf");
		PerfFormGenerator generator = new PerfFormGenerator(layouts);

		List<PerfWorkbook> plan = generator.plan(document, "test-region");
		assertThat(plan.get(0).layout().name()).isEqualTo("test-region");
		assertThat(plan.get(0).fileName()).isEqualTo("武汉市洪山区人民政府青菱街办事处-2020-测试地区绩效目标表.xlsx");

		XSSFWorkbook workbook = PerfWorkbookText.open(generator.bytes(plan.get(0)));
		List<String> rows = PerfWorkbookText.rows(workbook);
		assertThat(rows.get(0)).startsWith("测试地区 武汉市洪山区人民政府青菱街办事处 2020 年绩效目标");
		assertThat(rows.get(1)).isEqualTo("负责人\t马兰萍\t");
		assertThat(rows).contains("指标名称\t目标值\t分类");
		assertThat(rows).contains("营商环境改善，重点引进项目落实\t≥10%\t数量指标");
		assertThat(workbook.getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
		assertThat(workbook.getSheetAt(0).getColumnWidth(0)).isEqualTo(40 * 256);
	}

	@Test
	void aDocumentsOwnLayoutWinsOverTheRequestedOne() throws IOException {
		PerfDocument document = fidelity.load("zhurong-2020-declaration.perf");
		List<PerfWorkbook> plan = new PerfFormGenerator(layoutsWithTestRegion()).plan(document, "test-region");
		assertThat(plan.get(0).layout().name()).isEqualTo("hunan2020");
	}

	@Test
	void aLayoutForAnotherFormKindIsNotApplied() throws IOException {
		PerfDocument document = fidelity.load("xiguan-2022-projects.perf");
		List<PerfWorkbook> plan = new PerfFormGenerator(layoutsWithTestRegion()).plan(document, "test-region");
		assertThat(plan.get(0).layout().name()).isEqualTo("hebei2022-project");
	}

	@Test
	void brokenLayoutFilesAreReportedInChineseWithFileAndLine() {
		assertThatThrownBy(() -> PerfLayoutReader.read("layout x\nform nosuchform\nwidths 10\n", "bad.layout"))
				.isInstanceOf(PerfLayoutException.class).hasMessageContaining("bad.layout:2").hasMessageContaining("未知的表格种类");
		assertThatThrownBy(() -> PerfLayoutReader.read("layout x\nform department\nwidths ten\n", "w.layout"))
				.hasMessageContaining("w.layout:3").hasMessageContaining("列宽");
		PerfDocument document = fidelity.load("qingling-2020-declaration.perf");
		var layouts = PerfLayouts.builtin().add(PerfLayoutReader.read(
				"layout y\nform department\nwidths 10 10\nblock goals columns=名称:nosuchsource\n", "y.layout"));
		PerfFormGenerator generator = new PerfFormGenerator(layouts);
		PerfWorkbook plan = generator.plan(document, "y").get(0);
		assertThatThrownBy(() -> generator.bytes(plan)).isInstanceOf(PerfLayoutException.class)
				.hasMessageContaining("y.layout:4").hasMessageContaining("nosuchsource");
	}
}
