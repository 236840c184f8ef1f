// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.documentation.PerfValueReading;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.DepartmentSelfEvaluation;
import org.jixiao.model.Duty;
import org.jixiao.model.DutyStatement;
import org.jixiao.model.Framework;
import org.jixiao.model.Goal;
import org.jixiao.model.GoalKind;
import org.jixiao.model.Indicator;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectSelfEvaluation;
import org.jixiao.model.ProjectMonitoring;
import org.jixiao.model.DepartmentMonitoring;
import org.jixiao.model.Monitoring;
import org.jixiao.dsl.lights.PerfExplainedLight;
import org.jixiao.dsl.lights.PerfLight;
import org.jixiao.dsl.lights.PerfLights;
import org.jixiao.dsl.lights.PerfLightsProfiles;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.ReviewOpinion;
import org.jixiao.dsl.model.PerfOpinions;

/**
 * The outline of a parsed document: its forms (申报表, 项目表, 自评表, 职责目标), frameworks and
 * libraries, their goals, the goals' indicators and the forms' review comments (审核意见), labelled in
 * the forms' words. No SWT.
 */
public final class PerfOutlineTree {

	private static final int TEXT_LIMIT = 24;

	private PerfOutlineTree() {
	}

	public static List<PerfOutlineNode> of(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PerfDocument document)) {
			return List.of();
		}
		List<PerfOutlineNode> result = new ArrayList<>();
		for (EObject element : document.getElements()) {
			PerfOutlineNode node = node(element);
			if (node != null) {
				result.add(node);
			}
		}
		return result;
	}

	private static PerfOutlineNode node(EObject object) {
		ICompositeNode parsed = NodeModelUtils.getNode(object);
		if (parsed == null) {
			return null;
		}
		List<PerfOutlineNode> children = new ArrayList<>();
		for (EObject child : object.eContents()) {
			if (child instanceof Goal || child instanceof Indicator || child instanceof Duty
					|| child instanceof Level1Category || child instanceof Level2Category || child instanceof ReviewOpinion) {
				PerfOutlineNode node = node(child);
				if (node != null) {
					children.add(node);
				}
			}
		}
		return new PerfOutlineNode(label(object), kind(object), parsed.getOffset(), parsed.getLength(), List.copyOf(children));
	}

	/** The label of an outline entry, in the forms' words. */
	public static String label(EObject object) {
		if (object instanceof DepartmentDeclaration d) {
			return join("部门整体支出绩效目标申报表", d.getUnit(), year(d.getYear()));
		}
		if (object instanceof ProjectTable p) {
			return join("项目支出绩效目标表", p.getName(), year(p.getYear()));
		}
		if (object instanceof DepartmentSelfEvaluation s) {
			return join("部门整体支出绩效自评表", s.getUnit(), year(s.getYear()));
		}
		if (object instanceof ProjectSelfEvaluation s) {
			return join("项目支出绩效自评表", s.getName(), year(s.getYear()));
		}
		if (object instanceof ProjectMonitoring m) {
			return join("项目绩效运行监控表", m.getName(), period(m), light(LIGHTS.report(m).overall()));
		}
		if (object instanceof DepartmentMonitoring m) {
			return join("部门整体绩效运行监控表", m.getUnit(), period(m), light(LIGHTS.report(m).overall()));
		}
		if (object instanceof DutyStatement d) {
			return join("职责目标", d.getUnit(), year(d.getYear()));
		}
		if (object instanceof Framework f) {
			return join("指标框架", f.getName(), f.getTitle());
		}
		if (object instanceof IndicatorLibrary l) {
			return join("指标库", l.getName(), l.getTitle());
		}
		if (object instanceof Goal g) {
			String kind = g.getKind() == GoalKind.LONG_TERM ? "长期目标" : g.getKind() == GoalKind.ANNUAL ? "年度目标" : "目标";
			String light = g.eContainer() instanceof Monitoring m ? light(LIGHTS.report(m).goals().get(g)) : null;
			return join(kind, g.getName(), shorten(g.getText()), light);
		}
		if (object instanceof Indicator i) {
			String category = NodeModelUtils.findNodesForFeature(i, PerfPackage.Literals.INDICATOR__CATEGORY).stream()
					.map(INode::getText).map(String::strip).findFirst().orElse("");
			return join(category, i.getName(), i.getValue() == null ? null : PerfValueReading.of(i.getValue()), light(LIGHTS.indicator(i)));
		}
		if (object instanceof Level1Category c) {
			return join("一级指标", c.getName(), c.getTitle());
		}
		if (object instanceof Level2Category c) {
			return join("二级指标", c.getName(), c.getTitle());
		}
		if (object instanceof Duty d) {
			return join("职责", shorten(d.getTitle()));
		}
		if (object instanceof ReviewOpinion o) {
			return join("审核意见", o.getOffice(), PerfOpinions.statusLabel(o), shorten(o.getText()));
		}
		return object.eClass().getName();
	}

	private static PerfOutlineNode.Kind kind(EObject object) {
		if (object instanceof Goal) {
			return PerfOutlineNode.Kind.GOAL;
		}
		if (object instanceof Indicator) {
			return PerfOutlineNode.Kind.INDICATOR;
		}
		if (object instanceof Framework) {
			return PerfOutlineNode.Kind.FRAMEWORK;
		}
		if (object instanceof IndicatorLibrary) {
			return PerfOutlineNode.Kind.LIBRARY;
		}
		if (object instanceof Level1Category || object instanceof Level2Category) {
			return PerfOutlineNode.Kind.CATEGORY;
		}
		if (object instanceof Duty) {
			return PerfOutlineNode.Kind.DUTY;
		}
		if (object instanceof ReviewOpinion) {
			return PerfOutlineNode.Kind.OPINION;
		}
		return PerfOutlineNode.Kind.FORM;
	}

	/** The lights of the shipped default profile, as the hover and the validator show them. */
	private static final PerfLights LIGHTS = new PerfLights(PerfLightsProfiles.standard());

	/** 2025年1–6月. */
	private static String period(Monitoring form) {
		return (form.getYear() == null ? "" : form.getYear() + "年") + (form.getMonth() == null ? "" : "1–" + form.getMonth() + "月");
	}

	private static String light(PerfExplainedLight light) {
		return light == null || light.light() == PerfLight.NONE ? null : light.light().word() + "灯";
	}

	private static String year(Integer year) {
		return year == null ? null : year + "年";
	}

	private static String shorten(String text) {
		if (text == null) {
			return null;
		}
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= TEXT_LIMIT ? line : line.substring(0, TEXT_LIMIT) + "…";
	}

	private static String join(String... parts) {
		StringBuilder result = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (!result.isEmpty()) {
					result.append(' ');
				}
				result.append(part);
			}
		}
		return result.toString();
	}
}
