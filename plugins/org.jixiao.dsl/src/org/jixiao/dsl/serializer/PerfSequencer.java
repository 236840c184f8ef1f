// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.serializer;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.jixiao.dsl.services.PerfGrammarAccess;
import org.jixiao.model.Rank;

import com.google.inject.Inject;

/**
 * The generated sequencer, except that a rank the author wrote after its number (25名之前,
 * {@code afterNumber}) is written so again: both spellings are the same value, and the generic
 * sequencer would always take the first (前25名).
 */
public class PerfSequencer extends PerfSemanticSequencer {

	@Inject
	private PerfGrammarAccess grammar;

	@Override
	protected void sequence_Rank(ISerializationContext context, Rank rank) {
		if (!rank.isOrBetter() || !rank.isAfterNumber() || rank.getPosition() == null) {
			super.sequence_Rank(context, rank);
			return;
		}
		PerfGrammarAccess.RankElements access = grammar.getRankAccess();
		SequenceFeeder feeder = createSequencerFeeder(context, rank);
		feeder.accept(access.getPositionIntParserRuleCall_1_0_0(), rank.getPosition());
		feeder.accept((Keyword) access.getOrBetterAssignment_1_1().getTerminal(), Boolean.TRUE);
		feeder.finish();
	}
}
