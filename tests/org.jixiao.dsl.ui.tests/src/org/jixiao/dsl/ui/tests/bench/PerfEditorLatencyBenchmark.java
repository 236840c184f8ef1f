// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.tests.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.jixiao.dsl.PerfRuntimeModule;
import org.jixiao.dsl.ide.PerfIdeModule;
import org.jixiao.dsl.ide.PerfIdeSetup;
import org.jixiao.dsl.ide.contentassist.antlr.PerfParser;
import org.jixiao.dsl.ui.contentassist.PerfProposal;
import org.jixiao.dsl.ui.contentassist.PerfProposalComputer;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.internal.PerfUiModule;
import org.jixiao.dsl.ui.reconciler.PerfDocumentValidator;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;
import org.jixiao.dsl.ui.reconciler.PerfQuickValidation;
import org.jixiao.model.LibraryEntry;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Editor latency on a generated 5,000-line document (docs/benchmarks.md says how to run it),
 * through the code paths the editor runs, headless:
 * <ul>
 * <li>content assist: the analyst types a space after {@code indicator 产出.数量} in a goal in the
 * middle of the document; the live resource replays the edit, then the library proposals are
 * computed (Ctrl+Space at once). Measured again with the edit already replayed, as the editor's
 * background catch-up leaves it before content assist auto-activates 300 ms after the space.
 * Baseline in the same run: Xtext's own content assist (whole text before the cursor parsed) on a
 * resource parsed from the same text.</li>
 * <li>reconcile-validate: the analyst changes one number (5 to 6 and back); the live resource
 * replays the edit, and the editor shows first the changed goal's problems (the quick check: what
 * the analyst waits for), then the whole document's (the complete validation, every rule). Both
 * steps are timed, and the two together; the complete validation alone after the edit too (what the
 * editor did before). Once in the document content assist left with an unfinished line above the
 * edit in the same goal, once in a valid document. Baseline: parsing a fresh copy of the text,
 * linking and validating it, as a reconciler without the live resource would.</li>
 * </ul>
 * Targets: proposals under 50 ms and validation under 150 ms at the median. Each figure is wall time
 * and, beside it, the measuring thread's CPU time ({@link ThreadMXBean}; Xtext computes the contexts of
 * a content-assist request on a pool, whose CPU time it does not include); the system load average is
 * printed before and after, since the machine is shared.
 */
public final class PerfEditorLatencyBenchmark {

	/** Runs before measuring and measured runs ({@code -Dwarmup=N -Druns=N}: fewer for the comparison of overrides). */
	private static final int WARMUP = Integer.getInteger("warmup", 30);
	private static final int RUNS = Integer.getInteger("runs", 100);
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Sorted wall and thread CPU times of the runs, in nanoseconds. */
	private record Times(long[] wall, long[] cpu) {
	}

	private PerfEditorLatencyBenchmark() {
	}

