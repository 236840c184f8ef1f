// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.jixiao.model.Framework;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.ProjectTable;

/**
 * Only indicator frameworks and indicator libraries are exported to the index (so that "uses
 * framework 中央2021" finds a framework, and content assist finds a project's library entries, in
 * any file of a project). Categories are resolved inside their framework by the scope
 * provider, which knows the document's framework and the synonyms.
 */
public class PerfQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj instanceof Framework framework && framework.getName() != null) {
			return QualifiedName.create(framework.getName());
		}
		if (obj instanceof IndicatorLibrary library && library.getName() != null) {
			return QualifiedName.create(library.getName());
		}
		// the declarations a later stage follows (follows project "CODE" / follows department "UNIT" year N)
		if (obj instanceof ProjectTable project && project.getCode() != null && !project.getCode().isBlank()) {
			return QualifiedName.create(project.getCode());
		}
		if (obj instanceof DepartmentDeclaration department && department.getUnit() != null && !department.getUnit().isBlank()) {
			return QualifiedName.create(department.getUnit());
		}
		return null;
	}
}
