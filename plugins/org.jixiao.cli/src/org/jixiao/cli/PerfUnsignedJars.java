// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the command line's jars without their signature files, for the class-data-sharing archive
 * ({@code ./jixiao}, docs/benchmarks.md): the JVM leaves every class of a signed jar out of the
 * archive (the Eclipse jars — EMF, Xtext, Equinox — are signed), and checking the signatures is
 * itself part of the start-up time. The classes and resources are copied unchanged.
 *
 * <p>
 * Arguments: the folder of jars and the folder to copy them into (created).
 */
public final class PerfUnsignedJars {

	/** JAR signature files (META-INF/X.SF and its signature block); the manifest's digests alone sign nothing. */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	private PerfUnsignedJars() {
	}

	public static void main(String[] args) throws IOException {
		copy(Path.of(args[0]), Path.of(args[1]));
	}

	static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		List<Path> jars;
		try (Stream<Path> files = Files.list(from)) {
			jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList();
		}
		for (Path jar : jars) {
			copyJar(jar, to.resolve(jar.getFileName()));
		}
	}

	private static void copyJar(Path jar, Path copy) throws IOException {
		try (InputStream in = Files.newInputStream(jar); ZipInputStream zipIn = new ZipInputStream(in);
				OutputStream out = Files.newOutputStream(copy); ZipOutputStream zipOut = new ZipOutputStream(out)) {
			for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry target = new ZipEntry(entry.getName());
				target.setTime(entry.getTime());
				zipOut.putNextEntry(target);
				zipIn.transferTo(zipOut);
				zipOut.closeEntry();
			}
		}
	}
}
