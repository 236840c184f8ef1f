// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.quickfix;

import java.util.List;
import java.util.Map;

import org.apache.log4j.Logger;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.swt.graphics.Image;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.ui.internal.PerfUiInjector;
import org.jixiao.dsl.ui.reconciler.PerfLiveResource;

/**
 * Quick fixes from the Problems view: the same fixes as Ctrl+1, for the markers of
 * {@link PerfIssueMarkers#MARKER_TYPE}. The fix is computed on the file's current text (the open
 * editor's, if any) and applied through the file buffer, so an open editor shows it at once.
 */
public class PerfMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	private static final Logger LOG = Logger.getLogger(PerfMarkerResolutionGenerator.class);

	private final PerfQuickFixes fixes = new PerfQuickFixes(PerfUiInjector.get());

	@Override
	public boolean hasResolutions(IMarker marker) {
		return PerfConvertToUtf8.appliesTo(marker) || fixes.hasFixes(PerfIssueMarkers.code(marker), PerfIssueMarkers.data(marker));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		if (PerfConvertToUtf8.appliesTo(marker)) {
			return new IMarkerResolution[] { new PerfConvertToUtf8() };
		}
		try {
			return withDocument(file, document -> {
				PerfLiveResource live = new PerfLiveResource(PerfUiInjector.get(),
						URI.createPlatformResourceURI(file.getFullPath().toString(), true), document.get(), Map.of());
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				PerfQuickFixes.Problem problem = new PerfQuickFixes.Problem(PerfIssueMarkers.code(marker),
						PerfIssueMarkers.data(marker), start, end - start, marker.getAttribute(IMarker.MESSAGE, ""));
				List<PerfFix> found = start < 0 || end < start ? List.of() : fixes.fixes(live, problem);
				return found.stream().map(fix -> new Resolution(fix, marker)).toArray(IMarkerResolution[]::new);
			});
		} catch (CoreException e) {
			LOG.error(e.getMessage(), e);
			return new IMarkerResolution[0];
		}
	}

	private interface DocumentFunction<T> {
		T apply(IDocument document) throws CoreException;
	}

	/** Runs {@code function} on the file's document (the open editor's, if any), saving a change unless the editor had unsaved changes. */
	private static <T> T withDocument(IFile file, DocumentFunction<T> function) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			T result = function.apply(buffer.getDocument());
			if (!wasDirty && buffer.isDirty()) {
				buffer.commit(null, true);
			}
			return result;
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}

	private static final class Resolution implements IMarkerResolution2 {

		private final PerfFix fix;
		private final IMarker marker;

		Resolution(PerfFix fix, IMarker marker) {
			this.fix = fix;
			this.marker = marker;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return marker.getAttribute(IMarker.MESSAGE, fix.label());
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker target) {
			if (!(target.getResource() instanceof IFile file)) {
				return;
			}
			try {
				withDocument(file, document -> {
					try {
						PerfFixApplier.apply(fix, document);
					} catch (BadLocationException e) {
						throw new CoreException(org.eclipse.core.runtime.Status.error(
								org.eclipse.osgi.util.NLS.bind(Messages.QuickFix_failed, e.getMessage()), e));
					}
					return null;
				});
				target.delete(); // the builder or the editor reports what is left on the next check
			} catch (CoreException e) {
				LOG.error(e.getMessage(), e);
			}
		}
	}
}
