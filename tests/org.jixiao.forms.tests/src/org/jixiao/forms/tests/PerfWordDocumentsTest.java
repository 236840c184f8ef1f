// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.docx.PerfWordDocument;
import org.jixiao.forms.generator.PerfDeterministicZip;
import org.jixiao.forms.output.PerfGeneration;
import org.jixiao.forms.generator.PerfOutputFile;
import org.jixiao.forms.generator.PerfWorkbook;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayoutReader;
import org.jixiao.forms.layout.PerfLayouts;
import org.jixiao.model.PerfDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The Word documents of {@code jixiao generate}: the narrative duty targets in the seed's own shape
 * and the 绩效自评报告 drafts, read back with XWPF.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfWordDocumentsTest {

	private static final String UNIT = "武汉市洪山区人民政府洪山街道办事处";

	@Inject
	private PerfFidelity fidelity;

	@Inject
	private PerfTestResources resources;

	private static List<PerfOutputFile> plan(PerfDocument document, String layout) {
		return new PerfGeneration(PerfLayouts.builtin()).plan(document, layout);
	}

	private static byte[] bytes(PerfOutputFile file) {
		try {
			return new PerfGeneration(PerfLayouts.builtin()).bytes(file);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static PerfOutputFile named(List<PerfOutputFile> files, String name) {
		return files.stream().filter(f -> f.fileName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not among " + files.stream().map(PerfOutputFile::fileName).toList()));
	}

	// ------------------------------------------------------------------ duties

	@Test
	void dutyTargetsAreAWordDocumentInTheSeedsShape() {
		List<PerfOutputFile> files = plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve("xiguan-2022-duties.perf")), null);
		assertThat(files).extracting(PerfOutputFile::fileName).containsExactly("西关街道办事处-2022-部门整体绩效目标.docx");
		assertThat(files.get(0).description()).isEqualTo("Word 文档，版式 hebei2022-duties");

		XWPFDocument document = PerfWordText.open(bytes(files.get(0)));
		assertThat(PerfWordText.styled(document, "Title")).containsExactly("部门整体绩效目标");
		assertThat(PerfWordText.styled(document, "Heading1")).containsExactly("一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施");
		List<String> duties = PerfWordText.styled(document, "Heading2");
		assertThat(duties).hasSize(15).startsWith("（一）、党建基层组织工作", "（二）、党员干部管理工作");
		assertThat(duties.get(11)).isEqualTo("（十二）、综合业务、事务管理");
		assertThat(duties.get(12)).isEqualTo("（一）、推进基层党建工作体系建设，提供坚强组织保证。");
		List<String> body = PerfWordText.styled(document, "BodyText");
		assertThat(body).contains("主要职责是全面贯彻执行党的各项方针、政策，建立健全各项工作制度。", "绩效目标：建立完善各项规章制度",
				"绩效指标：1、加强基层党组织建设完成率。2、加强党建工作完成率。3、完善各项制度完成率。",
				"绩效标准：达到党建基础建设标准90%的为优；达到党建基础建设标准80%的为良；达到党建基础建设标准70%的为中；达到党建基础建设标准60%的为差。");
		// the paragraphs of a duty in the seed's order, the bands right under its standard
		int responsibility = body.indexOf("主要职责是全面贯彻执行党的各项方针、政策，建立健全各项工作制度。");
		assertThat(body.get(responsibility + 1)).startsWith("职责目标：1、修订完善街道工委工作制度。");
		assertThat(body.get(responsibility + 2)).isEqualTo("绩效目标：建立完善各项规章制度");

		List<XWPFTable> tables = document.getTables();
		assertThat(tables).as("one grading table per duty").hasSize(12);
		assertThat(PerfWordText.cells(tables.get(0))).containsExactly(List.of("等级", "优", "良", "中", "差"),
				List.of("达到标准", "≥90%", "≥80%", "≥70%", "≥60%"));
		assertThat(PerfWordText.cells(tables.get(5))).containsExactly(List.of("等级", "优", "良", "中", "差"),
				List.of("达到标准", "≥100%", "≥90%", "≥80%", "≥70%"));
	}

	@Test
	void everySeedParagraphOfTheDutyTargetsAppearsInOrder() {
		PerfDocument example = fidelity.load("xiguan-2022-duties.perf");
		String flat = PerfSeedText.normalize(PerfWordText.flat(PerfWordText.open(bytes(plan(example, null).get(0)))));
		List<String> tokens = PerfSeedText.tokens("004_6175d87ea5216f0b.txt", 1, 96);
		assertThat(tokens).hasSizeGreaterThan(80);
		Set<String> missing = new TreeSet<>();
		int pos = 0;
		for (String token : tokens) {
			int at = flat.indexOf(token, pos);
			if (at < 0) {
				missing.add(token);
			} else {
				pos = at + token.length();
			}
		}
		// the same three differences as the workbook's (seed-differences.tsv)
		assertThat(missing).isEqualTo(knownDifferences("xiguan-2022-duties.perf"));
	}

	@Test
	void theWorkbookLayoutOfTheDutyTargetsStaysSelectable() {
		PerfDocument duties = fidelity.loadFile(PerfTestSupport.examplesDir().resolve("xiguan-2022-duties.perf"));
		List<PerfOutputFile> files = plan(duties, "hebei2022-duties-xlsx");
		assertThat(files).extracting(PerfOutputFile::fileName).containsExactly("西关街道办事处-2022-部门整体绩效目标.xlsx");
		assertThat(files.get(0)).isInstanceOf(PerfWorkbook.class);
		assertThat(PerfWorkbookText.open(bytes(files.get(0))).getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("部门整体绩效目标");
	}

	// ------------------------------------------------------------------ self-evaluation reports

	@Test
	void everySelfEvaluationGetsAReportDraft() {
		List<PerfOutputFile> files = new ArrayList<>();
		for (String example : List.of("hongshan-2020-project-selfevals.perf", "hongshan-2020-department-selfeval.perf")) {
			files.addAll(plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve(example)), null));
		}
		assertThat(files.stream().filter(PerfWordDocument.class::isInstance).map(PerfOutputFile::fileName)).containsExactly(
				UNIT + "-2020-一般公共服务支出项目绩效自评报告.docx", UNIT + "-2020-教育支出项目绩效自评报告.docx",
				UNIT + "-2020-科学技术支出项目绩效自评报告.docx", UNIT + "-2020-文化旅游体育与传媒支出项目绩效自评报告.docx",
				UNIT + "-2020-社会保障和就业支出项目绩效自评报告.docx", UNIT + "-2020-卫生健康支出项目绩效自评报告.docx",
				UNIT + "-2020-城乡社区支出项目绩效自评报告.docx", UNIT + "-2020-农林水支出项目绩效自评报告.docx",
				UNIT + "-2020-其他支出项目绩效自评报告.docx", UNIT + "-2020-部门整体绩效自评报告.docx");
		assertThat(files.stream().filter(PerfWorkbook.class::isInstance)).as("the workbooks as before").hasSize(2);
		for (PerfOutputFile file : files) {
			if (file instanceof PerfWordDocument) {
				XWPFDocument document = PerfWordText.open(bytes(file));
				assertThat(PerfWordText.styled(document, "Heading1")).as(file.fileName()).containsExactly("一、基本情况", "二、绩效目标完成情况",
						"三、偏差及原因", "四、改进措施", "五、结果应用");
				assertThat(document.getTables()).hasSize(1);
			}
		}
	}

	@Test
	void theReportOfAProjectListsItsIndicatorsCellByCell() {
		PerfOutputFile file = named(plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve("hongshan-2020-project-selfevals.perf")), null),
				UNIT + "-2020-教育支出项目绩效自评报告.docx");
		XWPFDocument document = PerfWordText.open(bytes(file));
		assertThat(PerfWordText.styled(document, "Title")).containsExactly(UNIT + "2020年度教育支出项目绩效自评报告");
		String objective = "着力推进成人教育和社区教育，以满足洪山地区居民日益增长的物质文化需求，提高居民受教育范围、程度和综合素质，加快发展地方教育事业";
		String achieved = "以现有的社区、学校为主阵地，普及成人教育和社区教育培训，积极推动了学习型社区的构建，丰富了居民的精神文化生活，提升了居民的综合素质";
		List<String> body = PerfWordText.styled(document, "BodyText");
		assertThat(body).contains("单位名称：" + UNIT, "项目名称：教育支出", "主管部门：" + UNIT, "实施单位：成教中心", "年度：2020年",
				"项目绩效总目标：" + objective, "全年实际完成情况：" + achieved,
				"预算执行情况：年度财政资金总额，预算数（A） 23.55 万元，执行数（B） 23.55 万元，执行率（B/A）100%。");
		assertThat(body).anyMatch(p -> p.startsWith("自评得分 91 分（满分 100 分），等级为“优”；按评分规则计算为 91.63 分"));

		assertThat(PerfWordText.cells(document.getTables().get(0))).containsExactly(
				List.of("一级指标", "二级指标", "指标", "目标值", "实际完成值", "分值", "得分"),
				List.of("预算执行（年度财政资金总额）", "预算数 23.55 万元", "执行数 23.55 万元\n执行率 100%", "20", "20"),
				List.of("项目绩效总目标（年初设定目标与全年实际完成情况见“一、基本情况”）", "20", "18"),
				List.of("产出指标", "质量指标", "项目完成率", "100%", "100%", "10", "10"),
				List.of("", "时效指标", "项目实施及时率", "100%", "80%", "10", "8"),
				List.of("", "成本指标", "不超过预算金额", "23.55万元", "23.55万元", "10", "10"),
				List.of("效益指标", "经济效益指标", "经济效益", "无", "逐步提升", "6", "5"),
				List.of("", "社会效益指标", "社会效益", "无", "逐步提升", "6", "5"),
				List.of("", "生态效益指标", "生态效益", "无", "逐步提升", "6", "5"),
				List.of("", "可持续影响指标", "可持续影响", "无", "逐步提升", "6", "5"),
				List.of("", "服务对象满意度指标", "社会群众满意度", "≥80%", "75%", "6", "5"),
				List.of("总分", "100", "91"),
				List.of("等级", "优"));
	}

	@Test
	void aScoreThatDiffersFromTheRulesIsExplainedByTheScoringEngine() {
		PerfOutputFile file = named(plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve("hongshan-2020-project-selfevals.perf")), null),
				UNIT + "-2020-教育支出项目绩效自评报告.docx");
		List<String> body = PerfWordText.styled(PerfWordText.open(bytes(file)), "BodyText");
		int explanation = indexStartingWith(body, "评分说明：");
		assertThat(explanation).as("an explanation paragraph").isPositive();
		// the reason is the one hover and `selfeval score` give (docs/selfeval.md)
		assertThat(body.get(explanation + 1)).isEqualTo("1. 社会群众满意度：填报 5 分，按评分规则 5.63 分。"
				+ "实际 75%，目标 ≥ 80%：未达成，正向指标按 实际 ÷ 目标 × 分值 = 75 ÷ 80 × 6 = 5.63 分。");
		assertThat(body.get(explanation + 2)).as("one difference only").doesNotStartWith("2.");

		// the shortfalls are listed under 三; the seed has no deviation analysis, so the unit is asked for one
		List<String> all = PerfWordText.paragraphs(PerfWordText.open(bytes(file)));
		int deviations = all.indexOf("三、偏差及原因");
		assertThat(all.subList(deviations, all.indexOf("四、改进措施"))).containsExactly("三、偏差及原因", "按评分规则，下列目标未完成：",
				"1. 项目实施及时率：目标 100%，实际 80%。", "2. 社会群众满意度：目标 ≥80%，实际 75%。",
				"【请填写：逐项说明上述目标未完成的原因（偏差大或目标未完成原因分析）】");
		// 结果应用 is the unit's to write
		assertThat(all.get(all.indexOf("五、结果应用") + 1)).startsWith("【请填写：自评结果的应用");
	}

	@Test
	void aReportWithoutDifferencesHasNoExplanation() {
		PerfOutputFile file = named(plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve("hongshan-2020-project-selfevals.perf")), null),
				UNIT + "-2020-科学技术支出项目绩效自评报告.docx");
		List<String> body = PerfWordText.styled(PerfWordText.open(bytes(file)), "BodyText");
		assertThat(indexStartingWith(body, "评分说明：")).isNegative();
	}

	@Test
	void theDepartmentReportGroupsTheIndicatorsByGoal() {
		PerfOutputFile file = named(plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve("hongshan-2020-department-selfeval.perf")), null),
				UNIT + "-2020-部门整体绩效自评报告.docx");
		XWPFDocument document = PerfWordText.open(bytes(file));
		List<List<String>> rows = PerfWordText.cells(document.getTables().get(0));
		assertThat(rows.get(1)).containsExactly("预算执行（部门整体支出总额）", "预算数 20640.80 万元", "执行数 20511.36 万元\n执行率 99.37%", "20", "19.87");
		assertThat(rows.get(2)).hasSize(1);
		assertThat(rows.get(2).get(0)).startsWith("年度目标1（37分）：开展信访维稳工作");
		assertThat(rows.get(rows.size() - 2)).containsExactly("总分", "100", "94.87");
		assertThat(rows.get(rows.size() - 1)).containsExactly("等级", "优");
		assertThat(PerfWordText.styled(document, "BodyText")).contains("支出构成：基本支出 3379.81 万元，项目支出 18131.56 万元。");
	}

	@Test
	void whatOnlyTheUnitKnowsIsLeftForItToWrite() {
		PerfDocument document = PerfTestSupport.document(resources.parse("""
				selfeval project "道路养护" year 2026 <
					unit "某街道办事处"
					budget "年度财政资金总额" weight 20 planned 100 executed ---
					objective weight 20 "完成道路养护" actual ""
					goal <
						indicator 产出.数量 "养护里程" ≥ 10 公里 weight 30 actual ---
						indicator 效益.社会效益 "通行条件" "明显改善" weight 30 actual ---
					>
				>
				"""));
		List<PerfOutputFile> files = plan(document, null);
		PerfOutputFile report = named(files, "某街道办事处-2026-道路养护项目绩效自评报告.docx");
		XWPFDocument word = PerfWordText.open(bytes(report));
		List<List<String>> rows = PerfWordText.cells(word.getTables().get(0));
		assertThat(rows.get(1)).containsExactly("预算执行（年度财政资金总额）", "预算数 100 万元", "【请填写：执行数】", "20", "【请填写：得分】");
		assertThat(rows.get(2)).containsExactly("项目绩效总目标（年初设定目标与全年实际完成情况见“一、基本情况”）", "20", "【请填写：得分】");
		assertThat(rows.get(3)).containsExactly("产出指标", "数量指标", "养护里程", "≥10公里", "【请填写：实际完成值】", "30", "【请填写：得分】");
		List<String> body = PerfWordText.styled(word, "BodyText");
		assertThat(body).contains("主管部门：【请填写：主管部门】", "全年实际完成情况：【请填写：总目标全年实际完成情况】",
				"【请填写：下一步改进措施：针对上述偏差，在预算编制、项目管理和绩效目标设定上拟采取的措施】");
		assertThat(PerfWordText.paragraphs(word)).contains("【请填写：报告日期】");
	}

	// ------------------------------------------------------------------ files

	@Test
	void theSameInputGivesTheSameBytesWithFixedTimes() throws IOException {
		PerfDocument document = fidelity.loadFile(PerfTestSupport.examplesDir().resolve("hongshan-2020-department-selfeval.perf"));
		PerfOutputFile report = plan(document, null).stream().filter(PerfWordDocument.class::isInstance).findFirst().orElseThrow();
		byte[] first = bytes(report);
		byte[] second = bytes(plan(fidelity.loadFile(PerfTestSupport.examplesDir().resolve("hongshan-2020-department-selfeval.perf")), null)
				.stream().filter(PerfWordDocument.class::isInstance).findFirst().orElseThrow());
		assertThat(second).isEqualTo(first);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
			int entries = 0;
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null; entries++) {
				assertThat(entry.getTime()).as(entry.getName()).isEqualTo(PerfDeterministicZip.FIXED_TIME);
			}
			assertThat(entries).isGreaterThan(3);
		}
		XWPFDocument word = PerfWordText.open(first);
		assertThat(word.getProperties().getCoreProperties().getCreated()).isEqualTo(new Date(PerfDeterministicZip.FIXED_TIME));
		assertThat(word.getProperties().getCoreProperties().getModified()).isEqualTo(new Date(PerfDeterministicZip.FIXED_TIME));
	}

	@Test
	void aWordLayoutIsForDutyTargetsAndDrawsNoGrids() {
		assertThatThrownBy(() -> PerfLayoutReader.read("""
				layout mine
				form department
				format docx
				block title
				""", "mine.layout")).isInstanceOf(PerfLayoutException.class).hasMessageStartingWith("mine.layout:3: ")
				.hasMessageContaining("只用于职责目标");
		assertThatThrownBy(() -> PerfLayoutReader.read("""
				layout mine
				form duties
				format docx
				block title
				block goals kinds=all | columns=指标名称:name
				""", "mine.layout")).isInstanceOf(PerfLayoutException.class).hasMessageStartingWith("mine.layout:5: ")
				.hasMessageContaining("块“goals”不能用于 Word 文档版式");
		assertThatThrownBy(() -> PerfLayoutReader.read("layout mine\nform duties\nformat pdf\nwidths 10\n", "mine.layout"))
				.isInstanceOf(PerfLayoutException.class).hasMessageStartingWith("mine.layout:3: ").hasMessageContaining("未知的文件格式“pdf”");
		// a region's Word layout of the duty targets needs no column widths
		assertThat(PerfLayoutReader.read("layout mine\nform duties\nformat docx\nblock title\nblock duties\n", "mine.layout").word()).isTrue();
	}

	private static int indexStartingWith(List<String> paragraphs, String start) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

	private static Set<String> knownDifferences(String example) {
		Set<String> tokens = new TreeSet<>();
		try (InputStream in = PerfWordDocumentsTest.class.getResourceAsStream("seed-differences.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
				String[] fields = line.split("\t");
				if (!line.startsWith("#") && fields.length >= 3 && fields[0].equals(example)) {
					tokens.add(fields[1]);
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return tokens;
	}
}
