// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The monitoring layouts (national-monitoring, the 山西 one): the form's blocks as printed, and every light
 * cell on its colour.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfMonitoringLayoutsTest {

	@Inject
	private PerfFidelity fidelity;

	private XSSFWorkbook generate(String layout) {
		PerfDocument document = fidelity.loadFile(PerfTestSupport.examplesDir().resolve("wenxin-2025-elevator-monitoring.perf"));
		List<PerfWorkbook> workbooks = PerfFidelity.plan(document, layout);
		assertThat(workbooks).hasSize(1);
		assertThat(workbooks.get(0).layout().name()).isEqualTo(layout);
		return PerfWorkbookText.open(PerfFidelity.bytes(workbooks.get(0)));
	}

	/** Every cell holding a light's word, with its fill colour. */
	private static Map<String, List<Short>> lightCells(XSSFSheet sheet) {
		Map<String, List<Short>> colours = new LinkedHashMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				String text = cell.toString();
				if (List.of("红", "黄", "绿", "蓝").contains(text)) {
					assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
					colours.computeIfAbsent(text, t -> new java.util.ArrayList<>()).add(cell.getCellStyle().getFillForegroundColor());
				}
			}
		}
		return colours;
	}

	@Test
	void theNationalLayoutPrintsEveryBlockAndColoursTheLights() {
		XSSFWorkbook book = generate("national-monitoring");
		String text = String.join("\n", PerfWorkbookText.rows(book));

		assertThat(text).contains("2025年老旧小区加装电梯补助项目绩效运行监控表").contains("监控期：1–6月")
				.contains("截至6月底支出数").contains("预算执行率").contains("45%").contains("是否达到序时支出进度")
				.contains("1–6月执行情况").contains("全年预计完成情况").contains("偏差原因分析").contains("完成目标可能性")
				.contains("政府采购程序").contains("有可能").contains("整改要求和建议").contains("绩效目标调整情况");
		Map<String, List<Short>> lights = lightCells(book.getSheetAt(0));
		// 数量 红 and the project 红; 出行条件 黄, 双监控 黄; 成本 and 预算执行 绿; the percentages 蓝 (national rule)
		assertThat(lights.get("红")).hasSize(2).containsOnly(IndexedColors.RED.getIndex());
		assertThat(lights.get("黄")).hasSize(2).containsOnly(IndexedColors.YELLOW.getIndex());
		assertThat(lights.get("绿")).hasSize(2).containsOnly(IndexedColors.BRIGHT_GREEN.getIndex());
		assertThat(lights.get("蓝")).hasSize(4).containsOnly(IndexedColors.PALE_BLUE.getIndex());
	}

	@Test
	void theShanxiLayoutShowsTheInitialAndTheAnnualTarget() {
		XSSFWorkbook book = generate("shanxi-monitoring");
		String text = String.join("\n", PerfWorkbookText.rows(book));

		assertThat(text).contains("年初指标值").contains("年度指标值").contains("完成加装电梯数量");
		assertThat(lightCells(book.getSheetAt(0))).containsKeys("红", "黄", "绿", "蓝");
	}
}
