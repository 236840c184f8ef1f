// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Go to definition, also into the frameworks shipped with Jixiao: a category such as
 * {@code 产出.数量} is declared in a framework file inside the jar, which no editor can open, so the
 * location given is a copy of that file in the user's cache folder ({@link PerfShippedFiles}).
 * Everything declared in the workspace is found as Xtext finds it.
 */
public class PerfDocumentSymbolService extends DocumentSymbolService {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private DocumentExtensions locations;

	@Inject
	private PerfShippedFiles shippedFiles;

	@Inject
	private PerfOutlineSymbols outline;

	/** For a client without nested symbols: the outline's entries one after the other, each naming its parent. */
	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		List<DocumentSymbol> flat = new ArrayList<>();
		outline.getSymbols(document, resource, params, cancelIndicator).forEach(s -> flatten(s, null, flat));
		return flat;
	}

	private static void flatten(DocumentSymbol symbol, String container, List<DocumentSymbol> flat) {
		DocumentSymbol entry = new DocumentSymbol(symbol.getName(), symbol.getKind(), symbol.getRange(),
				symbol.getSelectionRange(), container);
		flat.add(entry);
		for (DocumentSymbol child : symbol.getChildren()) {
			flatten(child, symbol.getName(), flat);
		}
	}

	@Override
	public List<? extends Location> getDefinitions(Document document, XtextResource resource, DefinitionParams params,
			IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		EObject target = offsets.resolveCrossReferencedElementAt(resource, document.getOffSet(params.getPosition()));
		Resource home = target == null || target.eIsProxy() ? null : target.eResource();
		if (home != null && home.getResourceSet() != resource.getResourceSet()) {
			// not a workspace file: one of the files shipped with Jixiao
			Location location = locations.newLocation(target);
			if (location == null) {
				return List.of();
			}
			Optional<String> copy = shippedFiles.openable(home.getURI());
			if (copy.isEmpty()) {
				return List.of();
			}
			location.setUri(copy.get());
			return List.of(location);
		}
		return super.getDefinitions(document, resource, params, resourceAccess, cancelIndicator);
	}
}
