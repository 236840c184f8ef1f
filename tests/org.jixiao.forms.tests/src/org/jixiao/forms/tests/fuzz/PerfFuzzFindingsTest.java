// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jixiao.dsl.tests.PerfInjectorProvider;
import org.jixiao.forms.importer.PerfImportNote;
import org.jixiao.forms.importer.PerfImportResult;
import org.jixiao.forms.importer.PerfTableImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * What the user sees for each defect the fuzzers found (the inputs themselves are replayed from
 * {@code fuzz/corpus/TARGET/finding-*} by {@link PerfFuzzCorpusTest}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PerfInjectorProvider.class)
class PerfFuzzFindingsTest {

	@Inject
	private Injector injector;

	private static List<PerfImportNote> errors(PerfImportResult result) {
		return result.report().stream().filter(n -> n.severity() == PerfImportNote.Severity.ERROR).toList();
	}

	/** Text pasted with zero characters was imported, and the .perf written could not be read back. */
	@Test
	void pastedTextWithAZeroCharacterIsRefusedWhereItStands() {
		PerfImportResult result = new PerfTableImporter(injector).importText("项目名称 | 社区服务\n指标 | 数量\u0000\u0000 | 10 个\n", "剪贴板");
		assertThat(errors(result)).singleElement().extracting(PerfImportNote::format)
				.isEqualTo("剪贴板:2:8: error: 不是表格文本（含二进制内容，第一处在此），无法导入。 Not table text: it holds binary content.");
		assertThat(result.perfText()).isEmpty();
	}
}
