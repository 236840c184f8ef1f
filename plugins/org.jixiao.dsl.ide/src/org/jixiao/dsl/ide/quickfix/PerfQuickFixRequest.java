// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.quickfix;

import java.lang.reflect.Proxy;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Asks the IDE-neutral quick-fix provider for the resolutions of one problem of a parsed resource,
 * outside a language server: the Eclipse editor and the tests use the same request the server
 * builds for a code action, so a fix behaves alike everywhere.
 */
public final class PerfQuickFixRequest {

	private final XtextResource resource;
	private final Document document;

	/** A request on the resource's current text. */
	public PerfQuickFixRequest(XtextResource resource) {
		this.resource = resource;
		this.document = new Document(1, resource.getParseResult().getRootNode().getText());
	}

	/** The resource's text, for turning the resolutions' line/column edits into offsets. */
	public Document document() {
		return document;
	}

	/**
	 * The resolutions of the problem with this code and range. {@code data} is the data as
	 * the validator gave it ({@code String[]}) or as a language client sends it back (a JSON array).
	 */
	public List<DiagnosticResolution> resolutions(IQuickFixProvider provider, String code, Object data, int offset,
			int length, String message) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(Either.forLeft(code));
		diagnostic.setMessage(message);
		diagnostic.setSeverity(DiagnosticSeverity.Warning);
		diagnostic.setRange(new Range(document.getPosition(offset), document.getPosition(offset + length)));
		diagnostic.setData(data == null ? new String[0] : data);
		String uri = resource.getURI().toString();
		Options options = new Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(access(resource.getResourceSet()));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		return provider.getResolutions(options, diagnostic);
	}

	/**
	 * What a language server hands a code action: the live resource set, and a client that takes
	 * plain text edits. The fixes read only these two.
	 */
	private static ILanguageServerAccess access(ResourceSet resourceSet) {
		WorkspaceEditCapabilities workspaceEdit = new WorkspaceEditCapabilities();
		workspaceEdit.setDocumentChanges(false);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceEdit(workspaceEdit);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		InitializeParams params = new InitializeParams();
		params.setCapabilities(capabilities);
		return (ILanguageServerAccess) Proxy.newProxyInstance(PerfQuickFixRequest.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
				case "newLiveScopeResourceSet" -> resourceSet;
				case "getInitializeParams" -> params;
				case "toString" -> "local access";
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				default -> null;
				});
	}
}
