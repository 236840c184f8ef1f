// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.selfeval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.model.PerfStageException;
import org.jixiao.dsl.scoring.PerfScoringProfile;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationDraft;
import org.jixiao.dsl.selfeval.PerfSelfEvaluationStarter;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.builder.PerfProjectBuild;

import com.google.inject.Injector;

/**
 * 开始自评 / Start self-evaluation, without widgets: the source file is read with the other .perf
 * files of its project (frameworks declared there resolve), refused when it has errors or no
 * declaration or project table (a Chinese message with line and column), else the
 * {@link PerfSelfEvaluationStarter} of {@code jixiao selfeval new} makes the document, which goes to
 * {@code NAME-selfeval.perf} beside the source.
 */
public final class PerfSelfEvaluationRun {

	private static final Logger LOG = Logger.getLogger(PerfSelfEvaluationRun.class);

	/** How many of the source's errors a refusal lists. */
	private static final int SHOWN_ERRORS = 10;

	/**
	 * The outcome: a draft to write, or a problem to show (then {@code text} is null).
	 *
	 * @param notes where the profile did not fit the source, as "第 L 行：…"
	 */
	public record Outcome(IFile target, String text, int forms, List<String> notes, String problem) {

		public boolean ready() {
			return problem == null;
		}
	}

	private PerfSelfEvaluationRun() {
	}

	/** {@code NAME-selfeval.perf} beside {@code NAME.perf}. */
	public static IFile targetOf(IFile source) {
		String name = source.getName();
		String stem = name.endsWith(".perf") ? name.substring(0, name.length() - ".perf".length()) : name;
		return source.getParent().getFile(IPath.fromPortableString(stem + "-selfeval.perf"));
	}

	/** Builds the self-evaluation of {@code source} with {@code profile}; writes nothing. */
	public static Outcome prepare(IFile source, PerfScoringProfile profile) {
		IFile target = targetOf(source);
		Loaded loaded = load(source);
		if (loaded.problem() != null) {
			return refused(target, loaded.problem());
		}
		Resource resource = loaded.resource();
		Injector injector = PerfUiInjector.get();

		PerfSelfEvaluationDraft draft;
		try {
			draft = injector.getInstance(PerfSelfEvaluationStarter.class).start(resource, profile);
		} catch (PerfStageException e) {
			return refused(target, cannotStart(source, e));
		}
		if (draft.forms() == 0) {
			return refused(target, NLS.bind(PerfSelfEvalMessages.noDeclaration, source.getFullPath()));
		}
		return ready(target, draft.text(), draft.forms(), notes(draft.notes()));
	}

	/** The notes of a draft, as the status line and the refusal list them ("源文件第 L 行：…"). */
	static List<String> notes(List<PerfSelfEvaluationDraft.Note> notes) {
		return notes.stream().map(note -> note(note.line(), note.message())).toList();
	}

	static String note(int line, String message) {
		return NLS.bind(PerfSelfEvalMessages.noteLine, line, message);
	}

	/** Why a form of the source cannot start the stage, at its line and column. */
	static String cannotStart(IFile source, PerfStageException e) {
		return NLS.bind(PerfSelfEvalMessages.cannotStart, new Object[] { source.getFullPath(), e.line(), e.column(), e.getMessage() });
	}

	/** The source loaded and linked with the other .perf files of its project, or why it cannot start a stage. */
	record Loaded(Resource resource, String problem) {
	}

	/**
	 * Reads the source with the other .perf files of its project (frameworks and the self-evaluations
	 * that follow it are found there); refused when it cannot be read or has errors.
	 */
	static Loaded load(IFile source) {
		if (source.getLocation() == null) {
			return new Loaded(null, NLS.bind(PerfSelfEvalMessages.notLocal, source.getFullPath()));
		}
		Injector injector = PerfUiInjector.get();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		Resource resource;
		try {
			resource = load(resourceSet, source);
			for (IFile sibling : PerfProjectBuild.perfFiles(source.getProject())) {
				if (!sibling.equals(source) && sibling.getLocation() != null) {
					try {
						load(resourceSet, sibling);
					} catch (IOException | RuntimeException e) {
						// an unreadable sibling is the builder's to report; this file may not need it
						LOG.warn(e.getMessage(), e);
					}
				}
			}
		} catch (IOException | RuntimeException | CoreException e) {
			return new Loaded(null, NLS.bind(PerfSelfEvalMessages.unreadable, source.getFullPath(), e.getMessage()));
		}
		EcoreUtil.resolveAll(resourceSet);

		List<Issue> errors = injector.getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			StringBuilder list = new StringBuilder();
			errors.stream().limit(SHOWN_ERRORS).forEach(issue -> list.append('\n')
					.append(NLS.bind(PerfSelfEvalMessages.errorLine, new Object[] { issue.getLineNumber(), issue.getColumn(), issue.getMessage() })));
			if (errors.size() > SHOWN_ERRORS) {
				list.append('\n').append('…');
			}
			return new Loaded(null, NLS.bind(PerfSelfEvalMessages.sourceHasErrors,
					new Object[] { source.getFullPath(), errors.size(), list.toString() }));
		}
		return new Loaded(resource, null);
	}

	private static Resource load(XtextResourceSet resourceSet, IFile file) throws IOException {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.getLocation().toFile().getAbsolutePath()));
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		}
		return resource;
	}

	static Outcome refused(IFile target, String problem) {
		return new Outcome(target, null, 0, List.of(), problem);
	}

	static Outcome ready(IFile target, String text, int forms, List<String> notes) {
		return new Outcome(target, text, forms, List.copyOf(notes), null);
	}

	/** Writes the draft: creates the file, or replaces its contents (the caller asked first), keeping its history. */
	public static void write(Outcome outcome, IProgressMonitor monitor) throws CoreException {
		if (!outcome.ready()) {
			throw new IllegalStateException(outcome.problem());
		}
		byte[] bytes = outcome.text().getBytes(StandardCharsets.UTF_8);
		IFile target = outcome.target();
		if (target.exists()) {
			target.setContents(new ByteArrayInputStream(bytes), IFile.KEEP_HISTORY, monitor);
		} else {
			target.create(new ByteArrayInputStream(bytes), false, monitor);
		}
	}
}
