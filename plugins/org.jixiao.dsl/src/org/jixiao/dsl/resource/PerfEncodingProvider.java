// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.resource;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IEncodingProvider;

/**
 * .perf files are UTF-8 by definition, whatever the platform's default charset: the same file
 * must read the same on an analyst's Windows machine, a Linux server and in CI. Reading does not
 * rely on it: {@link PerfResource} reads the bytes themselves (UTF-8 with or without BOM, GB18030
 * with a warning); this is the encoding Xtext writes in.
 */
public class PerfEncodingProvider implements IEncodingProvider {

	@Override
	public String getEncoding(URI uri) {
		return StandardCharsets.UTF_8.name();
	}
}
