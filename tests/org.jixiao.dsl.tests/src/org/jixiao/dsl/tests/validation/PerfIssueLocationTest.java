// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.bench.PerfValidationBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * Where the issues point, as users see them: the line and column of each issue (the command line's
 * {@code file:line:column}, the editor's and the builder's markers) and of its end are those of its
 * offset and of offset + length in the file's text, and the URI of its object (what a marker links
 * to) leads back to that object, whose text holds the issue: on every example and on the benchmark's
 * generated file with its 1,500 findings.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfIssueLocationTest {

	@Inject
	private PerfTestResources resources;

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void examplesIssuesPointAtTheirText(Path example) {
		assertLocated(resources.loadFile(example));
	}

	@Test
	void generatedFileIssuesPointAtTheirText() {
		XtextResource resource = resources.load(resources.newResourceSet(), "generated.perf",
				PerfValidationBenchmark.generate(5000));
		assertThat(assertLocated(resource)).isGreaterThan(1000);
	}

	private int assertLocated(XtextResource resource) {
		String text = resource.getParseResult().getRootNode().getText();
		List<Issue> issues = resources.issues(resource);
		for (Issue issue : issues) {
			int start = issue.getOffset();
			int end = start + issue.getLength();
			assertThat(new int[] { issue.getLineNumber(), issue.getColumn(), issue.getLineNumberEnd(), issue.getColumnEnd() })
					.as("%s", issue).containsExactly(line(text, start), column(text, start), line(text, end), column(text, end));
			if (issue.getUriToProblem() != null) {
				EObject object = resource.getResourceSet().getEObject(issue.getUriToProblem(), false);
				assertThat(object).as("object of %s", issue).isNotNull();
				assertThat(object.eResource()).isSameAs(resource);
				ICompositeNode node = NodeModelUtils.getNode(object);
				assertThat(node.getTotalOffset() <= start && end <= node.getTotalEndOffset()).as("%s in its object's text", issue)
						.isTrue();
			}
		}
		return issues.size();
	}

	/** Line of an offset, from 1. */
	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	/** Column of an offset, from 1, counting characters (a tab is one). */
	private static int column(String text, int offset) {
		return offset - text.lastIndexOf('\n', offset - 1);
	}
}
