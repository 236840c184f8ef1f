// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.eclipse.xtext.validation.SeverityConverter;

import com.google.inject.Singleton;

/**
 * Regional practice as data: the severities of the issue codes, the thresholds of the rules
 * (satisfaction floor, share tolerance …) and the preferred comparator spelling. The defaults ship in {@code default-profile.properties}
 * next to this class; a profile given by the user (command line {@code --profile}) overrides any of
 * its keys. A profile is a file or the name of a built-in one ({@link #BUILTIN}), shipped next to the
 * defaults as {@code <name>-profile.properties} in the same format; several are layered in order
 * (the later's keys win). Keys are documented in docs/validation.md.
 */
@Singleton
public class PerfProfile {

	public static final String DEFAULT_RESOURCE = "/org/jixiao/dsl/validation/default-profile.properties";
	public static final String SEVERITY_PREFIX = "severity.";

	/** The shipped defaults as a named profile. */
	public static final String DEFAULT = "default";
	/** The national data standard (预算管理一体化): its checks on. */
	public static final String NATIONAL = "national";
	/** Built-in profiles, each a {@code <name>-profile.properties} next to this class. */
	public static final List<String> BUILTIN = List.of(DEFAULT, NATIONAL);

	private static final Set<String> SEVERITIES = Set.of(SeverityConverter.SEVERITY_ERROR,
			SeverityConverter.SEVERITY_WARNING, SeverityConverter.SEVERITY_INFO, SeverityConverter.SEVERITY_IGNORE);

	private final Properties defaults = loadDefaults();
	private volatile Properties overrides = new Properties();

	private static Properties loadDefaults() {
		return builtin(DEFAULT);
	}

	/** The settings of a built-in profile; an unknown name is refused with the names there are. */
	public static Properties builtin(String name) {
		if (!BUILTIN.contains(name)) {
			throw new IllegalArgumentException("未知的内置校验配置“" + name + "”（可用：" + String.join("、", BUILTIN) + "）。");
		}
		String resource = name + "-profile.properties";
		Properties result = new Properties();
		try (InputStream in = PerfProfile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("缺少内置校验配置 " + resource);
			}
			result.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new IllegalStateException("无法读取内置校验配置 " + resource, e);
		}
		return result;
	}

	/**
	 * The settings of a profile written as a file path or a built-in name; an existing file wins over
	 * a name, as for scoring profiles. Neither a file nor a name: refused with the names there are.
	 */
	public static Properties settings(String fileOrName) throws IOException {
		Path file = Path.of(fileOrName);
		if (Files.isRegularFile(file)) {
			return read(file);
		}
		if (BUILTIN.contains(fileOrName)) {
			return builtin(fileOrName);
		}
		if (fileOrName.contains("/") || fileOrName.contains(".")) {
			return read(file); // a path that is not there: the reader's "no such file"
		}
		throw new IllegalArgumentException("“" + fileOrName + "”既不是校验配置文件，也不是内置校验配置（可用：" + String.join("、", BUILTIN) + "）。");
	}

	private static Properties read(Path file) throws IOException {
		Properties loaded = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			loaded.load(reader);
		}
		return loaded;
	}

	/** Several profiles one on top of the other (a later one's keys win), used like one. */
	public void use(List<Properties> layers) {
		Properties merged = new Properties();
		layers.forEach(merged::putAll);
		use(merged);
	}

	/**
	 * Uses the profile file (UTF-8 properties) on top of the defaults, replacing any profile used
	 * before. Unknown keys and bad values are refused with a message naming the key.
	 */
	public void use(Path file) throws IOException {
		use(read(file));
	}

	/**
	 * Uses these settings (keys as in a profile file) on top of the defaults, replacing any profile
	 * used before; the workbench builds them from its preferences. Refused like a file's.
	 */
	public void use(Properties settings) {
		Properties loaded = new Properties();
		loaded.putAll(settings);
		for (String key : loaded.stringPropertyNames()) {
			String value = loaded.getProperty(key).trim();
			if (key.startsWith(SEVERITY_PREFIX)) {
				String code = key.substring(SEVERITY_PREFIX.length());
				if (!PerfIssueCodes.DEFAULTS.containsKey(code)) {
					throw new IllegalArgumentException("未知的问题代码“" + code + "”（" + key + "）。");
				}
				if (!SEVERITIES.contains(value)) {
					throw new IllegalArgumentException(key + " 的值“" + value + "”无效：应为 error、warning、info 或 ignore。");
				}
			} else if (!defaults.containsKey(key)) {
				throw new IllegalArgumentException("未知的配置项“" + key + "”。");
			} else if (key.equals(PerfComparatorSpelling.KEY)) {
				if (PerfComparatorSpelling.of(value) == null) {
					throw new IllegalArgumentException(key + " 的值“" + value + "”无效：应为 any、unicode 或 ascii。");
				}
			} else {
				try {
					new BigDecimal(value);
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(key + " 的值“" + value + "”不是数字。");
				}
			}
		}
		overrides = loaded;
	}

	/** Back to the shipped defaults. */
	public void reset() {
		overrides = new Properties();
	}

	/** The severity a user profile sets for the code, if it sets one. */
	public Optional<String> overriddenSeverity(String code) {
		return Optional.ofNullable(overrides.getProperty(SEVERITY_PREFIX + code)).map(String::trim);
	}

	/** The severity of a code by the shipped profile, falling back to the code's built-in default. */
	public String defaultSeverity(String code) {
		String value = defaults.getProperty(SEVERITY_PREFIX + code);
		return value != null ? value.trim() : PerfIssueCodes.DEFAULTS.get(code);
	}

	public BigDecimal number(String key) {
		return new BigDecimal(setting(key));
	}

	private String setting(String key) {
		String value = overrides.getProperty(key, defaults.getProperty(key));
		if (value == null) {
			throw new IllegalStateException("校验配置缺少 " + key);
		}
		return value.trim();
	}

	/** The comparator spelling the region prefers: any (≥ and >= alike), unicode or ascii. */
	public PerfComparatorSpelling comparatorSpelling() {
		return PerfComparatorSpelling.of(setting(PerfComparatorSpelling.KEY));
	}

	public BigDecimal satisfactionFloor() {
		return number("satisfaction.floor");
	}

	public BigDecimal satisfactionDefaultTarget() {
		return number("satisfaction.default-target");
	}

	public BigDecimal shareTolerance() {
		return number("share.tolerance");
	}

	public BigDecimal amountTolerance() {
		return number("amount.tolerance");
	}

	public BigDecimal scoreTolerance() {
		return number("score.tolerance");
	}

	public BigDecimal weightTotal() {
		return number("weight.total");
	}

	/** 执行率 (%) below which a self-evaluation needs its 偏差分析. */
	public BigDecimal deviationExecutionRate() {
		return number("deviation.execution-rate");
	}

	public int boilerplateMinForms() {
		return number("boilerplate.min-forms").intValue();
	}

	public int boilerplateMinRows() {
		return number("boilerplate.min-rows").intValue();
	}

	public BigDecimal boilerplateMinShare() {
		return number("boilerplate.min-share");
	}
}
