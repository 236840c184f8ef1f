// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Forms whose source now has errors. The builder does not generate a file with errors, so its forms
 * in the output folder are from an earlier, error-free version: they stay (the last good form is
 * still worth having, and a run of the command line behaves alike) but carry a warning marker
 * {@value #MARKER_TYPE} that says which source has how many errors. The Problems view lists it and
 * {@link PerfOutdatedFormDecorator} marks the file in the Project Explorer. The marker goes when the
 * forms are generated again.
 */
public final class PerfOutdatedForms {

	/** Marker type of an out-of-date form (plugin.xml: a persistent problem marker). */
	public static final String MARKER_TYPE = "org.jixiao.dsl.ui.outdatedForm";

	/** Marker attribute: the workspace path of the form's source. */
	public static final String SOURCE = "source";

	private final IFolder folder;

	public PerfOutdatedForms(IFolder folder) {
		this.folder = folder;
	}

	/** The forms generated from the source that are in the output folder now. */
	public List<IFile> formsOf(IFile source) throws CoreException {
		List<IFile> forms = new ArrayList<>();
		if (!folder.exists()) {
			return forms;
		}
		String path = source.getFullPath().toPortableString();
		for (IResource member : folder.members()) {
			if (member instanceof IFile file && path.equals(file.getPersistentProperty(PerfGeneratedForms.SOURCE))) {
				forms.add(file);
			}
		}
		return forms;
	}

	/** Marks the source's forms as out of date because it has {@code errors} errors; returns how many forms it has. */
	public int mark(IFile source, int errors) throws CoreException {
		List<IFile> forms = formsOf(source);
		String message = NLS.bind(PerfBuildMessages.outdatedMarker, source.getName(), errors);
		for (IFile form : forms) {
			IMarker[] existing = form.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
			if (existing.length == 1 && message.equals(existing[0].getAttribute(IMarker.MESSAGE, null))) {
				continue; // already says so: no marker delta, no flicker in the views
			}
			form.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
			IMarker marker = form.createMarker(MARKER_TYPE);
			marker.setAttribute(IMarker.MESSAGE, message);
			marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
			marker.setAttribute(SOURCE, source.getFullPath().toPortableString());
		}
		return forms.size();
	}

	/** Whether any form of the source is marked out of date. */
	public boolean isOutdated(IFile source) throws CoreException {
		for (IFile form : formsOf(source)) {
			if (isOutdatedForm(form)) {
				return true;
			}
		}
		return false;
	}

	/** Removes the marks of the source's forms (they were generated again). */
	public void clear(IFile source) throws CoreException {
		for (IFile form : formsOf(source)) {
			form.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		}
	}

	/** Whether this file is a form marked out of date. */
	public static boolean isOutdatedForm(IFile file) throws CoreException {
		return file.exists() && file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO).length > 0;
	}
}
