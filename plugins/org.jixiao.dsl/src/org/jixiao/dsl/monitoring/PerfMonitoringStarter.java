// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.jixiao.dsl.model.PerfStages;
import org.jixiao.dsl.serializer.PerfComments;
import org.jixiao.dsl.serializer.PerfWriter;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentMonitoring;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.FundLine;
import org.jixiao.model.FundSide;
import org.jixiao.model.Goal;
import org.jixiao.model.Indicator;
import org.jixiao.model.Monitoring;
import org.jixiao.model.MonitoringBudget;
import org.jixiao.model.NoValue;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfFactory;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectMonitoring;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.StageLink;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Starts the monitoring of a declaration ({@code jixiao monitor new}): for every 部门整体支出绩效目标申报表
 * and 项目支出绩效目标表 of a .perf resource, a 绩效运行监控表 for 1–X月 that follows it, with the goals and
 * indicators carried over as they hold after the adjustment (each target its 年度指标值 after adjustment,
 * dropped indicators left out, the adjusted goal text, 调整预算数 the approved budget), so that the
 * cross-stage checks find the new form agreeing with its declaration, the budget from the declaration, and 截至X月底支出数, the current values and the forecasts left as --- for
 * the analyst. UI-free; written by {@link PerfWriter} in the declaration's resource set.
 */
public class PerfMonitoringStarter {

	private static final PerfFactory CREATE = PerfFactory.eINSTANCE;

	@Inject
	private PerfWriter writer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** {@code NAME-monitor-X.perf} for {@code NAME.perf} and month X: the file a new monitoring form goes to. */
	public static String fileName(String name, int month) {
		String stem = name.endsWith(".perf") ? name.substring(0, name.length() - ".perf".length()) : name;
		return stem + "-monitor-" + month + ".perf";
	}

