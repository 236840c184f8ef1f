// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli.tests.bench;

import java.lang.reflect.Field;
import java.util.Arrays;

import org.jixiao.cli.PerfCli;
import org.jixiao.dsl.tests.bench.PerfXtextDefaults;

import com.google.inject.Injector;

/**
 * For benchmarks only (benchmarks/overrides.sh): the command line with Xtext's defaults in place of
 * the named overrides of the language's services ({@link PerfXtextDefaults}); {@code shipped} runs
 * it as shipped, through the same steps. The first argument is the variant, the rest the command.
 * The injector is put where the command line keeps its own, after the settings its
 * {@code main} makes before creating it.
 */
public final class PerfCliWithDefaults {

	private PerfCliWithDefaults() {
	}

	public static void main(String[] args) throws ReflectiveOperationException {
		// as PerfCli.useReflectiveInjection, which runs only in main, after the injector here is made
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		System.setProperty("guice_include_stack_traces", "OFF");
		Injector injector = PerfXtextDefaults.standalone(PerfXtextDefaults.names(args[0]));
		Field field = Class.forName("org.jixiao.cli.PerfInjector").getDeclaredField("injector");
		field.setAccessible(true);
		field.set(null, injector);
		PerfCli.main(Arrays.copyOfRange(args, 1, args.length));
	}
}
