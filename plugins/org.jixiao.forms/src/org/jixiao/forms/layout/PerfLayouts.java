// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.model.Form;

/**
 * The layouts available to a run: the shipped ones plus any {@code .layout} files of extra
 * directories (a region's own layouts, no Java change). A later layout of the same name replaces
 * an earlier one, so a region can also override a shipped layout.
 */
public final class PerfLayouts {

	/** Shipped layouts, in the bundle next to this class. */
	public static final List<String> BUILTIN = List.of("wuhan2020", "hunan2020", "dongxihu2025", "hebei2022-project",
			"hebei2022-duties", "hebei2022-duties-xlsx", "wuhan2020-selfeval", "wuhan2020-department-selfeval",
			"central-project-selfeval", "national-project", "national-department", "sichuan-project",
			"national-monitoring", "national-department-monitoring", "shanxi-monitoring");

	private static final Map<PerfFormKind, String> DEFAULTS = new EnumMap<>(Map.of(
			PerfFormKind.DEPARTMENT, "wuhan2020",
			PerfFormKind.PROJECT, "hebei2022-project",
			PerfFormKind.PROJECT_SELFEVAL, "wuhan2020-selfeval",
			PerfFormKind.DEPARTMENT_SELFEVAL, "wuhan2020-department-selfeval",
			PerfFormKind.DUTIES, "hebei2022-duties",
			PerfFormKind.PROJECT_MONITORING, "national-monitoring",
			PerfFormKind.DEPARTMENT_MONITORING, "national-department-monitoring"));

	private final Map<String, PerfLayout> byName = new LinkedHashMap<>();

	private PerfLayouts() {
	}

	/** The shipped layouts only. */
	public static PerfLayouts builtin() {
		PerfLayouts layouts = new PerfLayouts();
		for (String name : BUILTIN) {
			String resource = "builtin/" + name + ".layout";
			try (InputStream in = PerfLayouts.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing shipped layout " + resource);
				}
				layouts.add(PerfLayoutReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".layout"));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return layouts;
	}

	/** Adds every {@code *.layout} file of a directory (not recursive), in name order. */
	public PerfLayouts withDirectory(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".layout"))
					.sorted(Comparator.comparing(Path::toString)).toList()) {
				add(PerfLayoutReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
			}
		}
		return this;
	}

	public PerfLayouts add(PerfLayout layout) {
		byName.put(layout.name(), layout);
		return this;
	}

	/** The name of the layout a form kind is generated with when neither the form nor the command line names one. */
	public static String defaultFor(PerfFormKind kind) {
		return DEFAULTS.get(kind);
	}

	public PerfLayout get(String name) {
		return byName.get(name);
	}

	public List<String> names() {
		return List.copyOf(byName.keySet());
	}

	/** Every layout, in the order they were added (shipped first, then each directory's by file name). */
	public List<PerfLayout> all() {
		return List.copyOf(byName.values());
	}

	/** The families the layouts name ({@code family national}), in order of first appearance. */
	public List<String> families() {
		return byName.values().stream().map(PerfLayout::family).filter(f -> f != null).distinct().toList();
	}

	/** The layout of a family for a form kind, or null when the family has none of that kind. */
	public PerfLayout ofFamily(String family, PerfFormKind kind) {
		return byName.values().stream().filter(l -> family.equals(l.family()) && l.kind() == kind).reduce((a, b) -> b)
				.orElse(null);
	}

	/** Whether {@code --layout NAME} names something: a layout or a family. */
	public boolean knows(String name) {
		return byName.containsKey(name) || families().contains(name);
	}

	/** The message for a {@code --layout} that names neither a layout nor a family, listing both. */
	public String unknown(String name) {
		String message = "未知版式“" + name + "”。可用的版式：" + String.join("、", names());
		List<String> families = families();
		if (!families.isEmpty()) {
			message += "；版式系列：" + String.join("、", families);
		}
		return message + "（jixiao layouts 列出全部） Unknown layout; jixiao layouts lists them.";
	}

	/**
	 * The layout a form is generated with: the document's {@code layout "…"}, else the requested
	 * layout if it fits the form kind, else the requested family's layout of that kind, else the
	 * default of the form kind.
	 */
	public PerfLayout choose(Form form, String requested) {
		PerfFormKind kind = PerfFormKind.of(form);
		String name = form.getLayout();
		if (name == null || name.isBlank()) {
			name = DEFAULTS.get(kind);
			if (requested != null) {
				PerfLayout wanted = byName.get(requested);
				PerfLayout member = ofFamily(requested, kind);
				if (wanted != null && wanted.kind() == kind) {
					name = requested;
				} else if (wanted == null && member != null) {
					name = member.name();
				}
			}
		}
		PerfLayout layout = byName.get(name);
		if (layout == null) {
			throw new PerfLayoutException("未知版式“" + name + "”（可用：" + String.join("、", names()) + "）");
		}
		if (layout.kind() != kind) {
			throw new PerfLayoutException("版式“" + name + "”用于" + layout.kind().label() + "，不能用于" + kind.label());
		}
		return layout;
	}
}
