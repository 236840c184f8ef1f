// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.reconciler;

import org.eclipse.core.runtime.IProgressMonitor;

/** What the reconciler calls when the document needs checking (the editor). */
public interface PerfReconcileListener {

	void reconcile(IProgressMonitor monitor);
}
