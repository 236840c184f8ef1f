// SPDX-License-Identifier: EPL-2.0
package org.jixiao.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each system's user downloads: the workbench archive for Linux x86_64, Linux aarch64 (信创)
 * and Windows x86_64 holds the workbench and the command line, the SWT and launcher fragments of its
 * own system and of no other, and the launch scripts of its system (shell scripts, executable, on
 * Linux; .cmd scripts with CRLF line ends on Windows).
 */
class ProductArchivesTest {

	/** The systems the product is built for, as Tycho names their archives and fragments. */
	enum Platform {
		LINUX_X86_64("linux.gtk.x86_64", "gtk.linux.x86_64", "tar.gz", List.of("jixiao", "jixiao-workbench")),
		LINUX_AARCH64("linux.gtk.aarch64", "gtk.linux.aarch64", "tar.gz", List.of("jixiao", "jixiao-workbench")),
		WINDOWS_X86_64("win32.win32.x86_64", "win32.win32.x86_64", "zip", List.of("jixiao.cmd", "jixiao-workbench.cmd"));

		/** os.ws.arch, as the archive is named */
		final String name;
		/** ws.os.arch, as the fragments are named */
		final String fragment;
		final String format;
		final List<String> scripts;

		Platform(String name, String fragment, String format, List<String> scripts) {
			this.name = name;
			this.fragment = fragment;
			this.format = format;
			this.scripts = scripts;
		}

		Path archive() {
			return Path.of(System.getProperty("jixiao.products.dir"), "jixiao-workbench-" + name + "." + format);
		}
	}

	/** A bundle of any system's SWT or launcher fragment: org.eclipse.swt.gtk.linux.x86_64_3.129.0…, … */
	private static final Pattern PLATFORM_FRAGMENT = Pattern
			.compile("jixiao/plugins/org\\.eclipse\\.(swt|equinox\\.launcher)\\.(gtk|win32|cocoa)\\.[a-z0-9]+\\.[a-z0-9_]+_.*");

	/** The entries of the files the test reads whole (scripts, configuration), the names of all. */
	private record Archive(Map<String, Integer> modes, Map<String, String> texts) {
		Set<String> names() {
			return modes.keySet();
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void holdsTheWorkbenchAndTheCommandLine(Platform platform) throws IOException {
		Archive archive = read(platform);
		assertThat(archive.names()).contains("jixiao/configuration/config.ini");
		for (String bundle : List.of("org.eclipse.equinox.launcher_", "org.eclipse.osgi_", "org.eclipse.swt_",
				"org.jixiao.rcp_", "org.jixiao.dsl.ui_", "org.jixiao.nl.zh.ui_", "org.jixiao.forms_",
				"org.jixiao.cli_", "picocli_", "wrapped.org.apache.poi.poi-ooxml_")) {
			assertThat(archive.names()).as("%s in %s", bundle, platform)
					.anyMatch(entry -> entry.startsWith("jixiao/plugins/" + bundle));
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void hasTheFragmentsOfItsSystemAndOfNoOther(Platform platform) throws IOException {
		Archive archive = read(platform);
		List<String> fragments = archive.names().stream().filter(PLATFORM_FRAGMENT.asPredicate())
				.map(entry -> entry.substring("jixiao/plugins/".length()).replaceFirst("_\\d+\\..*", "")).distinct().sorted()
				.toList();
		assertThat(fragments).as("SWT and launcher fragments in %s", platform.archive())
				.containsExactly("org.eclipse.equinox.launcher." + platform.fragment, "org.eclipse.swt." + platform.fragment);
		// the launcher fragment holds its system's native library
		String nativeLibrary = platform == Platform.WINDOWS_X86_64 ? ".dll" : ".so";
		assertThat(archive.names()).anyMatch(entry -> entry.startsWith("jixiao/plugins/org.eclipse.equinox.launcher."
				+ platform.fragment + "_") && entry.endsWith(nativeLibrary));
		// the configuration the launcher reads installs the SWT fragment
		String bundles = archive.texts().get("jixiao/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		assertThat(bundles).contains("\norg.eclipse.swt." + platform.fragment + ",");
		for (Platform other : Platform.values()) {
			if (other != platform) {
				assertThat(bundles).doesNotContain("org.eclipse.swt." + other.fragment);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void hasTheLaunchScriptsOfItsSystem(Platform platform) throws IOException {
		Archive archive = read(platform);
		List<String> scripts = archive.names().stream()
				.filter(entry -> entry.matches("jixiao/jixiao[^/]*")).sorted().toList();
		assertThat(scripts).containsExactlyElementsOf(platform.scripts.stream().map(s -> "jixiao/" + s).sorted().toList());
		String commandLine = archive.texts().get("jixiao/" + platform.scripts.get(0));
		String workbench = archive.texts().get("jixiao/" + platform.scripts.get(1));
		assertThat(commandLine).contains("org.jixiao.cli.PerfCli").contains("Java 17");
		assertThat(workbench).contains("org.eclipse.equinox.launcher_*.jar").contains("Java 17");
		if (platform == Platform.WINDOWS_X86_64) {
			for (String script : List.of(commandLine, workbench)) {
				assertThat(script).startsWith("@echo off\r\n");
				assertThat(script.replace("\r\n", "")).as("cmd.exe wants CRLF line ends").doesNotContain("\n");
			}
			assertThat(commandLine).contains("-cp \"%JIXIAO_HOME%plugins\\*\"");
		} else {
			for (String script : platform.scripts) {
				assertThat(archive.texts().get("jixiao/" + script)).startsWith("#!/bin/sh\n").doesNotContain("\r");
				assertThat(archive.modes().get("jixiao/" + script) & 0111).as("%s executable", script).isEqualTo(0111);
			}
			assertThat(commandLine).contains("-cp \"$home/plugins/*\"");
		}
	}

	private static final Map<Platform, Archive> READ = new LinkedHashMap<>();

	private static synchronized Archive read(Platform platform) throws IOException {
		Archive archive = READ.get(platform);
		if (archive == null) {
			Path file = platform.archive();
			assertThat(file).as("the %s download", platform).isRegularFile();
			archive = platform.format.equals("zip") ? readZip(file) : readTarGz(file);
			READ.put(platform, archive);
		}
		return archive;
	}

	private static boolean readWhole(String name) {
		return name.matches("jixiao/[^/]+") || name.startsWith("jixiao/configuration/");
	}

	private static Archive readTarGz(Path file) throws IOException {
		Map<String, Integer> modes = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16);
				TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
			for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
				modes.put(entry.getName(), entry.getMode());
				if (entry.isFile() && readWhole(entry.getName())) {
					texts.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return new Archive(modes, texts);
	}

	private static Archive readZip(Path file) throws IOException {
		Map<String, Integer> modes = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				modes.put(entry.getName(), 0);
				if (!entry.isDirectory() && readWhole(entry.getName())) {
					texts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return new Archive(modes, texts);
	}
}
