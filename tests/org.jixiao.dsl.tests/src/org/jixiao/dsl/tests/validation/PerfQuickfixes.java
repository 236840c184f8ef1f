// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.ide.quickfix.PerfQuickFixRequest;
import org.jixiao.dsl.tests.PerfIdeInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;

import com.google.gson.JsonArray;
import com.google.inject.Inject;

/**
 * Applies quick fixes to a text through the IDE-neutral API the language server uses; injected
 * into tests that run with {@link PerfIdeInjectorProvider}.
 */
public class PerfQuickfixes {

	@Inject
	private PerfTestResources resources;

	@Inject
	private IQuickFixProvider provider;

	public IQuickFixProvider provider() {
		return provider;
	}

	/** Applies the first resolution of the issue with the code at the offset and returns the new text. */
	public String applyFirstFix(String text, String code, int offset) {
		List<DiagnosticResolution> resolutions = resolutions(text, code, offset);
		assertThat(resolutions).as("resolutions for " + code).isNotEmpty();
		return apply(text, resolutions.get(0));
	}

	/** The text with the resolution's edits applied. */
	public String apply(String text, DiagnosticResolution resolution) {
		WorkspaceEdit edit = resolution.apply();
		List<TextEdit> edits = new ArrayList<>();
		edit.getChanges().values().forEach(edits::addAll);
		Document document = new Document(1, text);
		edits.sort(Comparator.comparingInt((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit e : edits) {
			result.replace(document.getOffSet(e.getRange().getStart()), document.getOffSet(e.getRange().getEnd()), e.getNewText());
		}
		return result.toString();
	}

	public List<DiagnosticResolution> resolutions(String text, String code, int offset) {
		return resolutions(text, code, offset, false);
	}

	/** With {@code dataAsJson} the issue data comes back as a language client sends it: a JSON array. */
	public List<DiagnosticResolution> resolutions(String text, String code, int offset, boolean dataAsJson) {
		XtextResource resource = resources.parse(text);
		List<Issue> issues = resources.issues(resource);
		Issue issue = issues.stream().filter(i -> code.equals(i.getCode()) && i.getOffset() == offset).findFirst()
				.or(() -> issues.stream().filter(i -> code.equals(i.getCode())).findFirst())
				.orElseThrow(() -> new AssertionError("no " + code + " in\n" + text + "\n" + PerfTestSupport.describe(issues)));
		Object data = issue.getData();
		if (dataAsJson) {
			JsonArray json = new JsonArray();
			for (String item : issue.getData()) {
				json.add(item);
			}
			data = json;
		}
		return new PerfQuickFixRequest(resource).resolutions(provider, issue.getCode(), data, issue.getOffset(),
				issue.getLength(), issue.getMessage());
	}
}
