// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.tests.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jixiao.dsl.io.PerfFailureSummary;
import org.junit.jupiter.api.Test;

/** The one line the command line's internal error and the workbench's error dialog show for a failure. */
class PerfFailureSummaryTest {

	@Test
	void typeAndTheFirstLineOfTheMessage() {
		assertThat(PerfFailureSummary.of(new IllegalStateException("  资源已删除 \n\tat somewhere\n")))
				.isEqualTo("IllegalStateException: 资源已删除");
		assertThat(PerfFailureSummary.of(new UncheckedIOException("磁盘已满", new IOException("x"))))
				.isEqualTo("UncheckedIOException: 磁盘已满");
	}

	@Test
	void theTypeAloneWithoutAMessage() {
		assertThat(PerfFailureSummary.of(new NullPointerException())).isEqualTo("NullPointerException");
		assertThat(PerfFailureSummary.of(new RuntimeException("  "))).isEqualTo("RuntimeException");
	}
}
