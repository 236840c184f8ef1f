package org.jixiao.dsl.ui.quickfix;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
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

	public List<PerfFix> fixes(PerfLiveResource live, Problem problem) {
		return live.read(resource -> fixes(resource, problem));
	}

	/** The fixes of a problem of a resource whose text is the document's. */
	public List<PerfFix> fixes(XtextResource resource, Problem problem) {
		if (!hasFixes(problem.code())) {
			return List.of();
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (problem.offset() < 0 || problem.offset() + problem.length() > text.length()) {
			return List.of();
		}
		Document document = new Document(1, text);
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(Either.forLeft(problem.code()));
		diagnostic.setMessage(problem.message());
		diagnostic.setSeverity(DiagnosticSeverity.Warning);
		diagnostic.setRange(new Range(document.getPosition(problem.offset()),
				document.getPosition(problem.offset() + problem.length())));
		diagnostic.setData(problem.data() == null ? new String[0] : problem.data());
		String uri = resource.getURI().toString();
		Options options = new Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(access(resource.getResourceSet()));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<PerfFix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
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

	/**
	 * What a language server hands a code action: the live resource set, and a client that takes
	 * plain text edits. The fixes only read these two.
	 */
	private static ILanguageServerAccess access(ResourceSet resourceSet) {
		InitializeParams params = new InitializeParams();
		WorkspaceEditCapabilities workspaceEdit = new WorkspaceEditCapabilities();
		workspaceEdit.setDocumentChanges(false);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceEdit(workspaceEdit);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		return (ILanguageServerAccess) Proxy.newProxyInstance(PerfQuickFixes.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
				case "newLiveScopeResourceSet" -> resourceSet;
				case "getInitializeParams" -> params;
				case "toString" -> "editor access";
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				default -> null;
				});
	}
}
