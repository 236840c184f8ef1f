// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

/**
 * A property a fuzz target checks does not hold for an input (the formatter changed the model, a
 * generated workbook does not reopen …). Unexpected exceptions are findings too; they escape as they are.
 */
public final class PerfFuzzFinding extends AssertionError {

	private static final long serialVersionUID = 1L;

	public PerfFuzzFinding(String message) {
		super(message);
	}

	public PerfFuzzFinding(String message, Throwable cause) {
		super(message, cause);
	}

	/** Throws a finding with {@code message} unless {@code condition} holds. */
	public static void check(boolean condition, String message) {
		if (!condition) {
			throw new PerfFuzzFinding(message);
		}
	}
}
