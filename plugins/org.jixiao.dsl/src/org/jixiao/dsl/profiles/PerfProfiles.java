// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Profiles that are data (scoring, lights): the shipped ones, read from {@code NAME + extension} next
 * to the concrete class, plus any file of that ending a region supplies (no Java change). A later
 * profile of the same name replaces an earlier one. The text format is {@link PerfProfileText}.
 *
 * @param <P> the profile
 * @param <S> the concrete collection, returned by the methods that add
 */
public abstract class PerfProfiles<P, S extends PerfProfiles<P, S>> {

	/** Reads a profile's text; {@code source} names it in messages, {@code defaultName} is used without {@code name}. */
	@FunctionalInterface
	public interface Reader<P> {
		P read(String text, String source, String defaultName);
	}

	private final Map<String, P> byName = new LinkedHashMap<>();
	private final String kind;
	private final String extension;
	private final Reader<P> reader;
	private final Function<P, String> nameOf;

	/**
	 * @param kind      what a profile is called in messages: 评分配置, 预警灯配置
	 * @param extension the ending of its files, e.g. {@code .scoring.properties}
	 */
	protected PerfProfiles(String kind, String extension, Reader<P> reader, Function<P, String> nameOf) {
		this.kind = kind;
		this.extension = extension;
		this.reader = reader;
		this.nameOf = nameOf;
	}

	/** Adds the shipped profiles of these names, in this order. */
	protected S withShipped(List<String> names) {
		for (String name : names) {
			String resource = name + extension;
			try (InputStream in = getClass().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing shipped profile " + resource);
				}
				add(reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, name));
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return self();
	}

	/** Adds every profile file of a directory (not recursive), in name order. */
	public S withDirectory(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension))
					.sorted(Comparator.comparing(Path::toString)).toList()) {
				add(file);
			}
		}
		return self();
	}

	/** Reads a profile file and adds it; returns it. Without {@code name}, the file's name (less the ending) names it. */
	public P add(Path file) throws IOException {
		String stem = file.getFileName().toString();
		stem = stem.endsWith(extension) ? stem.substring(0, stem.length() - extension.length()) : stem.replaceFirst("\\.[^.]*$", "");
		P profile = reader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), stem);
		add(profile);
		return profile;
	}

	public S add(P profile) {
		byName.put(nameOf.apply(profile), profile);
		return self();
	}

	public P get(String name) {
		return byName.get(name);
	}

	public List<String> names() {
		return List.copyOf(byName.keySet());
	}

	/**
	 * Why {@code name} gives no profile: 未知的评分配置“X”（可用：a、b）。 With {@code fileAccepted}, where a
	 * file may be given instead, the message says so.
	 */
	public String unknown(String name, boolean fileAccepted) {
		return "未知的" + kind + "“" + name + "”（可用：" + String.join("、", names())
				+ (fileAccepted ? "，或给出 *" + extension + " 文件" : "") + "）。";
	}

	@SuppressWarnings("unchecked")
	private S self() {
		return (S) this;
	}
}
