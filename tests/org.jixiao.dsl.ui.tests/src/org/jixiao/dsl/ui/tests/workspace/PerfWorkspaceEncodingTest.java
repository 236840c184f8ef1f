// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.describe;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.markers;
import static org.jixiao.dsl.ui.tests.workspace.PerfWorkspaceTestSupport.xlsx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The workbench reads a .perf file's bytes as the command line does: a GB18030 file (Chinese
 * Windows) opens with its Chinese intact, is checked with a warning naming the encoding, and its
 * forms are generated; it is converted to UTF-8 only by the warning's quick fix.
 */
class PerfWorkspaceEncodingTest {

	private static final Charset GB18030 = Charset.forName("GB18030");

	@RegisterExtension
	final PerfManualBuilds manualBuilds = new PerfManualBuilds();

	@Test
	void aGb18030FileIsReadAsGb18030WithAWarning() throws Exception {
		IProject project = manualBuilds.project("encoding-gb18030");
		IFile file = project.getFile("社区服务.perf");
		file.create(new ByteArrayInputStream(PerfBuilderTest.TWO_MISTAKES.getBytes(GB18030)), true, null);

		assertThat(file.getCharset()).isEqualTo("GB18030");
		try (InputStream in = file.getContents()) {
			assertThat(new String(in.readAllBytes(), file.getCharset())).isEqualTo(PerfBuilderTest.TWO_MISTAKES);
		}

		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		assertThat(describe(markers(file))).containsExactly("1 warning perf.encoding", "7 warning perf.missing-unit",
				"12 warning perf.unachievable-100");
		assertThat(xlsx(project.getFolder("forms"))).containsExactly(PerfBuilderTest.TWO_MISTAKES_FORM);
	}

	@Test
	void aGb18030FileIsConvertedToUtf8OnlyWhenTheQuickFixIsChosen() throws Exception {
		IProject project = manualBuilds.project("encoding-convert");
		IFile file = project.getFile("社区服务.perf");
		file.create(new ByteArrayInputStream(PerfBuilderTest.TWO_MISTAKES.getBytes(GB18030)), true, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IMarker warning = markers(file).get(0);
		assertThat(PerfIssueMarkers.code(warning)).isEqualTo("perf.encoding");
		// checked and built, the file is still as the analyst saved it
		assertThat(Files.readAllBytes(Path.of(file.getLocationURI()))).isEqualTo(PerfBuilderTest.TWO_MISTAKES.getBytes(GB18030));

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(warning);
		assertThat(fixes).extracting(IMarkerResolution::getLabel).containsExactly(Messages.Encoding_toUtf8);
		fixes[0].run(warning);

		assertThat(Files.readAllBytes(Path.of(file.getLocationURI())))
				.isEqualTo(PerfBuilderTest.TWO_MISTAKES.getBytes(StandardCharsets.UTF_8));
		assertThat(file.getCharset()).isEqualTo("UTF-8");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertThat(describe(markers(file))).containsExactly("7 warning perf.missing-unit", "12 warning perf.unachievable-100");
	}
}
