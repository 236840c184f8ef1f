// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.documentation.PerfValueReading;
import org.jixiao.model.Category;
import org.jixiao.model.Indicator;
import org.jixiao.model.LibraryEntry;
import org.jixiao.model.Value;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;

import com.google.inject.Injector;

/**
 * The hover text at an offset, from the language's documentation provider: on a category (written
 * or referenced) its 一级/二级 meaning and guidance; on a value its normalised reading
 * ("指标值：≥ 90 %，正向"); on the rest of an indicator line the indicator's reading and library
 * entry. No SWT.
 */
public final class PerfHoverText {

	private final EObjectAtOffsetHelper objectAtOffset;
	private final IEObjectDocumentationProvider documentation;

	public PerfHoverText(Injector injector) {
		objectAtOffset = injector.getInstance(EObjectAtOffsetHelper.class);
		documentation = injector.getInstance(IEObjectDocumentationProvider.class);
	}

	public String at(PerfLiveResource live, int offset) {
		return live.read(resource -> at(resource, offset));
	}

	/** The hover text at the offset, or {@code null} where there is nothing to explain. */
	public String at(XtextResource resource, int offset) {
		EObject referenced = objectAtOffset.resolveCrossReferencedElementAt(resource, offset);
		if (referenced instanceof Category && !referenced.eIsProxy()) {
			return documentation.getDocumentation(referenced);
		}
		EObject element = objectAtOffset.resolveContainedElementAt(resource, offset);
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Value value && value.eContainer() instanceof Indicator) {
				return "指标值：" + PerfValueReading.of(value);
			}
			if (e instanceof Indicator || e instanceof Category || e instanceof LibraryEntry) {
				return documentation.getDocumentation(e);
			}
		}
		return null;
	}
}
