// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.Strings;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.GoalForm;
import org.jixiao.model.Monitoring;
import org.jixiao.model.PerfPackage;
import org.jixiao.model.ProjectTable;
import org.jixiao.model.StageLink;

import com.google.inject.Inject;

/**
 * The monitoring form (绩效运行监控表) that follows a declaration, found across the workspace as the
 * declaration itself is: every monitoring form with a {@code follows} link is exported to the index
 * under the name its link is written with ({@code PerfResourceDescriptionStrategy}), so a
 * self-evaluation finds the monitoring of its declaration in any file checked with it, even where
 * the files are checked one at a time. Of several, the latest month wins (the June form before the
 * March one); a candidate counts only when its link resolves to the very same declaration.
 */
public class PerfMonitoringFollowers {

	private static final String FOLLOWS = "follows";

	@Inject
	private ResourceDescriptionsProvider descriptions;

	/** The index name of a monitoring form's link, from its written text (never resolving it); null without one. */
	public static QualifiedName name(StageLink link) {
		if (link == null) {
			return null;
		}
		boolean project = link.eIsSet(PerfPackage.Literals.STAGE_LINK__PROJECT);
		List<INode> nodes = NodeModelUtils.findNodesForFeature(link,
				project ? PerfPackage.Literals.STAGE_LINK__PROJECT : PerfPackage.Literals.STAGE_LINK__DEPARTMENT);
		if (nodes.isEmpty()) {
			return null;
		}
		String text = NodeModelUtils.getTokenText(nodes.get(0));
		if (text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))) {
			text = Strings.convertFromJavaString(text.substring(1, text.length() - 1), true);
		}
		if (text.isBlank()) {
			return null;
		}
		return project ? QualifiedName.create(FOLLOWS, "project", text)
				: link.getYear() == null ? null : QualifiedName.create(FOLLOWS, "department", text, String.valueOf(link.getYear()));
	}

	/** The name a monitoring form following the declaration is exported under; null when it cannot be followed. */
	static QualifiedName name(GoalForm declaration) {
		if (declaration instanceof ProjectTable project && project.getCode() != null && !project.getCode().isBlank()) {
			return QualifiedName.create(FOLLOWS, "project", project.getCode());
		}
		if (declaration instanceof DepartmentDeclaration department && department.getUnit() != null && department.getYear() != null) {
			return QualifiedName.create(FOLLOWS, "department", department.getUnit(), String.valueOf(department.getYear()));
		}
		return null;
	}

	/** The latest monitoring form (highest month) following the declaration, or null when there is none. */
	public Monitoring latest(GoalForm declaration) {
		QualifiedName name = name(declaration);
		Resource own = declaration == null ? null : declaration.eResource();
		ResourceSet resourceSet = own == null ? null : own.getResourceSet();
		if (name == null || resourceSet == null) {
			return null;
		}
		IResourceDescriptions index = descriptions.getResourceDescriptions(resourceSet);
		Monitoring latest = null;
		for (IEObjectDescription description : index.getExportedObjects(PerfPackage.Literals.MONITORING, name, false)) {
			EObject object;
			try {
				object = resourceSet.getEObject(description.getEObjectURI(), true);
			} catch (RuntimeException e) {
				continue; // a file that cannot be read any more is reported when it is checked itself
			}
			if (object instanceof Monitoring monitoring && PerfStages.declaration(monitoring.getLink()) == declaration
					&& (latest == null || month(monitoring) > month(latest))) {
				latest = monitoring;
			}
		}
		return latest;
	}

	private static int month(Monitoring monitoring) {
		return monitoring.getMonth() == null ? 0 : monitoring.getMonth();
	}
}
