// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.internal;

import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.jixiao.dsl.ui.preferences.PerfWorkbenchSeverities;
import org.jixiao.dsl.ui.reconciler.PerfLiveLinkingResource;
import org.jixiao.dsl.ui.reconciler.PerfPartialParsingHelper;
import org.jixiao.dsl.ui.reconciler.PerfTokenRegionProvider;

import com.google.inject.AbstractModule;

/**
 * What the workbench changes in the language's services: severities from the workspace's or the
 * project's preferences, and a keystroke cheap to replay in a long document, with or without a
 * syntax error: the partial reparse works with the error elsewhere and knows the errors it keeps
 * ({@link PerfPartialParsingHelper}), the edit is widened to whole tokens by lexing from the token
 * before it ({@link PerfTokenRegionProvider}), and resolving references does not build "not found"
 * messages only to remove them ({@link PerfLiveLinkingResource}).
 */
public class PerfUiModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IssueSeveritiesProvider.class).to(PerfWorkbenchSeverities.class);
		bind(IPartialParsingHelper.class).to(PerfPartialParsingHelper.class);
		bind(XtextResource.class).to(PerfLiveLinkingResource.class);
		bind(TokenRegionProvider.class).to(PerfTokenRegionProvider.class);
	}
}
