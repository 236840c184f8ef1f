// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

import java.nio.file.Path;
import java.util.Arrays;

import org.jixiao.dsl.tests.PerfTestSupport;

import com.google.inject.Injector;

/**
 * The fuzz targets by the names {@code fuzz/run} and the corpus folders use: {@code fuzz/corpus/NAME/}
 * holds each target's seeds and every input a finding was made of, replayed by {@link PerfFuzzCorpusTest}.
 */
public enum PerfFuzzTargets {

	PARSER("parser", PerfParserFuzz.class),
	FORMATTER("formatter", PerfFormatterFuzz.class),
	TEXT_IMPORT("text-import", PerfTextImportFuzz.class),
	WORKBOOK_IMPORT("workbook-import", PerfWorkbookImportFuzz.class),
	GENERATOR("generator", PerfGeneratorFuzz.class),
	SCORING("scoring", PerfScoringFuzz.class);

	private final String id;
	private final Class<? extends PerfFuzzTarget> type;

	PerfFuzzTargets(String id, Class<? extends PerfFuzzTarget> type) {
		this.id = id;
		this.type = type;
	}

	public String id() {
		return id;
	}

	/** The class Jazzer runs ({@code --target_class}). */
	public Class<? extends PerfFuzzTarget> type() {
		return type;
	}

	/** The target with the language services of {@code injector}. */
	public PerfFuzzTarget create(Injector injector) throws Exception {
		return type.getConstructor(Injector.class).newInstance(injector);
	}

	/** This target's corpus: seeds ({@code seed-*}) and the inputs of findings ({@code finding-*}). */
	public Path corpus() {
		return PerfTestSupport.repositoryDir().resolve("fuzz").resolve("corpus").resolve(id);
	}

	public static PerfFuzzTargets byId(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no fuzz target " + id));
	}

	/** For fuzz/run: prints the target class of a name. */
	public static void main(String[] args) {
		System.out.println(byId(args[0]).type().getName());
	}
}
