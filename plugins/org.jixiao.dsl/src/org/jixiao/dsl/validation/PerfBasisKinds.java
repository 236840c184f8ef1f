// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The four kinds of 指标值确定依据 of the national data standard (计划标准, 行业标准, 历史标准,
 * 财政部门认可的其他标准) and the other spellings the forms use for them, as data in
 * {@code basis-kinds.txt} next to this class.
 */
public final class PerfBasisKinds {

	private static final String RESOURCE = "basis-kinds.txt";

	private static final List<String> KINDS;
	/** Alias → the standard word. */
	private static final Map<String, String> ALIASES;

	static {
		List<String> kinds = new ArrayList<>();
		Map<String, String> aliases = new HashMap<>();
		try (InputStream in = PerfBasisKinds.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("缺少指标值确定依据表 " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String row = line.strip();
				if (row.isEmpty() || row.startsWith("#")) {
					continue;
				}
				int eq = row.indexOf('=');
				if (eq <= 0) {
					throw new IllegalStateException("指标值确定依据表 " + RESOURCE + " 有误：“" + row + "”");
				}
				String kind = row.substring(0, eq).strip();
				kinds.add(kind);
				for (String alias : row.substring(eq + 1).split("[,，、]")) {
					if (!alias.isBlank()) {
						aliases.put(alias.strip(), kind);
					}
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException("无法读取指标值确定依据表 " + RESOURCE, e);
		}
		KINDS = Collections.unmodifiableList(kinds);
		ALIASES = Collections.unmodifiableMap(aliases);
	}

	private PerfBasisKinds() {
	}

	/** The standard words, in the standard's order. */
	public static List<String> kinds() {
		return KINDS;
	}

	public static boolean isStandard(String basis) {
		return KINDS.contains(basis.strip());
	}

	/** The standard word an alias stands for, or null for text that is neither. */
	public static String standardFor(String basis) {
		return ALIASES.get(basis.strip());
	}
}
