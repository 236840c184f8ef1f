// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * "[已过期] " before the name and a warning overlay on a form the builder marked out of date ({@link PerfOutdatedForms}),
 * in the Project Explorer and wherever resources are shown with decorations: the analyst sees that
 * the workbook is not the current text's before opening it. Follows the markers as they change.
 */
public class PerfOutdatedFormDecorator extends LabelProvider implements ILightweightLabelDecorator {

	/** Id of the decorator in plugin.xml. */
	public static final String ID = "org.jixiao.dsl.ui.outdatedForms";

	private final IResourceChangeListener markerListener = this::markersChanged;

	public PerfOutdatedFormDecorator() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(markerListener, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (!(element instanceof IFile file)) {
			return;
		}
		try {
			if (PerfOutdatedForms.isOutdatedForm(file)) {
				decoration.addPrefix(PerfBuildMessages.outdatedLabel); // form names are long: the start stays in view
				decoration.addOverlay(PlatformUI.getWorkbench().getSharedImages()
						.getImageDescriptor(ISharedImages.IMG_DEC_FIELD_WARNING), IDecoration.BOTTOM_LEFT);
			}
		} catch (CoreException e) {
			// a file that went away while being shown: nothing to decorate
		}
	}

	private void markersChanged(IResourceChangeEvent event) {
		Set<IFile> changed = new LinkedHashSet<>();
		for (IMarkerDelta delta : event.findMarkerDeltas(PerfOutdatedForms.MARKER_TYPE, false)) {
			if (delta.getResource() instanceof IFile file) {
				changed.add(file);
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, changed.toArray())));
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(markerListener);
		super.dispose();
	}
}
