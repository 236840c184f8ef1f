// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Runs in the platform reconciler's background thread after the analyst pauses typing: validates
 * the live resource and hands what it found to the editor ({@link PerfReconcileListener}).
 */
public final class PerfReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final PerfReconcileListener listener;
	private IProgressMonitor monitor = new NullProgressMonitor();

	public PerfReconcilingStrategy(PerfReconcileListener listener) {
		this.listener = listener;
	}

	@Override
	public void setDocument(IDocument document) {
		// the editor's live resource follows the document; nothing to keep here
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		listener.reconcile(monitor);
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		listener.reconcile(monitor);
	}

	@Override
	public void reconcile(IRegion partition) {
		listener.reconcile(monitor);
	}
}
