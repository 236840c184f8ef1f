// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jixiao.dsl.validation.PerfProfile;

import picocli.CommandLine.Option;

/** The {@code --profile NAME|FILE} option of the commands that check files, and the profile it sets. */
public class PerfProfileOption {

	@Option(names = "--profile", paramLabel = "NAME|FILE", description = "校验配置（严重性与阈值），覆盖默认配置：内置配置 national（国家预算管理一体化数据标准），"
			+ "或地区自己的配置文件；可写多次，后写的覆盖先写的，见 docs/validation.md。 Validation profile: national or a file; repeatable, later ones win.")
	private List<String> profiles = new ArrayList<>();

	/**
	 * Sets the language's profile to the default with the given ones on top; false, after printing
	 * why, when one cannot be read (the profile is then the default). The caller resets it when done.
	 */
	boolean apply(PerfProfile profile, PrintWriter err) {
		profile.reset();
		List<Properties> layers = new ArrayList<>();
		for (String given : profiles) {
			try {
				layers.add(PerfProfile.settings(given));
				profile.use(layers);
			} catch (IOException e) {
				profile.reset();
				err.println(given + ":1:1: error: [perf.input] 无法读取校验配置文件：" + e.getMessage());
				err.flush();
				return false;
			} catch (IllegalArgumentException e) {
				profile.reset();
				err.println(given + ":1:1: error: [perf.input] 校验配置有误：" + e.getMessage());
				err.flush();
				return false;
			}
		}
		return true;
	}
}
