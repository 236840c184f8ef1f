// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.osgi.util.NLS;
import org.jixiao.dsl.model.PerfStageException;
import org.jixiao.dsl.monitoring.PerfMonitoringDraft;
import org.jixiao.dsl.monitoring.PerfMonitoringStarter;
import org.jixiao.dsl.ui.internal.PerfUiInjector;

/**
 * 新建运行监控表 / New monitoring form, without widgets: the source is read with the other .perf files
 * of its project, refused like 开始自评 when it has errors or no declaration, else the
 * {@link PerfMonitoringStarter} of {@code jixiao monitor new} makes the document, which goes beside the
 * source as {@code NAME-monitor-X.perf}.
 */
public final class PerfMonitoringRun {

	/** The month proposed: the usual mid-year monitoring, 1–6月 (docs/lifecycle.md). */
	public static final int DEFAULT_MONTH = 6;

	private PerfMonitoringRun() {
	}

	/** Builds the monitoring forms of {@code source} for 1–{@code month}月; writes nothing. */
	public static PerfSelfEvaluationRun.Outcome prepare(IFile source, int month) {
		IFile target = source.getParent().getFile(IPath.fromPortableString(PerfMonitoringStarter.fileName(source.getName(), month)));
		PerfSelfEvaluationRun.Loaded loaded = PerfSelfEvaluationRun.load(source);
		if (loaded.problem() != null) {
			return PerfSelfEvaluationRun.refused(target, loaded.problem());
		}
		PerfMonitoringDraft draft;
		try {
			draft = PerfUiInjector.get().getInstance(PerfMonitoringStarter.class).start(loaded.resource(), month);
		} catch (PerfStageException e) {
			return PerfSelfEvaluationRun.refused(target, PerfSelfEvaluationRun.cannotStart(source, e));
		}
		if (draft.forms() == 0) {
			return PerfSelfEvaluationRun.refused(target, NLS.bind(PerfSelfEvalMessages.monitorNoDeclaration, source.getFullPath()));
		}
		return PerfSelfEvaluationRun.ready(target, draft.text(), draft.forms(),
				draft.notes().stream().map(note -> PerfSelfEvaluationRun.note(note.line(), note.message())).toList());
	}
}
