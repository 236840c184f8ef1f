// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.tests.importer.PerfSeedCells.Row;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Form;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every seed imports with zero errors, and the imported forms, goals, indicator names and values
 * are those of the seed text. The expectations are read from the seed by simple rules of the
 * export format (see {@link PerfSeedCells}) and the forms' printed shape (a 二级 cell with its
 * weight starts a self-evaluation row, a 指标值确定依据 cell ends a 东西湖 row …), not from the importer.
 * Values are compared as written: the .perf text of the value (quotes and spaces removed) must
 * be the seed's cell, except for the spelling the language cannot hold (thousands separators) and
 * an empty cell, written {@code ---}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfSeedImportTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private PerfImportSupport imports;

	/** An indicator as the seed holds it: its row's first line, name and target value. */
	record Expected(int line, String name, String value) {
	}

	/** A goal of the seed: its name as printed (null where forms print none) and its indicator rows. */
	record ExpectedGoal(String name, List<Expected> indicators) {
	}

	private static final Pattern HEADING = Pattern.compile("^((?:长期|年度)目标\\s*[0-9]+)\\s*[:：]");
	private static final Pattern WEIGHTED_LEVEL2 = Pattern.compile(
			"^(数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|满意度|社会公众或服务对象满意度)指标\\s*[0-9]*\\s*[（(]\\s*[0-9.]+\\s*分\\s*[)）]$");
	private static final Pattern LEVEL2_LINE = Pattern.compile("^\t(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$");

	// ------------------------------------------------------------------ the seeds

	@Test
	void seed000DeclarationOfQinglingWithItsSixGoals() {
		List<Row> rows = PerfSeedCells.rowPerLine(PerfSeedCells.lines("000"));
		List<ExpectedGoal> goals = new ArrayList<>();
		boolean grid = false;
		for (Row row : rows) {
			List<String> filled = row.filled();
			if (filled.isEmpty()) {
				continue;
			}
			if (filled.get(0).startsWith("备注")) {
				break;
			}
			Matcher heading = HEADING.matcher(filled.get(0));
			if (heading.find()) {
				goals.add(new ExpectedGoal(heading.group(1), new ArrayList<>()));
			} else if (row.cells().contains("一级指标")) {
				grid = true;
			} else if (grid && filled.size() >= 3) {
				// 一级 | 二级 | 指标名称 | 指标值 (measure) | 绩效标准 (target): the last three cells
				goals.get(goals.size() - 1).indicators().add(new Expected(row.line(), row.last(2), row.last(0)));
			}
		}
		PerfImportResult result = imports.importSeed("000", null);
		List<Form> forms = assertImported(result, 1);
		assertThat(forms.get(0).getTitle()).isEqualTo("洪山区青菱街2020年部门整体支出绩效目标申报表");
		assertThat(forms.get(0).getYear()).isEqualTo(2020);
		assertThat(goals).hasSize(6);
		assertGoals(forms.get(0), goals);
		assertThat(count(goals)).isEqualTo(52);
	}

	@Test
	void seed001AllEightDepartmentsOfDongxihu() {
		List<String> lines = PerfSeedCells.lines("001");
		List<Integer> titleLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().endsWith("整体支出绩效目标表") || lines.get(i).strip().endsWith("整体支出绩效目标申报表")) {
				titleLines.add(i + 1);
			}
		}
		List<List<ExpectedGoal>> departments = new ArrayList<>();
		for (Row row : PerfSeedCells.cellPerLine(lines)) {
			int department = (int) titleLines.stream().filter(t -> t <= row.line()).count() - 1;
			while (departments.size() <= department) {
				departments.add(new ArrayList<>());
			}
			List<ExpectedGoal> goals = departments.get(department);
			List<String> cells = row.cells();
			List<String> filled = row.filled();
			if (filled.size() == 1 || filled.size() == 2 && HEADING.matcher(filled.get(0)).find()) {
				Matcher heading = HEADING.matcher(filled.get(0));
				if (heading.find() && filled.get(0).length() <= 8) {
					goals.add(new ExpectedGoal(heading.group(1).replaceAll("\\s+", ""), new ArrayList<>()));
				}
				continue;
			}
			boolean header = cells.contains("一级指标") || cells.contains("近两年指标值")
					|| cells.stream().anyMatch(c -> c.replaceAll("\\s+", "").equals("前年"));
			if (cells.size() < 5 || header || goals.isEmpty()) {
				continue;
			}
			// … | 三级指标 | 指标值 | 指标值确定依据, or in an annual grid … | 三级指标 | 前年 | 上年 | 预期当年实现值 | 依据
			boolean annual = goals.get(goals.size() - 1).name().startsWith("年度");
			String name = cells.get(cells.size() - (annual ? 5 : 3));
			goals.get(goals.size() - 1).indicators().add(new Expected(row.line(), name, cells.get(cells.size() - 2)));
		}
		PerfImportResult result = imports.importSeed("001", 2025);
		List<Form> forms = assertImported(result, 8);
		assertThat(departments).hasSize(8);
		for (int d = 0; d < 8; d++) {
			assertThat(forms.get(d).getYear()).isEqualTo(2025);
			assertGoals(forms.get(d), departments.get(d));
		}
		assertThat(forms).extracting(Form::getUnit).containsExactly("武汉市东西湖区行政审批局", "中国共产党武汉市东西湖区委员会办公室",
				"武汉市东西湖区人民政府办公室", "中国人民政治协商会议武汉市东西湖区委员会办公室", "中国共产党武汉市东西湖区委员会组织部",
				"中国共产党武汉市东西湖区委员会宣传部", "武汉市东西湖区工商业联合会", "武汉市东西湖区信访局");
		assertThat(departments.stream().mapToInt(PerfSeedImportTest::count).sum()).isEqualTo(697);
	}

	@Test
	void seed002DeclarationOfZhurongWithFourGoals() {
		List<ExpectedGoal> goals = new ArrayList<>();
		boolean grid = false;
		for (Row row : PerfSeedCells.cellPerLine(PerfSeedCells.lines("002"))) {
			List<String> cells = row.cells();
			if (cells.contains("三级指标目标值")) {
				grid = true;
				continue;
			}
			if (cells.contains("其他需要说明的问题")) {
				break;
			}
			for (String cell : cells) {
				if (cell.matches("^目标[0-9]+$")) {
					goals.add(new ExpectedGoal(cell, new ArrayList<>()));
				}
			}
			if (grid && cells.size() >= 5) {
				// … | 三级指标内容 | 三级指标目标值: the last two cells
				goals.get(goals.size() - 1).indicators()
						.add(new Expected(row.line(), cells.get(cells.size() - 2), cells.get(cells.size() - 1)));
			}
		}
		PerfImportResult result = imports.importSeed("002", null);
		List<Form> forms = assertImported(result, 1);
		assertThat(forms.get(0).getUnit()).isEqualTo("衡阳市南岳区祝融街道办事处");
		assertThat(forms.get(0).getYear()).isEqualTo(2020);
		assertThat(goals).extracting(ExpectedGoal::name).containsExactly("目标1", "目标2", "目标3", "目标4");
		assertGoals(forms.get(0), goals);
		assertThat(count(goals)).isEqualTo(44);
	}

	@Test
	void seed003EveryTableOfTheSelfEvaluations() {
		List<String> titles = new ArrayList<>();
		List<List<ExpectedGoal>> tables = new ArrayList<>();
		for (Row row : PerfSeedCells.rowPerLine(PerfSeedCells.lines("003"))) {
			List<String> filled = row.filled();
			if (filled.size() == 1 && filled.get(0).endsWith("自评表")) {
				titles.add(filled.get(0));
				tables.add(new ArrayList<>());
				if (filled.get(0).contains("项目")) {
					tables.get(tables.size() - 1).add(new ExpectedGoal(null, new ArrayList<>()));
				}
				continue;
			}
			if (filled.isEmpty() || tables.isEmpty()) {
				continue;
			}
			List<ExpectedGoal> goals = tables.get(tables.size() - 1);
			Matcher goal = Pattern.compile("^(年度目标[0-9]+)[（(]").matcher(filled.get(0));
			if (goal.find()) {
				goals.add(new ExpectedGoal(goal.group(1), new ArrayList<>()));
			}
			if (filled.stream().anyMatch(c -> WEIGHTED_LEVEL2.matcher(c).matches())) {
				// 二级指标（N分）| 指标名称 | 年初目标值 | 实际完成值 | 得分: the last four cells
				goals.get(goals.size() - 1).indicators().add(new Expected(row.line(), row.last(3), row.last(2)));
			}
		}
		PerfImportResult result = imports.importSeed("003", null);
		List<Form> forms = assertImported(result, 10);
		assertThat(forms).extracting(Form::getTitle).containsExactlyElementsOf(titles);
		for (int t = 0; t < titles.size(); t++) {
			assertThat(forms.get(t).getYear()).isEqualTo(2020);
			assertGoals(forms.get(t), tables.get(t));
		}
		assertThat(tables.get(0)).hasSize(7);
		assertThat(tables.stream().mapToInt(PerfSeedImportTest::count).sum()).isEqualTo(130 + 74 + 8 + 8 + 9 + 20 + 9 + 18 + 9 + 8);
	}

	@Test
	void seed004DutiesAndAllThirteenProjectTables() {
		List<String> lines = PerfSeedCells.lines("004");
		List<String> projects = new ArrayList<>();
		List<List<Expected>> rows = new ArrayList<>();
		int duties = 0;
		int measures = 0;
		String section = "";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replaceAll("\\[bookmark:[^\\]]*\\]", "");
			if (line.matches("^[0-9]+\\..*绩效目标表$")) {
				projects.add(line);
				rows.add(new ArrayList<>());
			} else if (line.startsWith("二、") || line.startsWith("三、")) {
				section = line.substring(0, 2);
			} else if (projects.isEmpty() && line.matches("^[（(][一二三四五六七八九十]+[)）]、.*")) {
				if (section.equals("二、")) {
					duties++;
				} else {
					measures++;
				}
			} else if (LEVEL2_LINE.matcher(line).matches()) {
				// 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据: the next cells after the 二级 cell
				List<String> next = nextCells(lines, i, 3);
				rows.get(rows.size() - 1).add(new Expected(i + 1, next.get(0), next.get(2)));
			}
		}
		PerfImportResult result = imports.importSeed("004", null);
		List<Form> forms = assertImported(result, 14);
		DutyStatement statement = (DutyStatement) forms.get(0);
		assertThat(statement.getYear()).isEqualTo(2022);
		assertThat(statement.getDuties()).hasSize(duties).hasSize(12);
		assertThat(statement.getMeasures()).hasSize(measures).hasSize(3);
		assertThat(statement.getDuties().get(0).getIndicators()).containsExactly("加强基层党组织建设完成率", "加强党建工作完成率",
				"完善各项制度完成率");
		assertThat(projects).hasSize(13);
		for (int p = 0; p < 13; p++) {
			Form form = forms.get(p + 1);
			assertThat(form.getTitle()).isEqualTo(projects.get(p));
			assertThat(form.getYear()).as("year of the document, not of the project's name").isEqualTo(2022);
			assertGoals(form, List.of(new ExpectedGoal(null, rows.get(p))));
			assertThat(rows.get(p)).hasSize(9);
		}
	}

	/** The texts of the next {@code count} cells after a line of a cell-per-line export (cells start with a tab). */
	private static List<String> nextCells(List<String> lines, int from, int count) {
		List<String> cells = new ArrayList<>();
		for (int k = from + 1; k < lines.size() && cells.size() < count; k++) {
			if (lines.get(k).startsWith("\t")) {
				cells.add(lines.get(k).substring(1).strip());
			}
		}
		return cells;
	}

	// ------------------------------------------------------------------ comparison

	private static int count(List<ExpectedGoal> goals) {
		return goals.stream().mapToInt(g -> g.indicators().size()).sum();
	}

	/** No error in the report, the .perf parses and links without error, and has the forms. */
	private List<Form> assertImported(PerfImportResult result, int forms) {
		assertThat(result.report()).filteredOn(n -> n.severity() == PerfImportNote.Severity.ERROR).isEmpty();
		XtextResource resource = imports.parse(result);
		assertThat(resources.errors(resource)).as(PerfTestSupport.describe(resources.errors(resource))).isEmpty();
		List<Form> imported = PerfImportSupport.forms(resource);
		assertThat(imported).hasSize(forms);
		return imported;
	}

	private static void assertGoals(Form form, List<ExpectedGoal> expected) {
		List<Goal> goals = PerfImportSupport.goals(form);
		assertThat(goals).as(form.getTitle() + ": goals").hasSameSizeAs(expected);
		for (int g = 0; g < goals.size(); g++) {
			Goal goal = goals.get(g);
			ExpectedGoal want = expected.get(g);
			if (want.name() != null) {
				assertThat(goal.getName()).isEqualTo(want.name());
			}
			List<Indicator> indicators = goal.getIndicators();
			assertThat(indicators).as(form.getTitle() + " " + goal.getName() + ": indicators").hasSameSizeAs(want.indicators());
			for (int i = 0; i < indicators.size(); i++) {
				Expected row = want.indicators().get(i);
				String where = form.getTitle() + " " + goal.getName() + ", seed line " + row.line();
				assertThat(squeeze(indicators.get(i).getName())).as(where + ": name").isEqualTo(squeeze(row.name()));
				assertThat(PerfImportSupport.written(indicators.get(i).getValue())).as(where + ": value")
						.isEqualTo(asWritten(row.value()));
			}
		}
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** The seed's value cell as the importer must write it (the language's two adaptations). */
	private static String asWritten(String cell) {
		String text = squeeze(cell);
		if (text.isEmpty()) {
			return "---";
		}
		return text.replaceAll("([0-9]),([0-9]{3})", "$1$2");
	}
}
