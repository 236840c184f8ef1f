// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.tests.fuzz;

/**
 * One fuzz target: runs one input through a part of Jixiao and checks its properties. Throws
 * {@link PerfFuzzFinding} when a property fails; any other exception is a finding as well.
 */
public interface PerfFuzzTarget {

	void run(byte[] input) throws Exception;
}
