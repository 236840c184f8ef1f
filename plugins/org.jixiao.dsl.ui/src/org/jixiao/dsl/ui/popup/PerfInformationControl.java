// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.popup;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;
import org.jixiao.dsl.ui.Messages;

/**
 * The pop-up beside content assist and quick fix, and the hover: the platform's plain-text control,
 * but its text is broken into lines of a readable width ({@link PerfWrappedText}) instead of one
 * long line, and it is kept on the screen. A quick fix's explanation such as "基本支出占比 42.88% 与计算值不符：
 * 3065.71 ÷ 7148.45 = 42.89%" would otherwise run past the right edge of the screen.
 */
public final class PerfInformationControl extends DefaultInformationControl {

	/** Widest line, in widths of one Chinese character: about a sentence of the messages. */
	static final int MAX_EMS = 30;
	/** Never wider than this share of the monitor, so that the pop-up fits beside the proposal list. */
	static final double MAX_SHARE_OF_MONITOR = 0.4;

	public PerfInformationControl(Shell parent, String statusFieldText) {
		super(parent, statusFieldText, new Presenter());
	}

	/** Where the assistant asked the pop-up to be; it is kept inside the monitor from there. */
	private Point requested;

	/** Creator for the editor's assistants and hovers (the "F2" hint in the workbench's language, if hints are shown). */
	public static IInformationControlCreator creator() {
		return parent -> new PerfInformationControl(parent,
				EditorsUI.getTooltipAffordanceString() == null ? null : Messages.Popup_pressF2);
	}

	/**
	 * Keeps the pop-up inside the monitor: moved left or up where it would stick out. The platform
	 * sets the location before the size, so the place is checked again when the size is set.
	 */
	@Override
	public void setLocation(Point location) {
		requested = location;
		super.setLocation(onMonitor(location, getShell().getSize()));
	}

	@Override
	public void setSize(int width, int height) {
		super.setSize(width, height);
		if (requested != null) {
			super.setLocation(onMonitor(requested, new Point(width, height)));
		}
	}

	private Point onMonitor(Point location, Point size) {
		Rectangle area = monitorArea(getShell().getDisplay(), location);
		int x = Math.max(area.x, Math.min(location.x, area.x + area.width - size.x));
		int y = Math.max(area.y, Math.min(location.y, area.y + area.height - size.y));
		return new Point(x, y);
	}

	private static Rectangle monitorArea(Display display, Point location) {
		for (Monitor monitor : display.getMonitors()) {
			Rectangle area = monitor.getClientArea();
			if (area.contains(location)) {
				return area;
			}
		}
		return display.getPrimaryMonitor().getClientArea();
	}

	/** The widest line in pixels for a GC's font on this display. */
	static int maxLineWidth(GC gc, Display display) {
		int em = Math.max(1, gc.textExtent("汉").x);
		int monitor = display.getPrimaryMonitor().getClientArea().width;
		return (int) Math.min((long) MAX_EMS * em, Math.round(monitor * MAX_SHARE_OF_MONITOR));
	}

	/** Breaks the text to the narrower of the assistant's width constraint and {@link #maxLineWidth}. */
	static final class Presenter implements IInformationPresenter, IInformationPresenterExtension {

		@Override
		public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
				int maxHeight) {
			return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
		}

		@Override
		public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
				int maxHeight) {
			if (hoverInfo == null) {
				return null;
			}
			GC gc = new GC(drawable);
			try {
				Display display = drawable instanceof org.eclipse.swt.widgets.Control control ? control.getDisplay()
						: Display.getCurrent();
				int limit = maxLineWidth(gc, display);
				if (maxWidth > 0) {
					limit = Math.min(limit, maxWidth);
				}
				return PerfWrappedText.wrap(hoverInfo, limit, text -> gc.textExtent(text).x);
			} finally {
				gc.dispose();
			}
		}
	}

}
