// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ide.folding.PerfFoldingRegions;

/**
 * Xtext's language server with Jixiao's semantic tokens and folding (the workbench's), and the
 * diagnostics marked as Jixiao's.
 * Xtext's own semantic tokens know only the styles keyword, default and number, so the highlighting
 * of categories, units and comparators (the workbench's) would be lost; they are served here instead.
 */
public class PerfLanguageServer extends LanguageServerImpl {

	/** Shown by editors beside each diagnostic. */
	public static final String SOURCE = "jixiao";

	private final PerfPublishedDiagnostics published = new PerfPublishedDiagnostics(uri -> getURI(new TextDocumentIdentifier(uri)));

	@Override
	public void connect(LanguageClient client) {
		super.connect(published.recording(client));
	}

	/** The quick fixes of the diagnostics the client names, on the ranges the server gave them. */
	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancelIndicator) {
		if (params.getContext() != null && params.getContext().getDiagnostics() != null) {
			published.restoreRanges(params.getTextDocument().getUri(), params.getContext().getDiagnostics());
		}
		return super.codeAction(params, cancelIndicator);
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
				new SemanticTokensLegend(PerfSemanticTokens.TYPES, List.of()));
		tokens.setFull(true);
		tokens.setRange(false);
		capabilities.setSemanticTokensProvider(tokens);
		return capabilities;
	}

	@Override
	protected SemanticTokens semanticTokensFull(SemanticTokensParams params, CancelIndicator cancelIndicator) {
		URI uri = getURI(params.getTextDocument());
		ISemanticHighlightingCalculator calculator = getService(uri, ISemanticHighlightingCalculator.class);
		if (calculator == null) {
			return new SemanticTokens(List.of());
		}
		return getWorkspaceManager().doRead(uri,
				(document, resource) -> PerfSemanticTokens.of(calculator, document, resource, cancelIndicator));
	}

	/** The workbench's folding: forms, goals, fund blocks, duties, comments ({@link PerfFoldingRegions}). */
	@Override
	protected List<FoldingRange> foldingRange(FoldingRangeRequestParams params, CancelIndicator cancelIndicator) {
		return getWorkspaceManager().doRead(getURI(params.getTextDocument()), (document, resource) -> {
			PerfLinePositions positions = new PerfLinePositions(document.getContents());
			List<FoldingRange> ranges = new ArrayList<>();
			for (PerfFoldingRegions.Region region : PerfFoldingRegions.of(resource)) {
				// a region ends after its last line's delimiter: the line is the one before that end
				int first = positions.position(region.offset()).getLine();
				int last = positions.position(Math.max(region.offset(), region.offset() + region.length() - 1)).getLine();
				if (last > first) {
					ranges.add(new FoldingRange(first, last));
				}
			}
			return ranges;
		});
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
