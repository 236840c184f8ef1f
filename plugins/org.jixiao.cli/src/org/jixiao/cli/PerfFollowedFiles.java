// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a command reads beside those named: a named file that follows a declaration ({@code follows
 * project …}) is read with the other .perf files of its folder, where the declaration usually is, so that
 * {@code jixiao monitor lights FILE} needs no more than the monitoring form. Those files only resolve the
 * link: their problems and forms are not the command's.
 */
final class PerfFollowedFiles {

	private final List<Path> all = new ArrayList<>();
	private final Set<String> context = new LinkedHashSet<>();

	PerfFollowedFiles(List<Path> inputs) {
		all.addAll(inputs);
		Set<Path> named = new LinkedHashSet<>();
		inputs.forEach(p -> named.add(p.toAbsolutePath().normalize()));
		for (Path input : inputs) {
			if (!Files.isRegularFile(input) || !follows(input) || input.toAbsolutePath().getParent() == null) {
				continue;
			}
			try (Stream<Path> siblings = Files.list(input.toAbsolutePath().getParent())) {
				for (Path sibling : siblings.filter(f -> f.getFileName().toString().endsWith(".perf") && Files.isRegularFile(f)).sorted()
						.toList()) {
					if (named.add(sibling.toAbsolutePath().normalize())) {
						all.add(sibling);
						context.add(sibling.toString());
					}
				}
			} catch (IOException e) {
				// the folder cannot be listed: the link is then reported unresolved, with its position
			}
		}
	}

	/** The named files and those read for their links. */
	List<Path> all() {
		return all;
	}

	/** Whether a file (by the name the workspace shows) was named on the command line. */
	boolean named(String displayName) {
		return !context.contains(displayName);
	}

	private static boolean follows(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8).contains("follows");
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
