// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.jixiao.dsl.ide.outline.PerfOutlineNode;
import org.jixiao.dsl.ide.outline.PerfOutlineTree;

/**
 * The document symbols (an editor's outline) are the workbench's Outline view: forms, goals and
 * indicators labelled in the forms' words ({@link PerfOutlineTree}). Xtext's own would list only
 * the elements that have a qualified name, which the forms do not.
 */
public class PerfOutlineSymbols extends HierarchicalDocumentSymbolService {

	private static final Map<PerfOutlineNode.Kind, SymbolKind> KINDS = Map.of(PerfOutlineNode.Kind.FORM, SymbolKind.Class,
			PerfOutlineNode.Kind.FRAMEWORK, SymbolKind.Namespace, PerfOutlineNode.Kind.LIBRARY, SymbolKind.Package,
			PerfOutlineNode.Kind.GOAL, SymbolKind.Struct, PerfOutlineNode.Kind.INDICATOR, SymbolKind.Field,
			PerfOutlineNode.Kind.CATEGORY, SymbolKind.Enum, PerfOutlineNode.Kind.DUTY, SymbolKind.Property,
			PerfOutlineNode.Kind.OPINION, SymbolKind.Event);

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		PerfLinePositions positions = new PerfLinePositions(document.getContents());
		return PerfOutlineTree.of(resource).stream().map(node -> symbol(node, positions)).toList();
	}

	private static DocumentSymbol symbol(PerfOutlineNode node, PerfLinePositions positions) {
		DocumentSymbol symbol = new DocumentSymbol();
		symbol.setName(node.label().isBlank() ? "—" : node.label());
		symbol.setKind(KINDS.get(node.kind()));
		symbol.setRange(positions.range(node.offset(), node.length()));
		symbol.setSelectionRange(symbol.getRange());
		symbol.setChildren(node.children().stream().map(child -> symbol(child, positions)).toList());
		return symbol;
	}
}
