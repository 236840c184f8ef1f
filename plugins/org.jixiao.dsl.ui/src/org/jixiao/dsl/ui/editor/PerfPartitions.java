// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Partitions of a .perf document: block and line comments, strings, and the rest. Multi-line
 * comments and strings are partitions of their own so that typing {@code /*} or {@code "} recolours
 * exactly what it opens, and the rest can be lexed line by line. Installed on every .perf document
 * by the file buffers (plugin.xml, {@code org.eclipse.core.filebuffers.documentSetup}).
 */
public class PerfPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "org.jixiao.dsl.ui.partitioning";
	public static final String COMMENT = "__perf_comment";
	public static final String STRING = "__perf_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		install(document);
	}

	/** Installs the partitioner unless the document has one already. */
	public static void install(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	private static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new EndOfLineRule("//", comment), new MultiLineRule("\"", "\"", string, '\\', true) });
		return scanner;
	}
}
