// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * One line saying what a build did with the files it was asked to generate, for the status line
 * after every save: "已生成 3 张表格到 forms/", or which files were not generated because of errors
 * and how many of their forms in the output folder are therefore out of date.
 */
public record PerfBuildSummary(String text, boolean error) {

	/** The summary of a build's outcomes; {@code folder} is the project's output folder as the settings name it. */
	public static PerfBuildSummary of(List<PerfProjectBuild.Outcome> outcomes, String folder) {
		int forms = 0;
		int outdated = 0;
		List<String> refused = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (PerfProjectBuild.Outcome outcome : outcomes) {
			String name = outcome.file().getName();
			names.add(name);
			forms += outcome.forms().size();
			if (outcome.problem() != null) {
				refused.add(NLS.bind(PerfBuildMessages.failedFile, name, outcome.problem()));
			} else if (outcome.errors() > 0) {
				refused.add(NLS.bind(PerfBuildMessages.notGeneratedFile, name, outcome.errors()));
				outdated += outcome.outdated();
			}
		}
		List<String> parts = new ArrayList<>();
		if (forms > 0) {
			parts.add(NLS.bind(PerfBuildMessages.generated, forms, folder));
		}
		if (!refused.isEmpty()) {
			parts.add(NLS.bind(PerfBuildMessages.notGenerated, String.join(PerfBuildMessages.listSeparator, refused)));
			if (outdated > 0) {
				parts.add(NLS.bind(PerfBuildMessages.outdated, outdated, folder));
			}
		}
		if (parts.isEmpty()) {
			parts.add(NLS.bind(PerfBuildMessages.nothingToGenerate, String.join(PerfBuildMessages.listSeparator, names)));
		}
		return new PerfBuildSummary(String.join(PerfBuildMessages.separator, parts), !refused.isEmpty());
	}
}
