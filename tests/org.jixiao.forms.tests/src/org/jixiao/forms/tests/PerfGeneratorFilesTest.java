// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.poi.util.TempFile;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.generator.PerfFileNames;
import org.jixiao.forms.generator.PerfPoiTempFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The files the generator makes besides the workbook's content: its name, and POI's temporary files. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfGeneratorFilesTest {

	@Inject
	private PerfFidelity fidelity;

	@Test
	void poiTemporaryFilesGoToAFolderOfThisRunThatOnlyThisUserCanEnter() throws IOException {
		// generating sets the folder, as the command line and the workbench do
		PerfFidelity.bytes(PerfFidelity.plan(fidelity.load("qingling-2020-declaration.perf")).get(0));

		File probe = TempFile.createTempFile("probe", ".tmp");
		try {
			Path folder = probe.toPath().getParent();
			assertThat(folder).isEqualTo(PerfPoiTempFiles.use());
			assertThat(folder.getFileName().toString()).startsWith("jixiao-poi-").isNotEqualTo("poifiles");
			assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		} finally {
			Files.delete(probe.toPath());
		}
	}

	@Test
	void fileNamesDropBidirectionalControlsAndReplaceControlCharacters() {
		String name = PerfFileNames.of("某街道\u202Exslx.exe\u001B[31m", 2020, "项目支出绩效目标表");
		assertThat(name).isEqualTo("某街道xslx.exe_[31m-2020-项目支出绩效目标表.xlsx");
		assertThat(name.codePoints()).noneMatch(cp -> cp < 0x20 || Character.getType(cp) == Character.FORMAT);
	}

	@Test
	void aLongUnitNameIsCutSoThatYearAndFormNameStay() {
		String name = PerfFileNames.of("单".repeat(100), 2020, "部门整体支出绩效目标申报表");
		assertThat(name).isEqualTo("单".repeat(40) + "-2020-部门整体支出绩效目标申报表.xlsx");
	}
}
