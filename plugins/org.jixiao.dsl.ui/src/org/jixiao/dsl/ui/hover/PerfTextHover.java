// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;
import org.jixiao.dsl.ui.reconciler.PerfProblemAnnotation;

/**
 * Hover in the text: the Chinese messages of the problems under the mouse, then what the language
 * says about the category or value there ({@link PerfHoverText}).
 */
public final class PerfTextHover implements ITextHover {

	private final Supplier<PerfLiveResource> live;
	private final Supplier<IAnnotationModel> annotations;
	private final PerfHoverText text;

	public PerfTextHover(Supplier<PerfLiveResource> live, Supplier<IAnnotationModel> annotations, PerfHoverText text) {
		this.live = live;
		this.annotations = annotations;
		this.text = text;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return hoverAt(region.getOffset());
	}

	/** The hover text at an offset, or {@code null}. */
	public String hoverAt(int offset) {
		List<String> parts = new ArrayList<>(problemsAt(offset));
		PerfLiveResource resource = live.get();
		String documentation = resource == null ? null : text.at(resource, offset);
		if (documentation != null && !documentation.isBlank()) {
			parts.add(documentation);
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	private List<String> problemsAt(int offset) {
		List<String> messages = new ArrayList<>();
		IAnnotationModel model = annotations.get();
		if (model == null) {
			return messages;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation.isMarkedDeleted()
					|| !(annotation instanceof PerfProblemAnnotation || annotation instanceof MarkerAnnotation)) {
				continue;
			}
			Position position = model.getPosition(annotation);
			if (position != null && offset >= position.getOffset() && offset <= position.getOffset() + position.getLength()
					&& annotation.getText() != null && !messages.contains(annotation.getText())) {
				messages.add(annotation.getText());
			}
		}
		return messages;
	}
}
