// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestResources;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.dsl.tests.bench.PerfValidationBenchmark;
import org.jixiao.dsl.validation.PerfDiagnosticConverter;
import org.jixiao.dsl.validation.PerfDiagnostician;
import org.jixiao.dsl.validation.PerfResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language's validation pipeline (the resource validator converting each finding at once, the
 * walk that skips objects no check applies to, the converter locating issues from the root node)
 * gives exactly Xtext's issues, in Xtext's order: same line, column, end, offset, length, code,
 * severity, message, data and object, on every example and on the benchmark's generated file with
 * its 1,500 findings.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfValidationPipelineTest {

	@Inject
	private PerfTestResources resources;

	@Inject
	private IResourceValidator validator;

	@Inject
	private Provider<ResourceValidatorImpl> resourceValidators;

	@Inject
	private CancelableDiagnostician diagnostician;

	static Stream<Path> examples() {
		return PerfTestSupport.exampleFiles().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void examplesGiveXtextsIssues(Path example) {
		assertSameAsXtext(resources.loadFile(example));
	}

	@Test
	void generatedFileGivesXtextsIssues() {
		XtextResource resource = resources.load(resources.newResourceSet(), "generated.perf",
				PerfValidationBenchmark.generate(5000));
		assertThat(assertSameAsXtext(resource)).isGreaterThan(1000);
	}

	private int assertSameAsXtext(XtextResource resource) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		ResourceValidatorImpl ours = (ResourceValidatorImpl) validator;
		assertThat(ours).isInstanceOf(PerfResourceValidator.class);
		assertThat(ours.getDiagnostician()).isInstanceOf(PerfDiagnostician.class);
		assertThat(ours.getDiagnosticConverter()).isInstanceOf(PerfDiagnosticConverter.class);
		ResourceValidatorImpl xtexts = resourceValidators.get();
		xtexts.setDiagnostician(diagnostician);
		xtexts.setDiagnosticConverter(new DiagnosticConverterImpl());

		List<String> expected = render(xtexts.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		List<String> actual = render(ours.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		assertThat(actual).containsExactlyElementsOf(expected);
		assertThat(expected).allSatisfy(line -> assertThat(line).doesNotStartWith("null:"));
		return expected.size();
	}

	private static List<String> render(List<Issue> issues) {
		return issues.stream()
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + "-" + i.getLineNumberEnd() + ":" + i.getColumnEnd() + " @"
						+ i.getOffset() + "+" + i.getLength() + " " + i.getSeverity() + " [" + i.getCode() + "] " + i.getMessage()
						+ " " + Arrays.toString(i.getData()) + " " + i.getUriToProblem())
				.toList();
	}
}
