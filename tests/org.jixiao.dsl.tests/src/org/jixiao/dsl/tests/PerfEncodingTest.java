// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.validation.PerfIssueCodes;
import org.jixiao.model.Form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A .perf file's bytes are read the same in every tool (the language's resource): UTF-8 with or
 * without BOM as it is, GB18030 with a warning, anything else as one error where it shows first,
 * whatever encoding the caller asked for.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfEncodingTest {

	private static final String TEXT = "department \"某街道办事处\" year 2020 <\n>\n";

	@Inject
	private PerfTestResources resources;

	@Inject
	private IResourceFactory resourceFactory;

	private XtextResource load(byte[] bytes) throws IOException {
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createURI("memory:/bytes.perf"));
		resources.newResourceSet().getResources().add(resource);
		// the option names UTF-8, as the command line's does: the bytes decide
		resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	private static byte[] withBom(byte[] bom, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(bom);
		out.writeBytes(body);
		return out.toByteArray();
	}

	@Test
	void byteOrderMarkIsNotAnErrorAndNotPartOfTheText() throws IOException {
		XtextResource resource = load(withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, TEXT.getBytes(StandardCharsets.UTF_8)));
		assertThat(resources.errors(resource)).isEmpty();
		assertThat(((Form) PerfTestSupport.document(resource).getElements().get(0)).getUnit()).isEqualTo("某街道办事处");
	}

	@Test
	void gb18030IsReadWithAWarningNamingTheEncoding() throws IOException {
		XtextResource resource = load(TEXT.getBytes(Charset.forName("GB18030")));
		List<Issue> encoding = resources.issues(resource).stream().filter(i -> PerfIssueCodes.ENCODING.equals(i.getCode())).toList();
		assertThat(encoding).hasSize(1);
		assertThat(encoding.get(0).getSeverity()).isEqualTo(Severity.WARNING);
		assertThat(encoding.get(0).getMessage()).contains("GB18030").contains("--to-utf8");
		assertThat(encoding.get(0).getLineNumber()).isEqualTo(1);
		// 某 is C4 B3 in GB18030, which happens to be UTF-8 too; 街 (BD D6) is the first that is not
		assertThat(encoding.get(0).getColumn()).isEqualTo(14);
		assertThat(((Form) PerfTestSupport.document(resource).getElements().get(0)).getUnit()).isEqualTo("某街道办事处");
	}

	@Test
	void utf16IsOneErrorAndNoContent() throws IOException {
		XtextResource resource = load(withBom(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE)));
		List<Issue> errors = resources.errors(resource);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getCode()).isEqualTo(PerfIssueCodes.ENCODING);
		assertThat(errors.get(0).getMessage()).contains("UTF-16");
		assertThat(errors.get(0).getLineNumber()).isEqualTo(1);
		assertThat(errors.get(0).getColumn()).isEqualTo(1);
	}

	@Test
	void aZeroByteMakesAFileBinaryNotText() throws IOException {
		List<Issue> errors = resources.errors(load("goal \"目标\" <\n>\n\u0000\u0001".getBytes(StandardCharsets.UTF_8)));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getMessage()).contains("0x00").contains("二进制");
		assertThat(errors.get(0).getLineNumber()).isEqualTo(3);
		assertThat(errors.get(0).getColumn()).isEqualTo(1);
	}

	@Test
	void undecodableBytesAreOneErrorAtTheFirstBadByte() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("department \"某街道\" year 2020 <\n  ".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xFF);
		bytes.writeBytes(">\n".getBytes(StandardCharsets.UTF_8));
		List<Issue> errors = resources.errors(load(bytes.toByteArray()));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getMessage()).contains("0xFF").doesNotContain("Exception");
		assertThat(errors.get(0).getLineNumber()).isEqualTo(2);
		assertThat(errors.get(0).getColumn()).isEqualTo(3);
	}
}
