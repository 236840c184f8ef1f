// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.dsl.ide.quickfix.PerfQuickFixRequest;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;

import com.google.inject.Injector;

/**
 * The quick fixes of the language's IDE-neutral provider ({@code PerfQuickfixProvider}, the one the
 * language server offers as code actions) for one problem, as text replacements for the editor.
 * The problem comes from an editor annotation or a Problems-view marker: code, data, range and
 * message, as {@link org.jixiao.dsl.ui.PerfIssueMarkers} stores them. No SWT.
 */
public final class PerfQuickFixes {

	/** A problem as the editor or a marker knows it. */
	public record Problem(String code, String[] data, int offset, int length, String message) {
	}

	private final IQuickFixProvider provider;
	private final Set<String> fixableCodes;

	public PerfQuickFixes(Injector injector) {
		provider = injector.getInstance(IQuickFixProvider.class);
		fixableCodes = Arrays.stream(provider.getClass().getMethods()).map(m -> m.getAnnotation(QuickFix.class))
				.filter(Objects::nonNull).map(QuickFix::value).collect(Collectors.toUnmodifiableSet());
	}

	/** Whether the language has fixes for problems with this code (its declarative provider's {@link QuickFix} methods). */
	public boolean hasFixes(String code) {
		return code != null && fixableCodes.contains(code);
	}

	/**
	 * Whether a problem with this code and data has fixes: every fix of the language writes what the
	 * issue data holds, so a problem without data has none, and the editor shows no light bulb for it
	 * (a light bulb whose Ctrl+1 offered nothing was the result of asking for the code alone).
	 */
	public boolean hasFixes(String code, String[] data) {
		return hasFixes(code) && data != null && data.length > 0;
	}

	public List<PerfFix> fixes(PerfLiveResource live, Problem problem) {
		return live.read(resource -> fixes(resource, problem));
	}

	/** The fixes of a problem of a resource whose text is the document's. */
	public List<PerfFix> fixes(XtextResource resource, Problem problem) {
		if (!hasFixes(problem.code(), problem.data())) {
			return List.of();
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (problem.offset() < 0 || problem.offset() + problem.length() > text.length()) {
			return List.of();
		}
		PerfQuickFixRequest request = new PerfQuickFixRequest(resource);
		Document document = request.document();
		List<PerfFix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : request.resolutions(provider, problem.code(), problem.data(),
				problem.offset(), problem.length(), problem.message())) {
			fixes.add(new PerfFix(resolution.getLabel(), replacements(resolution.apply(), document)));
		}
		return fixes;
	}

	private static List<PerfFix.Replacement> replacements(WorkspaceEdit edit, Document document) {
		List<PerfFix.Replacement> result = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().values().forEach(edits -> edits.forEach(e -> result.add(replacement(e, document))));
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(Either::isLeft)
					.forEach(change -> change.getLeft().getEdits().stream().filter(Either::isLeft)
							.forEach(e -> result.add(replacement(e.getLeft(), document))));
		}
		return result;
	}

	private static PerfFix.Replacement replacement(TextEdit edit, Document document) {
		int start = document.getOffSet(edit.getRange().getStart());
		int end = document.getOffSet(edit.getRange().getEnd());
		return new PerfFix.Replacement(start, end - start, edit.getNewText());
	}
}
