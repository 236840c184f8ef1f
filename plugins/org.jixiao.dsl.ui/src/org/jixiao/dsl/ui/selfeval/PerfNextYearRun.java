// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.osgi.util.NLS;
import org.jixiao.dsl.stages.PerfNextYearDraft;
import org.jixiao.dsl.stages.PerfNextYearStarter;
import org.jixiao.dsl.ui.internal.PerfUiInjector;

/**
 * 下一年申报 / Next year's declaration, without widgets: the source is read with the other .perf files
 * of its project (where the self-evaluation that follows it is), refused like 开始自评 when it has
 * errors or no declaration, else the {@link PerfNextYearStarter} of {@code jixiao next-year} makes
 * the document, which goes beside the source with the new year in its name.
 */
public final class PerfNextYearRun {

	private PerfNextYearRun() {
	}

	/** The declaration's year (the first form's), for the dialog to propose the next; null when unreadable or without one. */
	public static Integer yearOf(IFile source) {
		PerfSelfEvaluationRun.Loaded loaded = PerfSelfEvaluationRun.load(source);
		return loaded.problem() != null ? null : PerfNextYearStarter.yearOf(loaded.resource());
	}

	/** Builds next year's declarations of {@code source} for {@code year}; writes nothing. */
	public static PerfSelfEvaluationRun.Outcome prepare(IFile source, int year) {
		IFile target = source.getParent().getFile(IPath.fromPortableString(PerfNextYearStarter.fileName(source.getName(), year)));
		PerfSelfEvaluationRun.Loaded loaded = PerfSelfEvaluationRun.load(source);
		if (loaded.problem() != null) {
			return PerfSelfEvaluationRun.refused(target, loaded.problem());
		}
		PerfNextYearDraft draft = PerfUiInjector.get().getInstance(PerfNextYearStarter.class).start(loaded.resource(), year);
		if (draft.forms() == 0) {
			return PerfSelfEvaluationRun.refused(target, NLS.bind(PerfSelfEvalMessages.nextYearNoDeclaration, source.getFullPath()));
		}
		if (target.equals(source)) {
			return PerfSelfEvaluationRun.refused(target, NLS.bind(PerfSelfEvalMessages.nextYearSameYear, year));
		}
		return PerfSelfEvaluationRun.ready(target, draft.text(), draft.forms(), PerfSelfEvaluationRun.notes(draft.notes()));
	}
}
