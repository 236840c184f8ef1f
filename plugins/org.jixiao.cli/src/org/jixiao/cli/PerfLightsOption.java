// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.dsl.lights.PerfLightsProfile;
import org.jixiao.dsl.lights.PerfLightsProfileException;
import org.jixiao.dsl.lights.PerfLightsProfiles;

import picocli.CommandLine.Option;

/** {@code --profile NAME|FILE}: the lights profile, shipped by name or a region's *.lights.properties file. */
public class PerfLightsOption {

	@Option(names = "--profile", paramLabel = "NAME|FILE",
			description = "预警灯配置：national（默认，通行规则）、ningxia（只有红灯须写偏差原因）、by-category（序时进度只用于数量、效益、满意度），"
					+ "或地区自己的 *.lights.properties 文件（格式见 docs/lifecycle.md）。 Lights profile.")
	private String name = PerfLightsProfiles.DEFAULT;

	/** The profile, or null after printing why not. */
	PerfLightsProfile load(PrintWriter err) {
		try {
			Path file = Path.of(name);
			PerfLightsProfiles profiles = PerfLightsProfiles.builtin();
			PerfLightsProfile profile = Files.isRegularFile(file) ? profiles.add(file) : profiles.get(name);
			if (profile == null) {
				err.println(profiles.unknown(name, true) + " Unknown lights profile.");
			}
			return profile;
		} catch (PerfLightsProfileException e) {
			err.println(e.getMessage());
			return null;
		} catch (IOException e) {
			err.println(name + ":1:1: error: 无法读取预警灯配置：" + e.getMessage());
			return null;
		}
	}
}
