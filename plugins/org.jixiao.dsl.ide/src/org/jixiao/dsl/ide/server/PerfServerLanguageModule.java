// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.server;

import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import com.google.inject.AbstractModule;

/**
 * What the language adds for the language server on top of its IDE module: the quick fixes as
 * code actions, definitions that reach the frameworks shipped inside the jar, and the
 * workbench's outline as the document symbols.
 */
public class PerfServerLanguageModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(ICodeActionService2.class).to(QuickFixCodeActionService.class);
		bind(DocumentSymbolService.class).to(PerfDocumentSymbolService.class);
		bind(HierarchicalDocumentSymbolService.class).to(PerfOutlineSymbols.class);
	}
}
