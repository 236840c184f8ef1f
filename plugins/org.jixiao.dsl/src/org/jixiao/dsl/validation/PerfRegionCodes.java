// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The 区划 codes of GB/T 2260 (province, city and county level) as the Ministry of Civil Affairs lists
 * them, shipped as data in {@code region-codes.txt} next to this class (its header names the source).
 * Codes retired since the first listed year are kept: a project code made then is still valid.
 */
public final class PerfRegionCodes {

	private static final String RESOURCE = "region-codes.txt";

	/** Read on first use: only the national profile's project code check needs it. */
	private static final class Table {
		static final Map<String, String> NAMES = load();
	}

	private PerfRegionCodes() {
	}

	/** The name of a six-digit 区划 code (with the years it was in use when retired), or null when there is none. */
	public static String name(String code) {
		return Table.NAMES.get(code);
	}

	/** How many codes the table has. */
	public static int size() {
		return Table.NAMES.size();
	}

	private static Map<String, String> load() {
		Map<String, String> names = new HashMap<>();
		try (InputStream in = PerfRegionCodes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("缺少区划代码表 " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String row = line.strip();
				if (row.isEmpty() || row.startsWith("#")) {
					continue;
				}
				String[] parts = row.split(" ", 3);
				if (parts.length < 2 || !parts[0].matches("[0-9]{6}")) {
					throw new IllegalStateException("区划代码表 " + RESOURCE + " 有误：“" + row + "”");
				}
				names.put(parts[0], parts.length == 3 ? parts[1] + "（" + parts[2] + " 年在用）" : parts[1]);
			}
		} catch (IOException e) {
			throw new IllegalStateException("无法读取区划代码表 " + RESOURCE, e);
		}
		return Collections.unmodifiableMap(names);
	}
}
