// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileInfo;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.resource.PerfResource;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfErrorDialog;
import org.jixiao.dsl.ui.PerfUiPlugin;

/**
 * The editor's documents: the platform's file buffers, except that a file on the local disk — in
 * the workspace, or an analyst's original outside it linked in by {@code ./jixiao workbench} — is
 * saved with {@link PerfAtomicFiles} like every file the command line writes ({@link PerfSavedText}).
 * The platform writes a file in place, so a crash or a kill during a save would leave half a file;
 * the atomic write also keeps the file's permissions and follows a symbolic link to the real file.
 * As the platform's own save does, the earlier content goes to the local history first, and the
 * workspace is then refreshed and the buffer marked saved. A file not yet on disk (a new file) is
 * saved by the platform. A file larger than {@link PerfResource#MAX_BYTES} is not opened, as the
 * command line does not read it: the editor would hold it several times over, and checking it would
 * take minutes and a gigabyte.
 */
public final class PerfDocumentProvider extends TextFileDocumentProvider {

	private static PerfDocumentProvider shared;

	private final List<IElementStateListener> listeners = new CopyOnWriteArrayList<>();

	/** One provider for all editors, as the platform shares its own: editors of one file share its buffer. */
	public static synchronized PerfDocumentProvider shared() {
		if (shared == null) {
			shared = new PerfDocumentProvider();
		}
		return shared;
	}

	@Override
	public void addElementStateListener(IElementStateListener listener) {
		super.addElementStateListener(listener);
		listeners.add(listener);
	}

	@Override
	public void removeElementStateListener(IElementStateListener listener) {
		super.removeElementStateListener(listener);
		listeners.remove(listener);
	}

	/** A file is refreshed after it is written: its save also needs the refresh rule. */
	@Override
	protected ISchedulingRule computeSchedulingRule(IResource resource) {
		ISchedulingRule rule = super.computeSchedulingRule(resource);
		return MultiRule.combine(rule, ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(resource));
	}

	@Override
	protected FileInfo createFileInfo(Object element) throws CoreException {
		URI location = element instanceof IFileEditorInput input ? input.getFile().getLocationURI()
				: element instanceof IURIEditorInput input ? input.getURI() : null;
		if (location != null) {
			IFileInfo info = EFS.getStore(location).fetchInfo();
			if (info.exists() && info.getLength() > PerfResource.MAX_BYTES) {
				throw new CoreException(Status.error(NLS.bind(Messages.Open_tooLarge, ((IEditorInput) element).getName(),
						PerfResource.MAX_BYTES / (1024 * 1024))));
			}
		}
		return super.createFileInfo(element);
	}

	@Override
	protected void commitFileBuffer(IProgressMonitor monitor, FileInfo info, boolean overwrite) throws CoreException {
		Path original = localFile(info);
		if (original == null) {
			super.commitFileBuffer(monitor, info, overwrite);
			return;
		}
		IFile file = ((IFileEditorInput) info.fElement).getFile();
		ITextFileBuffer buffer = info.fTextFileBuffer;
		boolean inSync = buffer.isSynchronized();
		if (!inSync && !overwrite) {
			// the status the platform uses, so that the editor asks whether to overwrite
			throw new CoreException(new Status(IStatus.WARNING, PerfUiPlugin.PLUGIN_ID, IResourceStatus.OUT_OF_SYNC_LOCAL,
					NLS.bind(Messages.Save_changedOnDisk, original), null));
		}
		long stamp = file.getModificationStamp();
		keepHistory(file);
		try {
			save(buffer, file, original);
		} catch (RuntimeException e) {
			// a failure of the save itself: logged, and the editor's save dialog names the log
			PerfErrorDialog.log(NLS.bind(Messages.Error_save, original), e);
			throw new CoreException(Status.error(PerfErrorDialog.message(NLS.bind(Messages.Error_save, original), e), e));
		}
		file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		if (inSync) {
			// The buffer holds what was written. The platform's save keeps the file's stamp equal to the
			// buffer's in the same way, so the refresh is not taken for a change made by someone else
			// (which would reload the document and move the caret).
			file.revertModificationStamp(stamp);
		}
		buffer.setDirty(false);
		if (info.fModel instanceof AbstractMarkerAnnotationModel markers) {
			markers.updateMarkers(buffer.getDocument());
		}
		for (IElementStateListener listener : listeners) {
			listener.elementDirtyStateChanged(info.fElement, false);
		}
	}

	/** The file on the local disk behind an existing workspace file (linked or not), or {@code null}. */
	private static Path localFile(FileInfo info) {
		if (!(info.fElement instanceof IFileEditorInput input)) {
			return null;
		}
		IFile file = input.getFile();
		URI location = file.getLocationURI();
		if (!file.exists() || location == null || !"file".equals(location.getScheme())) {
			return null;
		}
		return Path.of(location);
	}

	/**
	 * The earlier content into the local history (Compare With › Local History), as the platform's save
	 * puts it there; through the workspace's history store, since no public call adds a state alone.
	 */
	@SuppressWarnings("restriction")
	private static void keepHistory(IFile file) {
		try {
			IFileStore store = EFS.getStore(file.getLocationURI());
			IFileInfo info = store.fetchInfo();
			if (info.exists() && file.getWorkspace() instanceof org.eclipse.core.internal.resources.Workspace workspace) {
				workspace.getFileSystemManager().getHistoryStore().addState(file.getFullPath(), store, info, false);
			}
		} catch (CoreException | RuntimeException e) {
			// the save itself matters more than its history entry
			PerfErrorDialog.log(NLS.bind(Messages.Error_save, file.getFullPath()), e);
		}
	}

	/** Saves the buffer's text in the file's encoding, with the byte order mark it had (the platform keeps it too). */
	private static void save(ITextFileBuffer buffer, IFile file, Path original) throws CoreException {
		try {
			String charset = buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset();
			IContentDescription description = file.getContentDescription();
			boolean bom = description != null
					&& description.getProperty(IContentDescription.BYTE_ORDER_MARK) == IContentDescription.BOM_UTF_8;
			PerfSavedText.save(original, buffer.getDocument().get(), charset, bom);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Save_failed, original, e.getMessage()), e));
		}
	}
}
