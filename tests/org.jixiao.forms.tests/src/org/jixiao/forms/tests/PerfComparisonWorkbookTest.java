// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.dsl.stages.PerfChange;
import org.jixiao.forms.generator.PerfComparisonWorkbook;
import org.junit.jupiter.api.Test;

/** The 对比表 of {@code jixiao diff -o}: one row per difference, in the generated forms' styles. */
class PerfComparisonWorkbookTest {

	private static final List<PerfChange> CHANGES = List.of(
			new PerfChange("项目支出绩效目标表“社区工作经费”（P1）", "预算", "预算数（万元）", PerfChange.Kind.CHANGED, "15.3", "18"),
			new PerfChange("项目支出绩效目标表“社区工作经费”（P1）", "指标", "数量指标“培训次数”", PerfChange.Kind.ADDED, "", "≥ 4 次"));

	private static byte[] bytes(List<PerfChange> changes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PerfComparisonWorkbook.write("old.perf", "new.perf", changes, out);
		return out.toByteArray();
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}

	@Test
	void everyDifferenceIsARowUnderTheHeaders() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(CHANGES)))) {
			Sheet sheet = book.getSheet("对比表");
			assertThat(text(sheet.getRow(0), 0)).isEqualTo("对比表");
			assertThat(text(sheet.getRow(1), 0)).isEqualTo("原文件：old.perf　　新文件：new.perf　　共 2 处不同");
			assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(c -> text(sheet.getRow(2), c))
					.containsExactly("序号", "表格", "部分", "项目", "变化", "原内容", "新内容");
			assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(c -> text(sheet.getRow(3), c))
					.containsExactly("1", "项目支出绩效目标表“社区工作经费”（P1）", "预算", "预算数（万元）", "修改", "15.3", "18");
			assertThat(List.of(0, 2, 3, 4, 5, 6)).extracting(c -> text(sheet.getRow(4), c))
					.containsExactly("2", "指标", "数量指标“培训次数”", "新增", "", "≥ 4 次");
			Font header = book.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex());
			Font content = book.getFontAt(sheet.getRow(3).getCell(5).getCellStyle().getFontIndex());
			assertThat(header.getFontName()).isEqualTo("宋体");
			assertThat(header.getBold()).isTrue();
			assertThat(content.getFontName()).isEqualTo("仿宋");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
		}
	}

	@Test
	void sameVersionsSaySoAndTheBytesAreStable() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(List.of())))) {
			assertThat(text(book.getSheet("对比表").getRow(3), 0)).isEqualTo("两个版本相同，没有不同之处。");
		}
		assertThat(bytes(CHANGES)).isEqualTo(bytes(CHANGES));
	}
}
