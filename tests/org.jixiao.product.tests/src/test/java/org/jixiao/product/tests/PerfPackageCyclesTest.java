// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * No package of a Jixiao bundle depends, through other packages of the same bundle, on itself:
 * each bundle's packages form layers a maintainer can read bottom-up. Checked on the bundles as
 * built into the p2 repository, so generated code (src-gen, emf-gen) counts too. Every bundle is strict:
 * no cycle is recorded or tolerated.
 */
class PerfPackageCyclesTest {

	/** The command line's bundles (p2 repository) and the workbench's (product). */
	private static final List<Path> PLUGIN_FOLDERS = List.of(
			Path.of(System.getProperty("jixiao.repository.plugins",
					"../../releng/org.jixiao.repository/target/repository/plugins")),
			Path.of(System.getProperty("jixiao.product.dir",
					"../../releng/org.jixiao.product/target/products/org.jixiao.product/linux/gtk/x86_64/jixiao"))
					.resolve("plugins"));

	static List<Path> bundles() throws IOException {
		Map<String, Path> ours = new TreeMap<>();
		for (Path folder : PLUGIN_FOLDERS) {
			try (Stream<Path> jars = Files.list(folder)) {
				jars.filter(jar -> jar.getFileName().toString().matches("org\\.jixiao\\.[\\w.]+_.*\\.jar"))
						.forEach(jar -> ours.putIfAbsent(bundleOf(jar), jar));
			}
		}
		assertThat(ours.keySet()).as("Jixiao bundles in " + PLUGIN_FOLDERS).contains("org.jixiao.model",
				"org.jixiao.dsl", "org.jixiao.dsl.ide", "org.jixiao.forms", "org.jixiao.cli", "org.jixiao.dsl.ui",
				"org.jixiao.rcp");
		return List.copyOf(ours.values());
	}

	private static String bundleOf(Path jar) {
		return jar.getFileName().toString().replaceFirst("_.*", "");
	}

	/**
	 * EMF's generated package and factory interfaces create their implementation singletons
	 * ({@code PerfPackage.eINSTANCE = PerfPackageImpl.init()}): that one edge from the interfaces to
	 * {@code impl} is how EMF works and is not counted.
	 */
	private static final DescribedPredicate<JavaClass> EMF_SINGLETON = new DescribedPredicate<>(
			"EMF's generated package and factory interfaces") {
		@Override
		public boolean test(JavaClass javaClass) {
			return javaClass.isInterface() && (javaClass.isAssignableTo("org.eclipse.emf.ecore.EPackage")
					|| javaClass.isAssignableTo("org.eclipse.emf.ecore.EFactory"));
		}
	};

	/**
	 * One slice per package, the bundle's root package included: a pattern such as
	 * "org.jixiao.dsl.(*).." would fold sub-packages into their parent and hide a cycle between them.
	 */
	private static SliceAssignment packagesOf(String bundle) {
		return new SliceAssignment() {
			@Override
			public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
				String name = javaClass.getPackageName();
				return name.equals(bundle) || name.startsWith(bundle + ".") ? SliceIdentifier.of(name)
						: SliceIdentifier.ignore();
			}

			@Override
			public String getDescription() {
				return "the packages of " + bundle;
			}
		};
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bundles")
	void packagesOfTheBundleHaveNoCycle(Path jar) throws IOException {
		String bundle = bundleOf(jar);
		JavaClasses classes;
		try (JarFile file = new JarFile(jar.toFile())) {
			classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
					.importJar(file);
		}
		ArchRule rule = slices().assignedFrom(packagesOf(bundle)).should().beFreeOfCycles()
				.ignoreDependency(EMF_SINGLETON, DescribedPredicate.alwaysTrue()).allowEmptyShould(true).as("packages of " + bundle + " are free of cycles");
		rule.check(classes);
	}
}
