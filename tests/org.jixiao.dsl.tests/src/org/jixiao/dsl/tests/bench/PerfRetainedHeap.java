// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.PerfStandaloneSetup;

import com.google.inject.Injector;

/**
 * Heap retained by validation (docs/benchmarks.md): in a fresh JVM, the heap in use after a full
 * collection before loading, with every file of {@code examples/} and a generated file of 5,000
 * indicators loaded, validated and their issues kept (what a command holds at its end), and again
 * once the resources and issues are no longer referenced (what stays in global pools and caches). Run with
 * {@code -XX:+UseSerialGC} from the repository root:
 *
 * <pre>java -XX:+UseSerialGC -cp 'releng/org.jixiao.repository/target/repository/plugins/*:tests/org.jixiao.dsl.tests/target/classes' \
 *     org.jixiao.dsl.tests.bench.PerfRetainedHeap</pre>
 *
 * Prints one line: issues, MB in use before loading, MB held, MB left after dropping (in MB of 10^6 bytes).
 */
public final class PerfRetainedHeap {

	private PerfRetainedHeap() {
	}

	public static void main(String[] args) throws IOException {
		Injector injector = new PerfStandaloneSetup().createInjectorAndDoEMFRegistration();
		Map<String, String> files = new LinkedHashMap<>();
		try (Stream<Path> list = Files.list(Path.of("examples"))) {
			for (Path file : list.filter(f -> f.toString().endsWith(".perf")).sorted().toList()) {
				files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		files.put("generated.perf", PerfValidationBenchmark.generate(5000));
		long before = usedAfterCollection();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (Map.Entry<String, String> file : files.entrySet()) {
			Resource resource = set.createResource(URI.createURI("memory:/" + file.getKey()));
			resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : new ArrayList<>(set.getResources())) {
			issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		long held = usedAfterCollection();
		int count = issues.size();
		issues = null;
		set = null;
		long left = usedAfterCollection();
		System.out.printf(java.util.Locale.ROOT, "issues %d before %.2f held %.2f left %.2f%n", count,
				before / 1e6, (held - before) / 1e6, (left - before) / 1e6);
	}

	private static long usedAfterCollection() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
