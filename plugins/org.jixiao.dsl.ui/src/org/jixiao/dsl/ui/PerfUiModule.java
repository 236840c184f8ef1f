package org.jixiao.dsl.ui;

import org.eclipse.xtext.validation.IssueSeveritiesProvider;
import org.jixiao.dsl.ui.preferences.PerfWorkbenchSeverities;

import com.google.inject.AbstractModule;

/** What the workbench changes in the language's services: severities from the workspace's or the project's preferences. */
public class PerfUiModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IssueSeveritiesProvider.class).to(PerfWorkbenchSeverities.class);
	}
}
