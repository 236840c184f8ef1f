// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * The workbench of the product: the Jixiao perspective, the workspace as the input of the
 * navigator views, the IDE's resource adapters and images, and the workspace saved on exit
 * (what {@code org.eclipse.ui.ide.workbench} would do, without its English menus and
 * workspace prompt).
 */
public class JixiaoWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final Logger LOG = Logger.getLogger(JixiaoWorkbenchAdvisor.class);

	private final List<Path> filesToOpen;

	public JixiaoWorkbenchAdvisor(List<Path> filesToOpen) {
		this.filesToOpen = List.copyOf(filesToOpen);
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
		declareProjectImages(configurer);
	}

	/**
	 * The navigator shows projects with these, the Problems view its error/warning/info groups; the IDE
	 * application declares them, so must we (without them the Problems view draws red squares). The
	 * group images' keys are the IDE's internal names ({@code IDEInternalWorkbenchImages}).
	 */
	private static void declareProjectImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
		declare(configurer, ide, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
		declare(configurer, ide, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
		declare(configurer, ide, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path) {
		URL url = bundle == null ? null : FileLocator.find(bundle, new org.eclipse.core.runtime.Path(path));
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return JixiaoPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new JixiaoWindowAdvisor(configurer, filesToOpen);
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			LOG.error(e.getMessage(), e);
		}
	}
}
