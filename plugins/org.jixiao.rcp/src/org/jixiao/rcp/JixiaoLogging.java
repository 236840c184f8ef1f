// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Quiet, useful logging for the libraries inside the workbench: Xtext logs through log4j 1.2 (which
 * has no configuration in OSGi and would warn about it), POI through log4j-api (which would report a
 * missing provider). Warnings and errors go to standard error; the workbench's own problems go to
 * its log as usual.
 */
final class JixiaoLogging {

	private JixiaoLogging() {
	}

	static void configure() {
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
		if (System.getProperty("org.apache.logging.log4j.simplelog.StatusLogger.level") == null) {
			System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "ERROR");
		}
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.WARN);
			root.addAppender(new ConsoleAppender(new PatternLayout("%-5p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
	}
}