	public static void main(String[] args) {
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		String text = generated(lines);
		List<String> defaults = args.length > 1 && !args[1].equals("shipped") ? List.of(args[1].split(",")) : List.of();
		// the editor's injector (PerfUiInjector's modules) without the workbench's preferences, which need the platform
		Injector injector = withDefaults(defaults);
		System.out.println("Xtext's defaults instead of: " + (defaults.isEmpty() ? "none (as shipped)" : defaults));
		String cursorLine = "\tindicator 产出.数量 \n";
		int middle = text.indexOf("annual goal", text.length() / 2);
		int lineEnd = text.indexOf('\n', middle) + 1;
		String document = text.substring(0, lineEnd) + cursorLine + text.substring(lineEnd);
		int cursor = lineEnd + cursorLine.length() - 1;
		System.out.printf("load average before: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf("document: %d lines, %d characters; cursor on line %d%n", document.split("\n").length,
				document.length(), document.substring(0, cursor).split("\n").length);

		// content assist: the editor's path
		PerfLiveResource live = new PerfLiveResource(injector, URI.createURI("memory:/bench.perf"), document, Map.of());
		PerfProposalComputer computer = new PerfProposalComputer(injector);
		Times editor = measure(() -> {
			live.edited(cursor - 1, 1, " ");
			List<PerfProposal> proposals = computer.proposals(live, cursor);
			check(!proposals.isEmpty() && proposals.get(0).description().startsWith("指标库"), "library proposals");
			return proposals.size();
		});
		// Comparing an override with Xtext's default (a variant given): the figures an override can change only;
		// the baselines measure Xtext without the editor, the same for every variant.
		boolean variants = args.length > 1;
		// the same after the edit was replayed in the background (not timed), as in the editor
		Times current = variants ? null : measure(() -> {
			live.edited(cursor - 1, 1, " ");
			live.read(resource -> resource);
		}, () -> {
			List<PerfProposal> proposals = computer.proposals(live, cursor);
			check(!proposals.isEmpty() && proposals.get(0).description().startsWith("指标库"), "library proposals");
			return proposals.size();
		}, () -> {
		});
		// baseline: Xtext's content assist without the shortcuts
		Injector xtext = variants ? null : Guice.createInjector(Modules2.mixin(new PerfRuntimeModule(), new PerfIdeModule(), binder -> {
			binder.bind(ContentAssistContextFactory.class);
			binder.bind(IContentAssistParser.class).to(PerfParser.class);
		}));
		XtextResource parsed = variants ? null : parse(xtext, document);
		ExecutorService pool = Executors.newCachedThreadPool();
		Times xtextAssist = variants ? null : measure(() -> {
			ContentAssistContextFactory factory = xtext.getInstance(ContentAssistContextFactory.class);
			factory.setPool(pool);
			ContentAssistContext[] contexts = factory.create(document, new TextRegion(cursor, 0), cursor, parsed);
			IdeContentProposalAcceptor acceptor = xtext.getInstance(IdeContentProposalAcceptor.class);
			xtext.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
			long library = 0;
			for (var entry : acceptor.getEntries()) {
				library += entry.getSource() instanceof LibraryEntry ? 1 : 0;
			}
			check(library > 0, "baseline library proposals");
			return library;
		});
		pool.shutdownNow();
		report("content assist (edit + proposals)", editor);
		if (!variants) {
			report("content assist (resource current)", current);
			report("baseline: Xtext content assist", xtextAssist);
			System.out.printf("ratio of medians: %.2f (edit + proposals), %.2f (resource current)   target: median < 50 ms%n%n",
					median(editor.wall()) / (double) median(xtextAssist.wall()), median(current.wall()) / (double) median(xtextAssist.wall()));
		}

		// reconcile-validate: the editor's path, in the document left by content assist (its unfinished line
		// "indicator 产出.数量 " is a syntax error above the edit, in the same goal) and in the generated document
		// without it. One digit changes each run (5 to 6 and back). The editor first shows the changed goal's
		// problems (quick), then the whole document's (complete): both are timed, one after the other.
		PerfDocumentValidator validator = new PerfDocumentValidator(injector);
		int digit = document.indexOf("≥ 5 次", middle) + 2;
		Times[] reconcile = reconcile(live, validator, digit);
		PerfLiveResource valid = new PerfLiveResource(injector, URI.createURI("memory:/valid.perf"), text, Map.of());
		int validDigit = text.indexOf("≥ 5 次", middle) + 2;
		Times[] reconcileValid = reconcile(valid, validator, validDigit);
		// the complete validation alone after the edit, as the editor did before the quick check
		boolean[] flip = { false };
		Times completeOnly = variants ? null : measure(() -> {
			flip[0] = !flip[0];
			live.edited(digit, 1, flip[0] ? "6" : "5");
			List<Issue> issues = validator.validate(live, CancelIndicator.NullImpl);
			check(issues != null && issues.stream().anyMatch(Issue::isSyntaxError), "validation");
			return issues.size();
		});
		// baseline: a parsed copy of the text, linked and validated
		IResourceValidator resourceValidator = injector.getInstance(IResourceValidator.class);
		Times copy = variants ? null : measure(() -> {
			XtextResource fresh = parse(injector, document);
			List<Issue> issues = resourceValidator.validate(fresh, CheckMode.ALL, CancelIndicator.NullImpl);
			return issues.size();
		});
		report("quick: changed goal (syntax error above)", reconcile[0]);
		report("  then complete (syntax error above)", reconcile[1]);
		report("  edit to complete result", reconcile[2]);
		report("quick: changed goal (valid document)", reconcileValid[0]);
		report("  then complete (valid document)", reconcileValid[1]);
		report("  edit to complete result", reconcileValid[2]);
		if (variants) {
			System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			return;
		}
		report("complete alone (syntax error above)", completeOnly);
		report("baseline: parse copy + validate", copy);
		System.out.printf("ratio of medians to the baseline: quick %.2f, edit to complete result %.2f (syntax error above); "
				+ "quick %.2f, edit to complete result %.2f (valid document)   target: median < 150 ms%n",
				median(reconcile[0].wall()) / (double) median(copy.wall()), median(reconcile[2].wall()) / (double) median(copy.wall()),
				median(reconcileValid[0].wall()) / (double) median(copy.wall()),
				median(reconcileValid[2].wall()) / (double) median(copy.wall()));
		System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/**
	 * The editor's injector ({@link PerfUiInjector}'s modules); for comparing an override with Xtext's
	 * default in the same run (docs/benchmarks.md), with Xtext's services in place of the named
	 * overrides (a comma-separated second argument): {@code partial} (partial reparse), {@code tokens}
	 * (widening an edit to whole tokens), {@code linking} (the resource's linking).
	 */
	private static Injector withDefaults(List<String> names) {
		Module editor = binder -> {
			for (String name : names) {
				switch (name) {
				case "partial" -> binder.bind(IPartialParsingHelper.class).to(PartialParsingHelper.class);
				case "tokens" -> binder.bind(TokenRegionProvider.class);
				case "linking" -> binder.bind(XtextResource.class).to(LazyLinkingResource.class);
				default -> throw new IllegalArgumentException("no such override: " + name);
				}
			}
		};
		return new PerfIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(new PerfRuntimeModule(), new PerfIdeModule(), new PerfUiModule(), editor));
			}
		}.createInjectorAndDoEMFRegistration();
	}

	/**
	 * The editor's reconcile after a one-digit edit, timed in its two steps: the quick check of the
	 * changed goal (edit replayed, the goal's problems with the last complete result's elsewhere), then
	 * the complete validation; and the two together. Each run's complete result is the next one's base.
	 */
	private static Times[] reconcile(PerfLiveResource live, PerfDocumentValidator validator, int digit) {
		String[] text = { live.read(r -> r.getParseResult().getRootNode().getText()) };
		PerfQuickValidation.Base[] base = { new PerfQuickValidation.Base(text[0], validator.validate(live, CancelIndicator.NullImpl)) };
		long[][] wall = new long[3][RUNS];
		long[][] cpu = new long[3][RUNS];
		for (int i = -WARMUP; i < RUNS; i++) {
			// the first run changes the 5 of the text to 6, whatever the number of warm-up runs
			String replacement = (i + WARMUP) % 2 == 0 ? "6" : "5";
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			live.edited(digit, 1, replacement);
			PerfQuickValidation.Result quick = validator.validateChanged(live, base[0], CancelIndicator.NullImpl);
			long quickWall = System.nanoTime() - start;
			long quickCpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
			List<Issue> complete = validator.validate(live, CancelIndicator.NullImpl);
			long totalWall = System.nanoTime() - start;
			long totalCpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
			check(quick != null && quick.start() <= digit && digit < quick.end(), "quick check of the changed goal");
			check(complete != null, "complete validation");
			text[0] = new StringBuilder(text[0]).replace(digit, digit + 1, replacement).toString();
			base[0] = new PerfQuickValidation.Base(text[0], complete);
			if (i >= 0) {
				wall[0][i] = quickWall;
				cpu[0][i] = quickCpu;
				wall[1][i] = totalWall - quickWall;
				cpu[1][i] = totalCpu - quickCpu;
				wall[2][i] = totalWall;
				cpu[2][i] = totalCpu;
			}
		}
		Times[] result = new Times[3];
		for (int k = 0; k < 3; k++) {
			Arrays.sort(wall[k]);
			Arrays.sort(cpu[k]);
			result[k] = new Times(wall[k], cpu[k]);
		}
		return result;
	}

	/** Goals of eight indicators each, like the content-assist benchmark's document, to about {@code lines} lines. */
	static String generated(int lines) {
		StringBuilder text = new StringBuilder();
		int goal = 0;
		int count = 0;
		while (count < lines) {
			goal++;
			text.append("annual goal 年度目标").append(goal).append(" \"保障第").append(goal).append("项工作正常开展\" <\n");
			for (int i = 1; i <= 8; i++) {
				text.append("\tindicator 产出.数量 \"工作任务").append(goal).append('-').append(i).append("\" ≥ ").append(i)
						.append(" 次 basis \"计划标准\"\n");
			}
			text.append(">\n\n");
			count += 11;
		}
		return text.toString();
	}

	private static XtextResource parse(Injector injector, String text) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class)
				.createResource(URI.createURI("memory:/copy.perf"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	private static Times measure(LongSupplier run) {
		return measure(() -> {
		}, run, () -> {
		});
	}

	/** Times {@code run} only; {@code before} and {@code after} run untimed around each run. */
	private static Times measure(Runnable before, LongSupplier run, Runnable after) {
		for (int i = 0; i < WARMUP; i++) {
			before.run();
			run.getAsLong();
			after.run();
		}
		long[] wall = new long[RUNS];
		long[] cpu = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			before.run();
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			run.getAsLong();
			wall[i] = System.nanoTime() - start;
			cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
			after.run();
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return new Times(wall, cpu);
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("unexpected result: " + what);
		}
	}

	private static long median(long[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static void report(String name, Times times) {
		long[] wall = times.wall();
		System.out.printf("%-42s median %7.2f ms   p90 %7.2f ms   thread CPU median %7.2f ms%n", name, median(wall) / 1e6,
				wall[wall.length * 9 / 10] / 1e6, median(times.cpu()) / 1e6);
	}
}
