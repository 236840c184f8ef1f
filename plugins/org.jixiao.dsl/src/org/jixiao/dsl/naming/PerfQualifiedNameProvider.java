// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.jixiao.model.DepartmentDeclaration;
import org.jixiao.model.Framework;
import org.jixiao.model.IndicatorLibrary;
import org.jixiao.model.ProjectTable;

import com.google.inject.Inject;

/**
 * Only indicator frameworks and indicator libraries are exported to the index (so that "uses
 * framework 中央2021" finds a framework, and content assist finds a project's library entries, in
 * any file of a project). Categories are resolved inside their framework by the scope
 * provider, which knows the document's framework and the synonyms.
 * <p>
 * Declarations are exported too, for the stage links of later forms ({@code follows project "CODE"},
 * {@code follows department "UNIT" year N}): a project table by its code, a department declaration
 * by its unit followed by its year, which the scope provider matches against the link's year.
 */
public class PerfQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj instanceof Framework framework && framework.getName() != null) {
			return QualifiedName.create(framework.getName());
		}
		if (obj instanceof IndicatorLibrary library && library.getName() != null) {
			return QualifiedName.create(library.getName());
		}
		if (obj instanceof ProjectTable project && project.getCode() != null && !project.getCode().isBlank()) {
			return converter.toQualifiedName(project.getCode());
		}
		if (obj instanceof DepartmentDeclaration department && department.getUnit() != null && !department.getUnit().isBlank()
				&& department.getYear() != null) {
			return converter.toQualifiedName(department.getUnit()).append(String.valueOf(department.getYear()));
		}
		return null;
	}
}
