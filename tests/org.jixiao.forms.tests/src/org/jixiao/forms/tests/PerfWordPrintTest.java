// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.dsl.tests.PerfTestSupport;
import org.jixiao.forms.docx.PerfWordDocument;
import org.jixiao.forms.output.PerfGeneration;
import org.jixiao.forms.generator.PerfOutputFile;
import org.jixiao.forms.layout.PerfLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every Word document of the examples opens in LibreOffice: converted headless to PDF, each gives a
 * PDF whose text starts with the document's title. A document LibreOffice cannot open gives no PDF
 * and fails the test. LibreOffice Writer and poppler are installed by {@code ./verify}; without them
 * the test fails, it does not skip.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfWordPrintTest {


	@Inject
	private PerfFidelity fidelity;

	@Test
	void libreOfficeOpensEveryGeneratedWordDocument() throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("jixiao-docx");
		try {
			String soffice = tool("soffice");
			tool("pdftotext");
			PerfGeneration generation = new PerfGeneration(PerfLayouts.builtin());
			Map<String, PerfWordDocument> documents = new LinkedHashMap<>();
			for (Path file : PerfTestSupport.exampleFiles()) {
				for (PerfOutputFile output : generation.plan(fidelity.loadFile(file), null)) {
					if (output instanceof PerfWordDocument document) {
						String name = "d" + documents.size();
						Files.write(dir.resolve(name + ".docx"), generation.bytes(document));
						documents.put(name, document);
					}
				}
			}
			assertThat(documents).as("the duty targets and eleven report drafts").hasSize(11);
			List<String> command = new ArrayList<>(List.of(soffice,
					// a private profile: concurrent runs do not share (and lock) one
					"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf", "--outdir",
					dir.toString()));
			documents.keySet().forEach(name -> command.add(dir.resolve(name + ".docx").toString()));
			run(dir, command);
			for (Map.Entry<String, PerfWordDocument> entry : documents.entrySet()) {
				Path pdf = dir.resolve(entry.getKey() + ".pdf");
				assertThat(pdf).as("LibreOffice 打开并转换了 / LibreOffice opened and converted %s (Writer installed?)",
						entry.getValue().fileName()).exists();
				String text = run(dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).replaceAll("\\s+", "");
				String first = PerfWordText.styled(PerfWordText.open(generation.bytes(entry.getValue())), "Title").get(0);
				assertThat(text).as(entry.getValue().fileName()).startsWith(first.replaceAll("\\s+", ""));
			}
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/** The program's full path; its absence fails the test with what to install. */
	private static String tool(String name) {
		for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(entry, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new AssertionError("找不到 " + name + "：此测试需要 LibreOffice Writer 与 poppler-utils，./verify 会自动安装；或运行 "
				+ "apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk poppler-utils"
				+ " / " + name + " not found: the test needs LibreOffice Writer and poppler-utils, which ./verify installs");
	}

	private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
		return PerfExternalCommand.run(dir, command);
	}
}
