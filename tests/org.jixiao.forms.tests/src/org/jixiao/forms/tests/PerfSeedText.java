// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.dsl.tests.PerfTestSupport;

/**
 * Reads the plain-text export of a seed form (tabs between cells, export noise such as blank
 * lines, stray tabs, HTML tags and repeated page headings) into the ordered list of its cell
 * texts, normalised the same way as the generated workbook's text.
 */
public final class PerfSeedText {

	private static final Pattern TAGS = Pattern.compile("<[^>]*>|\\[bookmark:[^\\]]*\\]");
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
	private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})");
	private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\d+\\.\\d*?)0+(?!\\d)");
	private static final Pattern BARE_POINT = Pattern.compile("(\\d+)\\.(?!\\d)");

	private PerfSeedText() {
	}

	/** The cells of seed lines {@code first..last} (1-based, inclusive), split on any whitespace. */
	public static List<String> tokens(String seedFile, int first, int last) {
		List<String> lines;
		try {
			lines = Files.readAllLines(PerfTestSupport.seedsDir().resolve(seedFile), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		List<String> tokens = new ArrayList<>();
		Set<String> headings = new HashSet<>();
		for (int i = first - 1; i < Math.min(last, lines.size()); i++) {
			String line = lines.get(i);
			if (line.startsWith("#")) {
				String heading = normalize(line.replaceFirst("^#+", ""));
				// the export repeats the title as a page heading: only its first occurrence is content
				if (!headings.add(heading)) {
					continue;
				}
			}
			for (String cell : TAGS.matcher(line.replaceFirst("^#+", "")).replaceAll(" ").split("[\\t]")) {
				for (String word : WHITESPACE.split(cell)) {
					String token = normalize(word);
					if (!token.isEmpty()) {
						tokens.add(token);
					}
				}
			}
		}
		return tokens;
	}

	/**
	 * Text as compared: tags and whitespace removed, full-width brackets, colons and commas as
	 * ASCII, numbers without thousands separators or trailing zeros (4,591.73 and 100.00% read as
	 * 4591.73 and 100%), since the seeds print the same figures both ways.
	 */
	public static String normalize(String text) {
		String s = TAGS.matcher(text).replaceAll("");
		s = WHITESPACE.matcher(s).replaceAll("");
		s = s.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',').replace('；', ';');
		s = THOUSANDS.matcher(s).replaceAll("$1$2");
		s = TRAILING_ZEROS.matcher(s).replaceAll("$1");
		s = BARE_POINT.matcher(s).replaceAll("$1");
		return s;
	}
}
