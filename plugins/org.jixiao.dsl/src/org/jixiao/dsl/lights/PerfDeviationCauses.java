// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.lights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard lists of 偏差原因 (deviation causes) of the monitoring form, read from
 * {@code deviation-causes.properties}: the national list (经费保障 / 制度保障 / 人员保障 / 硬件保障 / 其他)
 * and the regional one (政策调整 … 合同约定暂未支付 / 其他). A cause of either list is accepted.
 */
public final class PerfDeviationCauses {

	private static final Map<String, List<String>> LISTS = load();

	private PerfDeviationCauses() {
	}

	/** The lists by name (national, regional), in file order. */
	public static Map<String, List<String>> lists() {
		return LISTS;
	}

	/** Every accepted cause, each once. */
	public static Set<String> all() {
		Set<String> all = new LinkedHashSet<>();
		LISTS.values().forEach(all::addAll);
		return all;
	}

	public static boolean isStandard(String cause) {
		return cause != null && all().contains(cause.strip());
	}

	private static Map<String, List<String>> load() {
		try (InputStream in = PerfDeviationCauses.class.getResourceAsStream("deviation-causes.properties")) {
			if (in == null) {
				throw new IllegalStateException("missing deviation-causes.properties");
			}
			Map<String, List<String>> lists = new LinkedHashMap<>();
			for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
				String line = row.strip();
				int eq = line.indexOf('=');
				if (line.isEmpty() || line.startsWith("#") || eq < 0) {
					continue;
				}
				List<String> causes = new ArrayList<>();
				for (String cause : line.substring(eq + 1).split("[,，、]")) {
					if (!cause.isBlank()) {
						causes.add(cause.strip());
					}
				}
				lists.put(line.substring(0, eq).strip(), List.copyOf(causes));
			}
			return Collections.unmodifiableMap(lists);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