	/**
	 * The monitoring forms for 1–{@code month}月 of every declaration and project table of the resource,
	 * as one formatted document; {@code forms} is 0 (and the text empty) when there is none.
	 *
	 * @throws PerfMonitoringException when a form cannot start a monitoring form (a project without year or code)
	 * @throws IllegalArgumentException when the month is not 1–12
	 */
	public PerfMonitoringDraft start(Resource declaration, int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("监控期的月份应为 1–12，却是 " + month + "。");
		}
		if (declaration.getContents().isEmpty() || !(declaration.getContents().get(0) instanceof PerfDocument document)) {
			return new PerfMonitoringDraft("", 0, List.of());
		}
		EcoreUtil.resolveAll(declaration);
		List<PerfMonitoringDraft.Note> notes = new ArrayList<>();
		PerfDocument draft = CREATE.createPerfDocument();
		for (DocumentElement element : document.getElements()) {
			if (element instanceof DepartmentDeclaration department) {
				draft.getElements().add(department(department, month, notes));
			} else if (element instanceof ProjectTable project) {
				draft.getElements().add(project(project, month, notes));
			}
		}
		if (draft.getElements().isEmpty()) {
			return new PerfMonitoringDraft("", 0, notes);
		}
		if (document.eIsSet(PerfPackage.Literals.PERF_DOCUMENT__FRAMEWORK) && !document.getFramework().eIsProxy()) {
			draft.setFramework(document.getFramework());
		}
		PerfComments comments = new PerfComments().before(draft, header(declaration, month));
		for (PerfMonitoringDraft.Note note : notes) {
			comments.before(draft, "注意（源文件第 " + note.line() + " 行）：" + note.message());
		}
		ResourceSet resourceSet = declaration.getResourceSet() != null ? declaration.getResourceSet() : resourceSets.get();
		return new PerfMonitoringDraft(writer.write(draft, comments, resourceSet), draft.getElements().size(), notes);
	}

	private static ProjectMonitoring project(ProjectTable project, int month, List<PerfMonitoringDraft.Note> notes) {
		if (project.getYear() == null) {
			throw error(project, "项目表“" + project.getName() + "”没有年度（year）：监控表须写年度。");
		}
		if (project.getCode() == null || project.getCode().isBlank()) {
			throw error(project, "项目表“" + project.getName() + "”没有项目代码：监控表按项目代码引用它（follows project \"代码\"）。");
		}
		ProjectMonitoring form = CREATE.createProjectMonitoring();
		form.setName(project.getName());
		form.setYear(project.getYear());
		form.setMonth(month);
		StageLink link = CREATE.createStageLink();
		link.setProject(project);
		form.setLink(link);
		form.setCode(project.getCode());
		form.setUnit(project.getUnit());
		form.setSupervisor(project.getSupervisor());
		if (project.getBudget() == null) {
			notes.add(note(project, "项目表没有预算数：请在 spending 中填写年初预算数（initial）与调整预算数（adjusted）。"));
		}
		form.setSpending(spending(project.getBudget(), PerfStages.budget(project)));
		carry(project.getGoals(), form);
		return form;
	}

	private static DepartmentMonitoring department(DepartmentDeclaration declaration, int month, List<PerfMonitoringDraft.Note> notes) {
		DepartmentMonitoring form = CREATE.createDepartmentMonitoring();
		form.setUnit(declaration.getUnit());
		form.setYear(declaration.getYear());
		form.setMonth(month);
		StageLink link = CREATE.createStageLink();
		link.setDepartment(declaration);
		link.setYear(declaration.getYear());
		form.setLink(link);
		BigDecimal total = expenseTotal(declaration);
		if (total == null) {
			notes.add(note(declaration, "申报表没有支出合计：请在 spending 中填写年初预算数（initial）与调整预算数（adjusted）。"));
		}
		BigDecimal approved = PerfStages.adjustment(declaration) == null ? null : PerfStages.adjustment(declaration).getBudget();
		form.setSpending(spending(total, approved != null ? approved : total));
		carry(PerfStages.stageGoals(declaration), form);
		return form;
	}

	/** 年初预算数 the declared budget, 调整预算数 the one that holds after the adjustment. */
	private static MonitoringBudget spending(BigDecimal declared, BigDecimal holds) {
		MonitoringBudget spending = CREATE.createMonitoringBudget();
		spending.setInitial(declared);
		if (declared != null && holds != null && holds.compareTo(declared) != 0) {
			// the adjustment's change as 追加 or 追减, so that 调整预算数 = 年初 + 追加 − 追减 holds
			if (holds.compareTo(declared) > 0) {
				spending.setAdded(holds.subtract(declared));
			} else {
				spending.setReduced(declared.subtract(holds));
			}
		}
		spending.setAdjusted(holds);
		return spending;
	}

	/** The goals with their indicators: name, category, direction and the target after adjustment; --- to fill in. */
	private static void carry(List<Goal> goals, Monitoring form) {
		for (Goal source : goals) {
			Goal goal = CREATE.createGoal();
			goal.setKind(source.getKind());
			goal.setName(source.getName());
			goal.setText(source.getAdjustedText() != null ? source.getAdjustedText() : source.getText());
			for (Indicator from : source.getIndicators()) {
				if (PerfStages.dropped(from)) {
					continue;
				}
				Indicator indicator = CREATE.createIndicator();
				indicator.setCategory(from.getCategory());
				indicator.setName(from.getName());
				indicator.setValue(EcoreUtil.copy(from.getAdjusted() != null ? from.getAdjusted() : from.getValue()));
				indicator.setDirection(from.getDirection());
				indicator.setCurrent(missing());
				indicator.setForecast(missing());
				goal.getIndicators().add(indicator);
			}
			form.getGoals().add(goal);
		}
	}

	private static NoValue missing() {
		NoValue value = CREATE.createNoValue();
		value.setText("---");
		return value;
	}

	/** 支出合计, else the sum of the expense lines, else null. */
	private static BigDecimal expenseTotal(DepartmentDeclaration declaration) {
		if (declaration.getFunds() == null) {
			return null;
		}
		BigDecimal sum = null;
		for (FundLine line : declaration.getFunds().getLines()) {
			if (line.getSide() == FundSide.EXPENSE && line.getAmount() != null) {
				if (line.isTotal()) {
					return line.getAmount();
				}
				sum = sum == null ? line.getAmount() : sum.add(line.getAmount());
			}
		}
		return sum;
	}

	private static String header(Resource declaration, int month) {
		String source = declaration.getURI() == null ? "申报表" : declaration.getURI().lastSegment();
		return "绩效运行监控表（1–" + month + "月）：由 " + source + " 生成，年度指标值取调整后的目标值。\n"
				+ "待填写：spending 的 spent（截至" + month + "月底支出数，替换 ---）、forecast（全年预计执行数）与预计结余 balance；\n"
				+ "各指标的 current（1–" + month + "月执行情况）与 forecast（全年预计完成情况），替换 ---；定性指标写 level 达成/部分达成/未达成；\n"
				+ "亮红灯或黄灯的指标写 cause（偏差原因，取自标准列表）与 deviation（原因说明），可写 likelihood 确定能/有可能/完全不可能；\n"
				+ "./jixiao monitor lights 本文件 列出每盏灯及其理由。";
	}

	private static PerfMonitoringDraft.Note note(EObject where, String message) {
		INode node = NodeModelUtils.findActualNodeFor(where);
		return new PerfMonitoringDraft.Note(node == null ? 1 : node.getStartLine(), 1, message);
	}

	private static PerfMonitoringException error(EObject where, String message) {
		INode node = NodeModelUtils.findActualNodeFor(where);
		return new PerfMonitoringException(node == null ? 1 : node.getStartLine(), 1, message);
	}
}
