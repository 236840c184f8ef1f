// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.jixiao.dsl.model.PerfMonitoringFollowers;
import org.jixiao.model.Monitoring;
import org.jixiao.model.PerfDocument;

/**
 * Exports what {@code PerfQualifiedNameProvider} names (frameworks and indicator libraries), which
 * are always top-level elements of a document. The walk stops there: descending into every goal
 * and indicator of a large file only to find nothing to export cost as much as several review
 * rules (docs/benchmarks.md). A monitoring form is exported under the declaration it follows
 * ({@link PerfMonitoringFollowers}), so that a self-evaluation finds it in any file.
 */
public class PerfResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		super.createEObjectDescriptions(object, acceptor);
		if (object instanceof Monitoring monitoring) {
			QualifiedName name = PerfMonitoringFollowers.name(monitoring.getLink());
			if (name != null) {
				acceptor.accept(EObjectDescription.create(name, monitoring));
			}
		}
		return object instanceof PerfDocument;
	}
}
