// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

/** A place in a text file as users count: line and column from 1, and the byte offset from 0. */
public record PerfTextPosition(int line, int column, long byteOffset) {
}
